import type { Span } from '../types';

/**
 * Capitalised runs in plain text: the only places a name can stand. Looking names up by the runs
 * (and their sub-runs) instead of scanning the text once per dataset alias is what keeps the entity
 * stage linear in the text and independent of the dataset's size.
 */
export interface Token extends Span {
  text: string;
  cap: boolean; // starts with an upper-case letter
}

export interface Run extends Span {
  tokens: Token[];
}

// Lower-case particles that sit inside names ("Ursula von der Leyen", "Mohammed bin Salman").
const PARTICLES = new Set(['von', 'der', 'den', 'van', 'de', 'la', 'le', 'du', 'da', 'dos', 'das', 'del', 'bin', 'al', 'of', 'ibn', 'el', 'y']);

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\u00b7]|['\u2019.\-](?=[\p{L}\p{N}]))*\.?/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) {
    let word = m[0];
    let end = m.index + word.length;
    // A trailing full stop belongs to the token only for initials and dotted acronyms ("U.S.").
    if (word.endsWith('.') && !/^(\p{L}\.)+$/u.test(word) && !/^\p{Lu}\.$/u.test(word)) {
      word = word.slice(0, -1);
      end--;
    }
    // Possessive "'s" is not part of the name.
    const poss = /['\u2019]s$/.exec(word);
    if (poss) {
      word = word.slice(0, -2);
      end -= 2;
    }
    tokens.push({ start: m.index, end, text: word, cap: /^\p{Lu}/u.test(word) });
  }
  return tokens;
}

/** Maximal runs of capitalised tokens, allowing name particles inside and a leading "The". */
export function capitalisedRuns(text: string, tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let cur: Token[] = [];
  const flush = () => {
    // Particles cannot end a run.
    while (cur.length && !cur[cur.length - 1]!.cap) cur.pop();
    if (cur.length) runs.push({ start: cur[0]!.start, end: cur[cur.length - 1]!.end, tokens: cur });
    cur = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = cur[cur.length - 1];
    // Anything but a single space or hyphen between tokens (punctuation, a line break) ends a run.
    if (prev && !/^[ \u00a0-]$/.test(text.slice(prev.end, t.start))) flush();
    if (t.cap) cur.push(t);
    else if (cur.length && PARTICLES.has(t.text) && particlesLeadToName(tokens, i)) cur.push(t);
    else flush();
  }
  flush();
  return runs;
}

/** "von der Leyen": particles count only when the run of particles ends in a capitalised word. */
function particlesLeadToName(tokens: Token[], i: number): boolean {
  let j = i;
  while (j < tokens.length && j < i + 3 && !tokens[j]!.cap && PARTICLES.has(tokens[j]!.text)) j++;
  return !!tokens[j]?.cap;
}

/** Every contiguous sub-run of up to `max` tokens, longest first, as [startToken, endToken). */
export function* subRuns(run: Run, max = 6): Generator<[number, number]> {
  const n = run.tokens.length;
  for (let len = Math.min(n, max); len >= 1; len--) {
    for (let i = 0; i + len <= n; i++) {
      if (!run.tokens[i]!.cap || !run.tokens[i + len - 1]!.cap) continue;
      yield [i, i + len];
    }
  }
}
