import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { formatMessage, setFallbackCatalog, t, type Catalog } from '../../lib/extension/i18n';
import { filesUnder } from './support/files';

/**
 * UI text lives in assets/public/_locales/en/messages.json and nowhere else: a translation is a
 * file, not a change. The scan below reads components/ and entrypoints/ as TypeScript syntax and
 * reports every string a user could see that does not come from `t(...)`.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CATALOG = JSON.parse(readFileSync(path.join(ROOT, 'assets/public/_locales/en/messages.json'), 'utf8')) as Catalog;
const UI_DIRS = ['components', 'entrypoints'];

const uiFiles = (ext: RegExp) => UI_DIRS.flatMap((d) => filesUnder(path.join(ROOT, d), ext));

/** Attributes whose value a user reads or hears. */
const VISIBLE_ATTRS = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/** DOM properties whose value a user reads or hears. */
const VISIBLE_PROPS = new Set(['textContent', 'innerText', 'innerHTML', 'title', 'placeholder', 'ariaLabel', 'alt']);
const LETTER = /\p{L}/u;
/** A string anywhere else counts when it reads as words: "No speaker", "Former ". */
const PROSE = /\p{L}{2,}\s+\p{L}|^\s*\p{Lu}\p{Ll}+/u;

interface Finding {
  line: number;
  text: string;
  why: string;
}

function literalText(n: ts.Node): string | null {
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
  if (ts.isTemplateExpression(n)) return [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' ');
  return null;
}

const calleeName = (e: ts.Expression): string =>
  ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? `${calleeName(e.expression)}.${e.name.text}` : '';

/** Why a string literal is user-visible, or null when it is code (a key, a class, a comparison…). */
function visibleBecause(lit: ts.Node, text: string): string | null {
  // Climb through expressions that pass a value on unchanged: a ? 'x' : 'y', (…), a ?? 'x'.
  let child: ts.Node = lit;
  let p = lit.parent;
  while (
    ts.isConditionalExpression(p) ||
    ts.isParenthesizedExpression(p) ||
    (ts.isBinaryExpression(p) &&
      [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(p.operatorToken.kind))
  ) {
    if (ts.isConditionalExpression(p) && p.condition === child) break;
    child = p;
    p = p.parent;
  }
  if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isExternalModuleReference(p) || ts.isLiteralTypeNode(p) || ts.isImportTypeNode(p))
    return null;
  if (ts.isJsxExpression(p) && ts.isJsxAttribute(p.parent)) p = p.parent;
  if (ts.isJsxAttribute(p)) {
    const name = p.name.getText();
    return VISIBLE_ATTRS.has(name) && LETTER.test(text) ? `attribute ${name}` : null;
  }
  if (ts.isJsxExpression(p)) return LETTER.test(text) ? 'JSX child' : null;
  if (ts.isCallExpression(p) || ts.isNewExpression(p)) {
    const callee = calleeName(p.expression);
    // The key of a message; developers' messages (errors, logs) are not UI.
    if (callee === 't' || callee === 'Error' || callee.startsWith('console.')) return null;
    if (callee.endsWith('.setAttribute') && p.arguments?.[1] === child) {
      const attr = p.arguments[0] && literalText(p.arguments[0]);
      if (attr && VISIBLE_ATTRS.has(attr) && LETTER.test(text)) return `setAttribute('${attr}')`;
    }
  }
  if (ts.isBinaryExpression(p)) {
    const op = p.operatorToken.kind;
    if (
      [
        ts.SyntaxKind.EqualsEqualsEqualsToken,
        ts.SyntaxKind.ExclamationEqualsEqualsToken,
        ts.SyntaxKind.EqualsEqualsToken,
        ts.SyntaxKind.ExclamationEqualsToken,
      ].includes(op)
    )
      return null;
    if (op === ts.SyntaxKind.EqualsToken && p.right === child && ts.isPropertyAccessExpression(p.left) && VISIBLE_PROPS.has(p.left.name.text))
      return LETTER.test(text) ? `.${p.left.name.text} =` : null;
  }
  if (ts.isCaseClause(p)) return null;
  return PROSE.test(text) ? 'reads as words' : null;
}

/** User-visible strings in one TypeScript/TSX source. */
function scanSource(source: string, fileName = 'x.tsx'): Finding[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Finding[] = [];
  const at = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (n: ts.Node): void => {
    if (ts.isJsxText(n)) {
      if (LETTER.test(n.text)) out.push({ line: at(n), text: n.text.trim(), why: 'JSX text' });
      return;
    }
    const text = literalText(n);
    if (text !== null) {
      const why = visibleBecause(n, text);
      if (why) out.push({ line: at(n), text, why });
      if (!ts.isTemplateExpression(n)) return;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Text in an HTML entrypoint: only `__MSG_key__` may appear (WXT copies <title> into the manifest). */
function scanHtml(html: string): string[] {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/__MSG_\w+__/g, '');
  return text.split(/\s+/).filter((w) => LETTER.test(w));
}

/** Keys passed to t(): literal first arguments and both branches of a conditional one, with the count of substitutions. */
function keysUsed(source: string, fileName: string): { key: string; subs: number | null; line: number }[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: { key: string; subs: number | null; line: number }[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && calleeName(n.expression) === 't' && n.arguments[0]) {
      const subs = n.arguments.some(ts.isSpreadElement) ? null : n.arguments.length - 1;
      const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
      const first = n.arguments[0];
      const branches = ts.isConditionalExpression(first) ? [first.whenTrue, first.whenFalse] : [first];
      for (const b of branches) {
        const key = literalText(b);
        if (key !== null) out.push({ key, subs, line });
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

const placeholderCount = (e: Catalog[string]) => Object.keys(e.placeholders ?? {}).length;

describe('i18n: the scan for hard-coded UI text', () => {
  it('finds no user-visible string in components/ or entrypoints/', () => {
    const findings = uiFiles(/\.tsx?$/).flatMap((f) =>
      scanSource(readFileSync(f, 'utf8'), f).map((x) => `${path.relative(ROOT, f)}:${x.line} (${x.why}) ${JSON.stringify(x.text)}`),
    );
    expect(findings).toEqual([]);
    const html = uiFiles(/\.html$/).flatMap((f) => scanHtml(readFileSync(f, 'utf8')).map((w) => `${path.relative(ROOT, f)}: ${w}`));
    expect(html).toEqual([]);
  });

  it('catches a planted literal in each place a user sees text', () => {
    const planted = `
      export function V({ n, on }: { n: number; on: boolean }) {
        const el = document.createElement('div');
        el.textContent = 'Loading';
        el.setAttribute('aria-label', 'Card');
        const label = \`Who said what (\${n})\`;
        return (
          <section aria-label="Results" title={\`Score \${n}\`}>
            <p>Hello</p>
            <input placeholder={'Search…'} />
            {on ? 'Underline' : 'Background colour'}
            {label}
            {'No speaker'}
          </section>
        );
      }`;
    const found = scanSource(planted).map((f) => f.text);
    expect(found).toEqual(['Loading', 'Card', 'Who said what ( )', 'Results', 'Score  ', 'Hello', 'Search…', 'Underline', 'Background colour', 'No speaker']);
    // One planted line in a real component is caught, and only it.
    const card = readFileSync(path.join(ROOT, 'components/CardView.tsx'), 'utf8');
    const spoilt = card.replace("{t('cardShowInPopup')}", 'Show in Backstory');
    expect(spoilt).not.toBe(card);
    expect(scanSource(spoilt).map((f) => f.text)).toEqual(['Show in Backstory']);
    expect(scanHtml('<html><head><title>Backstory</title></head><body></body></html>')).toEqual(['Backstory']);
  });

  it('leaves code alone: keys, classes, comparisons, types, imports, errors', () => {
    const code = `
      import { t } from '~/lib/extension/i18n';
      type K = 'People here' | 'x';
      export function V({ kind }: { kind: string }) {
        if (kind === 'Escape') throw new Error('Could not render');
        console.warn('Something odd');
        return <div class={\`bs-card bs-\${kind}\`} role="dialog" data-kind="Big thing" aria-label={t(kind ? 'cardClose' : 'cardLabel', kind)}>{t('cardOtherSide')} — ×</div>;
      }`;
    expect(scanSource(code)).toEqual([]);
  });
});

describe('i18n: messages.json', () => {
  const sources = [...uiFiles(/\.tsx?$/), ...filesUnder(path.join(ROOT, 'lib'), /\.tsx?$/)];
  const used = sources.flatMap((f) => keysUsed(readFileSync(f, 'utf8'), f).map((u) => ({ ...u, file: path.relative(ROOT, f) })));
  const manifestKeys = [...uiFiles(/\.html$/), path.join(ROOT, 'wxt.config.ts')].flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!),
  );

  it('holds every key the UI and the manifest use, with as many substitutions as placeholders', () => {
    expect(used.length).toBeGreaterThan(40);
    expect(manifestKeys).toEqual(expect.arrayContaining(['extName', 'extDescription', 'commandCycleHighlights']));
    for (const k of manifestKeys) expect(CATALOG[k], `__MSG_${k}__`).toBeDefined();
    for (const u of used) {
      expect(CATALOG[u.key], `${u.file}:${u.line} t('${u.key}')`).toBeDefined();
      if (u.subs !== null) expect(u.subs, `${u.file}:${u.line} substitutions for ${u.key}`).toBe(placeholderCount(CATALOG[u.key]!));
    }
  });

  it('has no message nobody uses', () => {
    // A key is used when t() names it, the manifest or a page names it, or the code passes it on as a literal (a MessageKey argument).
    const literals = new Set(sources.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'([A-Za-z0-9_@]+)'/g)].map((m) => m[1]!)));
    const unused = Object.keys(CATALOG).filter((k) => !manifestKeys.includes(k) && !used.some((u) => u.key === k) && !literals.has(k));
    expect(unused).toEqual([]);
  });

  it('is well formed the way the browsers read it', () => {
    for (const [key, e] of Object.entries(CATALOG)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(typeof e.message, key).toBe('string');
      expect(e.description, `${key} has a description for translators`).toBeTruthy();
      const declared = Object.keys(e.placeholders ?? {}).map((p) => p.toLowerCase());
      const referenced = [...e.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
      expect(new Set(referenced), `${key}: placeholders referenced = declared`).toEqual(new Set(declared));
      // Placeholders take $1…$n in some order, each once.
      const contents = Object.values(e.placeholders ?? {})
        .map((p) => p.content)
        .sort();
      expect(contents, key).toEqual(declared.map((_, i) => `$${i + 1}`).sort());
    }
  });
});

describe('i18n: formatMessage (the fallback where browser.i18n is absent)', () => {
  it('fills named placeholders from positional substitutions, as the browsers do', () => {
    expect(formatMessage(CATALOG.popupTabQuotes!, ['9'])).toBe('Who said what (9)');
    expect(formatMessage(CATALOG.cardAnnounceBadge!, ['Contested', 'T', 'L'])).toBe('Contested: T. L');
    expect(formatMessage({ message: 'a $X$ b $2 $$1', placeholders: { x: { content: '$1' } } }, ['one', 'two'])).toBe('a one b two $1');
    // A substitution is not read again as a pattern.
    expect(formatMessage(CATALOG.popupPaused!, ['$1$$'])).toBe('Backstory is paused on $1$$.');
  });

  it('t() formats from a catalogue handed in where browser.i18n is absent, and shows key and data without one', () => {
    expect(t('popupTabQuotes', 9)).toBe('popupTabQuotes 9');
    setFallbackCatalog(CATALOG);
    try {
      expect(t('popupTabQuotes', 9)).toBe('Who said what (9)');
      expect(t('popupUnnamedShare', 1, 1)).toBe('Quotes from unnamed sources: 1 of 1.');
    } finally {
      setFallbackCatalog(null);
    }
  });
});
