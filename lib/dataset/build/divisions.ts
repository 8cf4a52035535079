/**
 * Parses the Factbook's "Administrative divisions" text into clean division names with their kind
 * ("state", "province", "oblast") and alternative names. The text is semi-structured:
 *
 *   "50 states and 1 district*; Alabama, Alaska, ..., District of Columbia*, ..."
 *   "58 provinces (wilayas, singular - wilaya); Adrar, ..., Alger (Algiers), ..."
 *   "46 provinces (oblasti, singular - oblast), ... oblasts: Amur (Blagoveshchensk), ... republics: ..."
 *   "... ; Cataluña (Castilian), Catalunya (Catalan) [Catalonia]; ..."
 *
 * A header counts the kinds (asterisks tie items to a kind), sub-group labels ("oblasts:") name the
 * kind of the items after them, parentheses hold an English/other name, a language tag or, where
 * the note says so, the administrative centre (not an alias). Anything that is not a clean proper
 * name is skipped rather than emitted.
 */

export interface DivisionItem {
  name: string;
  /** Other names of the same division ("Algiers", "Bavaria", "Catalunya"). */
  aliases: string[];
  /** Singular English kind ("state", "autonomous region"), when the text gives one. */
  kind?: string;
  /** Singular native kind, one word ("oblast", "wilaya"), when the header gives one. */
  nativeKind?: string;
}

interface HeaderKind {
  kind: string;
  stars: number;
  nativeKind?: string;
}

/** "Valencian", "Castilian": in lists that tag names by language, a one-word tag of this shape. */
const LANGUAGE_LIKE = /^\p{Lu}\p{Ll}+(?:an|ese|ish|ic)$/u;

/** Lower-case words allowed inside a proper name ("Bistrica ob Sotli", "Blackburn with Darwen"). */
const PARTICLE =
  /^(?:a|al|ad|an|ar|as|ash|at|au|aux|az|am|and|bin|da|dan|das|de|del|della|den|der|des|di|do|dos|du|e|ech|el|en|et|i|ibn|im|in|kai|la|las|le|les|los|na|ob|of|og|on|pri|sur|the|und|upon|v|va|wa|with|y|za)$/;

const NUMBER_WORD = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)';

/** "counties" → "county", "parishes" → "parish", "provinces" → "province". */
export function singular(word: string): string {
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  if (/(?:ch|sh|ss|x)es$/.test(word)) return word.replace(/es$/, '');
  if (/[^su]s$/.test(word)) return word.replace(/s$/, '');
  return word;
}

function singularPhrase(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  words[words.length - 1] = singular(words[words.length - 1]!);
  // "ethnically based regional states" → "regional state": the adverbial prefix is a description.
  return words.join(' ').replace(/^\w+ly\s+based\s+/, '');
}

/** Splits at `seps` outside (), [] and quotes. */
function splitTop(text: string, seps: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if (depth === 0 && seps.test(ch)) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}

/** "24 provinces (oblasti, singular - oblast'), 1 autonomous republic* (...), and 2 municipalities** ..." */
export function parseHeader(header: string): HeaderKind[] {
  const kinds: HeaderKind[] = [];
  const re = new RegExp(
    `\\b${NUMBER_WORD}\\s+([A-Za-z][A-Za-z' -]*?[a-z])\\s*(\\*{0,3})\\s*(\\([^()]*(?:\\([^()]*\\)[^()]*)*\\))?(?=\\s*(?:,|;|:|\\band\\b|\\bwith\\b|\\bor\\b|$))`,
    'g',
  );
  for (const m of header.matchAll(re)) {
    const kind = singularPhrase(m[1]!);
    const native = /singular\s*-\s*([\p{L}']+)\s*[,)]/u.exec(m[3] ?? '')?.[1]?.replace(/'$/, '');
    kinds.push({ kind, stars: m[2]!.length, nativeKind: native && /^\p{Ll}+$/u.test(native) ? native : undefined });
  }
  return kinds;
}

/** A name a reader would write: capitalised words, short lower-case particles, no digits or notes. */
export function isCleanName(name: string): boolean {
  if (name.length < 3 || name.length > 45 || /\d|\bnote\b|[/:;"*]/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 6) return false;
  if (!/^['‘’]?\p{Lu}/u.test(words[0]!)) return false;
  return words.every((w) => /^['‘’]?\p{Lu}/u.test(w) || PARTICLE.test(w) || /^[dl]['’]\p{Lu}/u.test(w));
}

function cleanName(raw: string): string {
  return raw
    .replace(/\*/g, '')
    .replace(/^(?:and|also known as)\s+/, '')
    .replace(/[;,\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface RawItem {
  names: string[];
  stars: number;
  language?: string;
}

/**
 * One list entry: "Crimea or Avtonomna Respublika Krym* (Simferopol)", "Alger (Algiers)",
 * "Catalonha (Aranese) [Catalonia]". A [bracketed] English name comes first: the press uses it.
 */
function parseItem(text: string, isLanguage: (w: string) => boolean, parensAreCentres: boolean): RawItem | null {
  const stars = (text.match(/\*/g) ?? []).length;
  let language: string | undefined;
  const english = [...text.matchAll(/\[([^\]]+)\]/g)].map((m) => cleanName(m[1]!));
  const parens: string[] = [];
  const main = text.replace(/\[[^\]]*\]/g, ' ').replace(/\(([^()]*)\)/g, (_, inner: string) => {
    parens.push(inner.trim());
    return ' ';
  });
  const names = [...english];
  for (const variant of main.split(/\s+or\s+/).map(cleanName)) {
    // Slashed names ("Berne/Bern", "Fribourg/Freiburg") are one division under two names.
    names.push(...(variant.includes('/') ? variant.split('/').map(cleanName) : [variant]));
  }
  for (const p of parens) {
    // "(Arabic)", "(Finnish and Swedish)": a language tag, not a name.
    const words = p.replace(/\s+(?:long|short)\s+form$/, '').split(/\s+(?:and|or)\s+|,\s*/);
    if (words.every(isLanguage)) language = words[0];
    else if (!parensAreCentres) names.push(...(p.split(';')[0] ?? '').split(/\s*\/\s*/).map(cleanName));
  }
  const clean = [...new Set(names.filter(isCleanName))];
  return clean.length ? { names: clean, stars, language } : null;
}

/**
 * `note`: the field's note; "administrative center name in parentheses" means the parentheses
 * hold a city, not another name of the division.
 */
export function parseAdminDivisions(text: string | undefined, note = '', isLanguage: (w: string) => boolean = () => false): DivisionItem[] {
  if (!text) return [];
  const flat = text.replace(/\n+/g, '; ').trim();
  if (/^(?:none|no\b|there are no)/i.test(flat)) return [];
  const parensAreCentres = /administrative cent(?:er|re)s?\b[^.;]*\bparenthes/i.test(`${note} ${flat}`);

  // Sub-group labels: a run of lower-case words before a top-level colon ("oblasts:", "two-tier counties:").
  const segments: { label?: string; body: string; cut?: boolean }[] = [];
  const headings: string[] = [];
  let header = '';
  const colonParts = splitTop(flat, /:/);
  if (colonParts.length > 1) {
    let pendingLabel: string | undefined;
    colonParts.forEach((part, i) => {
      let body = part;
      let cut = false;
      let label: string | undefined;
      if (i < colonParts.length - 1) {
        const m = /((?:\b[a-z][a-z-]*\s+){0,4}\b[a-z][a-z-]*)\s*$/.exec(part);
        if (m) {
          label = m[1];
          body = part.slice(0, m.index);
        } else if (i > 0) {
          // A capitalised heading before a colon ("… York; Northern Ireland: 5 borough councils, …"):
          // a section of the list (a constituent country), not the last item of the list before it.
          const h = /(?:^|;)\s*([^;]+?)\s*$/.exec(part);
          if (h && isCleanName(h[1]!)) {
            headings.push(h[1]!);
            body = part.slice(0, h.index);
            cut = true;
          }
        }
      }
      if (i === 0) header = body;
      else segments.push({ label: pendingLabel, body, cut });
      pendingLabel = label ? singularPhrase(label) : undefined;
    });
    // "9 provinces: A, B" — the label is the header's kind.
    if (!header.trim() || /^\d+$/.test(header.trim())) header = flat.split(':')[0] ?? '';
  } else {
    const semi = splitTop(flat, /;/);
    if (semi.length < 2) return [];
    header = semi[0]!;
    segments.push({ body: semi.slice(1).join('; ') });
  }
  const kinds = parseHeader(header);
  if (!kinds.length && !segments.some((seg) => seg.label)) return [];

  const items: (DivisionItem & { languages: Set<string>; group: number })[] = [];
  let groupNo = 0;
  for (const seg of segments) {
    // A ";" followed by lower-case text starts a note: the list ends there.
    const semi = splitTop(seg.body, /;/);
    const noteAt = semi.findIndex((part, i) => i > 0 && /^[a-z(]/.test(part));
    if (noteAt > 0) semi.length = noteAt;
    const body = semi.join('; ');
    // With ";" between items, "," joins names of one division in several languages (Spain, Iraq).
    // (A list cut before a heading keeps its ";" groups: "Belfast; Lisburn and Castlereagh".)
    const groupMode = semi.length > 2 || (seg.cut === true && semi.length > 1);
    for (const group of groupMode ? semi : [body]) {
      groupNo++;
      let groupFirst: (typeof items)[number] | undefined;
      for (const piece of splitTop(group, /,/)) {
        const raw = parseItem(piece, groupMode ? (w) => isLanguage(w) || LANGUAGE_LIKE.test(w) : isLanguage, parensAreCentres);
        if (!raw) continue;
        const lastTagged = [...items].reverse().find((x) => x.languages.size);
        // In a list of ";" groups, a name tagged with a language after the group's first name, or
        // with another language than the last tagged division's in the same or the next group, is
        // that division's name in that language ("Dahuk (Arabic), Dihok (Kurdish)").
        const last =
          groupMode && raw.language
            ? (groupFirst ?? (lastTagged && !lastTagged.languages.has(raw.language) && lastTagged.group >= groupNo - 1 ? lastTagged : undefined))
            : undefined;
        if (last && raw.language) {
          last.languages.add(raw.language);
          const english = /\[/.test(piece) ? raw.names[0] : undefined;
          if (english && english !== last.name) {
            last.aliases.unshift(last.name);
            last.name = english;
          }
          for (const n of raw.names) if (n !== last.name && !last.aliases.includes(n)) last.aliases.push(n);
          continue;
        }
        const kind = seg.label ? { kind: seg.label } : (kinds.find((k) => k.stars === raw.stars) ?? (raw.stars ? undefined : kinds[0]));
        const [first, ...aliases] = raw.names;
        // "'Al Anbar", "'Ajman": a leading ayn mark is not part of how the press writes the name.
        const name = first!.replace(/^['‘’]/, '');
        items.push({
          name,
          aliases,
          kind: kind?.kind,
          nativeKind: (kind as HeaderKind | undefined)?.nativeKind,
          languages: new Set(raw.language ? [raw.language] : []),
          group: groupNo,
        });
        groupFirst ??= items[items.length - 1];
      }
    }
  }
  // A section heading is a division of its own, of no kind the text gives.
  for (const name of headings) items.push({ name, aliases: [], languages: new Set(), group: -1 });
  // One division listed twice (a city and the province around it share a name): keep the first.
  const seen = new Set<string>();
  return items
    .filter((x) => {
      const k = x.name.toLowerCase();
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .map(({ languages: _languages, group: _group, ...x }) => x);
}
