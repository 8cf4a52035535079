import type { EntityType, Span } from '../types';
import { ACRONYM_SHAPE } from '../text/words';
import { orgEvidence, WEAK_HEADS } from './built-org-doubt';
import type { LexiconSets } from './lexicon-sets';

/**
 * An article-built organisation's acronym whose spelled-out words the article gives no body's card (issue 18; the built-
 * organisation audits, tests/fixtures/links-judged-2026-12-07-s31.json and -s33.json, and the real pages: "Machine Learning (ML)",
 * "Learning Management System (LMS)", "Associate in Risk Management (ARM)", "International Plumbing Code (IPC)", "the Payment
 * Service Act (PSA)", "PEO (Professional Employer Organization)"). A reader takes an acronym for what its words name: where the
 * article spells it out, in capitals, right before or right after it in brackets, the acronym is an organisation's only where
 * those words are one — a card of the dataset or one the article builds ("the Food and Drug Administration (FDA)"). A term's, a
 * credential's, a product's or a law's words ("Virtual Private Network", "Fellow of the Society of Actuaries") make a term's
 * acronym, and a card for it would be wrong. Only an acronym spelled out so; one the article never spells keeps its card.
 *
 * `isBody(span)`: the spelled-out words overlap a mention of an organisation's card (the caller's: the dataset's spans and the
 * built organisations kept). A few indexOf scans of the text per built acronym.
 */
export function spelledNoBody(text: string, acronym: string, isBody: (s: Span) => boolean): boolean {
  if (!ACRONYM_SHAPE.test(acronym)) return false;
  let spelled = false;
  // "Words Words (ACR)": the capitalised run right before the bracket.
  const needle = `(${acronym})`;
  for (let at = text.indexOf(needle), k = 0; at >= 0 && k < 8; at = text.indexOf(needle, at + needle.length), k++) {
    const s = spelledBefore(text, at, acronym);
    if (!s) continue;
    if (isBody(s)) return false;
    spelled = true;
  }
  // "ACR (Words Words)": the bracket right after the acronym.
  const open = `${acronym} (`;
  for (let at = text.indexOf(open), k = 0; at >= 0 && k < 8; at = text.indexOf(open, at + open.length), k++) {
    const s = spelledInside(text, at + open.length, acronym);
    if (!s) continue;
    if (isBody(s)) return false;
    spelled = true;
  }
  return spelled;
}

/**
 * The built organisations of `byName` (other-names.ts's, after its other checks) that are acronyms spelled out as no body's words,
 * with no body's evidence at a mention ("ML said" would keep it; built-org-doubt.ts orgEvidence): their keys, to drop. A body's
 * words are a dataset's or another finder's span (`taken`) or a kept organisation's mention, or overlap one (conservatively: "the
 * Institute of Chartered Accountants in England and Wales (ICAEW)" is built as a body and a place; "Health's (NIH)" ends in a possessive).
 */
export function termAcronyms(
  text: string,
  byName: ReadonlyMap<string, { type: EntityType; name: string; mentions: Span[] }>,
  taken: { overlaps(s: Span): boolean },
  L: LexiconSets,
): string[] {
  const out: string[] = [];
  let orgSpans: Span[] | null = null;
  const isBody = (s: Span): boolean => {
    // ("A Generative Adversarial Network (GAN) predicts …": words counted with "a" name a kind of thing, not one body; but "an
    // International Franchise Association (IFA) member", "a … Foundation (NSF) grant": the "a" counts the noun after the bracket.)
    if (A_BEFORE.test(text.slice(Math.max(0, s.start - 4), s.start)) && !NOUN_AFTER.test(text.slice(s.end, s.end + 40))) return false;
    if (taken.overlaps(s) || bodyHead(text.slice(s.start, s.end), L)) return true;
    orgSpans ??= [...byName.values()].filter((e) => e.type === 'organization').flatMap((e) => e.mentions);
    for (const m of orgSpans) if (m.start < s.end && s.start < m.end) return true;
    return false;
  };
  for (const [key, e] of byName)
    if (e.type === 'organization' && ACRONYM_SHAPE.test(e.name) && spelledNoBody(text, e.name, isBody) && !orgEvidence(text, e.name, e.mentions)) out.push(key);
  return out;
}

/** "a " or "an " right before the spelled-out words, after a non-letter. */
const A_BEFORE = /(?:^|[^\p{L}])(?:[Aa]n?) $/u;
/** After the bracket, a lower-case word not ending in "s" (a noun that "a" counts: "member", "grant"; not a verb's "-s": "predicts", "is"). */
const NOUN_AFTER = /^\s*\([^)]*\)\s\p{Ll}+(?<!s)(?![\p{L}])/u;

/**
 * The spelled-out name's head is a body's head that things' names do not share: its last word ("The Graphic Design School"), or
 * the word before its first "of", "for" or "in" ("Association for Applied Sport Psychology", "Institute of Chartered Accountants
 * in …"): a body's name, even where no card was built for it (a label's line, "Organization: …"). Not the heads that name things
 * as often (built-org-doubt.ts WEAK_HEADS, "Learning Management System", "Career Management Services"; "Event Management Systems").
 */
function bodyHead(words: string, L: LexiconSets): boolean {
  const ws = words.toLowerCase().split(/\s+/);
  const joint = ws.findIndex((w) => w === 'of' || w === 'for' || w === 'in');
  for (const w of [ws[ws.length - 1]!, joint > 0 ? ws[joint - 1]! : '']) if (L.orgHeads.has(w) && !WEAK_HEADS.has(w) && w !== 'systems') return true;
  return false;
}

/** Capitalised words and the small words that join a name's, up to the end (a space before the bracket). */
const RUN_BEFORE = /(?:(?:\p{Lu}[\p{L}\p{N}'\u2019.&-]*|of|and|for|the|in|on|to|&)\s)+$/u;
/** Small words an acronym skips ("Institute of Management Accountants", "Food and Drug Administration"). */
const SKIPPED: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to', '&']);

/** The span of the run's last words whose capitals' initials are the acronym, its first word's initial the acronym's first. */
function spelledBefore(text: string, at: number, acronym: string): Span | null {
  const run = RUN_BEFORE.exec(text.slice(Math.max(0, at - 120), at));
  if (!run) return null;
  const base = at - run[0].length;
  const words = [...run[0].matchAll(/\S+/g)];
  let i = acronym.length - 1;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]![0];
    if (SKIPPED.has(w)) continue;
    if (w[0] !== acronym[i]) return null;
    if (i-- === 0) return { start: base + words[k]!.index, end: at - 1 };
  }
  return null;
}

/** The words inside the bracket that opens at `from`, where their capitals' initials are the acronym's letters, in order. */
function spelledInside(text: string, from: number, acronym: string): Span | null {
  const close = text.indexOf(')', from);
  if (close < 0 || close - from > 100) return null;
  const words = text.slice(from, close).split(/\s+/);
  let i = 0;
  for (const w of words) {
    if (SKIPPED.has(w)) continue;
    if (w[0] !== acronym[i++]) return null;
  }
  return i === acronym.length ? { start: from, end: close } : null;
}
