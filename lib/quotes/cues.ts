/**
 * The speech-verb lexicon: the words that introduce reported speech ("said", "told", "according
 * to"). Verbs of belief or intention ("thinks", "wants") are deliberately absent: a reader calls
 * them opinions, not quotes.
 */

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'writing'],
  add: ['adds', 'added', 'adding'],
  admit: ['admits', 'admitted', 'admitting'],
};

/** Regular verbs: only -s / -ed / -ing forms, because many bare forms are also nouns ("a note"). */
const REGULAR = (
  'declare warn insist deny state claim argue explain note report announce acknowledge recall respond reply ' +
  'ask suggest contend assert allege maintain stress emphasize emphasise confirm predict promise pledge vow ' +
  'complain observe remark comment tweet testify concede counter caution urge boast joke quip continue ' +
  'reiterate mention exclaim lament charge recount insist assure inform conclude concur retort scoff'
).split(' ');

function inflect(base: string): string[] {
  if (base.endsWith('e')) return [base + 's', base + 'd', base.slice(0, -1) + 'ing'];
  if (/[^aeiou]y$/.test(base)) return [base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied', base + 'ing'];
  return [base + 's', base + 'ed', base + 'ing'];
}

const FORMS = new Map<string, string>(); // surface form → base verb
for (const [base, forms] of Object.entries(IRREGULAR)) for (const f of forms) FORMS.set(f, base);
for (const base of REGULAR) for (const f of inflect(base)) FORMS.set(f, base);

/** Verbs whose first argument after the verb is the hearer ("told reporters that ..."). */
export const HEARER_VERBS = new Set(['tell', 'assure', 'inform', 'warn', 'promise', 'ask', 'remind', 'urge']);

/** Verbs that, in the passive, relay someone else's words ("was assured that ..."). */
export const RELAY_VERBS = new Set(['tell', 'assure', 'inform', 'promise', 'warn']);

export interface CueMatch {
  start: number;
  end: number;
  base: string; // "say", "tell", ..., "according to"
  participle: boolean; // "saying", "adding": takes the subject of the clause it hangs on
}

/** Words are scanned once and looked up in a Map: faster than one regex alternation of 200 verbs. */
const WORD_RE = /[A-Za-z]+/g;

/** Every speech cue in `text[from, to)`, in order. Case-insensitive so headlines ("Says") count. */
export function findCues(text: string, from: number, to: number): CueMatch[] {
  const out: CueMatch[] = [];
  WORD_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text)) && m.index < to) {
    const end = m.index + m[0].length;
    if (end > to) break;
    const surface = m[0].toLowerCase();
    if (surface === 'according') {
      const to2 = /^\s+to\b/.exec(text.slice(end, end + 6));
      if (to2) out.push({ start: m.index, end: end + to2[0].length, base: 'according to', participle: false });
      continue;
    }
    const base = FORMS.get(surface);
    if (!base) continue;
    // Inside a word joined by an apostrophe or hyphen ("so-called", "said-to-be") is not a cue.
    const prev = text[m.index - 1];
    if (prev === '-' || text[end] === '-') continue;
    out.push({ start: m.index, end, base, participle: surface.endsWith('ing') });
  }
  return out;
}
