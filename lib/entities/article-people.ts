import type { EntityResult, Span } from '../types';
import type { Run, Token } from './candidates';
import { OverlapIndex } from './overlap';

/**
 * People the dataset does not know, found from how news copy introduces a person: a title or a
 * possessive before the name ("Reuters' Jane Doe", "analyst Jane Doe") or a speech verb
 * after it ("Jane Doe said"). Their cards are built from the article alone and say so.
 */

export const TITLE_WORDS = new Set(
  (
    'president vice prime minister secretary senator sen rep representative gov governor general gen mayor ' +
    'spokesman spokeswoman spokesperson analyst professor prof dr mr mrs ms writer correspondent reporter editor ' +
    'columnist director chief leader ambassador ceo founder chairman chairwoman chair economist researcher ' +
    'commissioner chancellor king queen prince princess judge justice lawyer attorney officer colonel lieutenant ' +
    'sergeant captain commander admiral deputy adviser advisor envoy diplomat author historian expert activist ' +
    'candidate lawmaker mp premier speaker head official fellow'
  ).split(' '),
);

// Capitalised words that are not parts of personal names even when they sit in a capitalised run.
export const NOT_NAME = new Set(
  (
    'the a an and of in on at for to by from with january february march april may june july august september ' +
    'october november december monday tuesday wednesday thursday friday saturday sunday president minister ' +
    'prime secretary senator governor general mayor news post times press daily weekly journal review herald ' +
    'tribune guardian university college school institute commission council committee union party ministry ' +
    'department agency bank group company corporation inc ltd association foundation house senate congress ' +
    'parliament court army navy force forces republic kingdom state states city county province street avenue ' +
    'north south east west northern southern eastern western new old great grand central national international ' +
    'federal royal united american european russian chinese british french german ukrainian belarusian week ' +
    'today tonight yesterday tomorrow earlier later meanwhile however but it he she they we this that these those ' +
    'there here his her their our after before when while as if so because although though since until ' +
    'free best top latest more most sign subscribe newsletter newsletters article articles story stories read watch ' +
    'live breaking video videos photo photos sport sports business opinion world home money culture life style ' +
    'travel health science tech technology politics analysis feature features explainer big question radar ' +
    'good bad first last next all every our your my get'
  ).split(' '),
);

const SPEECH_AFTER = /^,?\s+(?:said|says|told|tells|wrote|writes|added|adds|declared|warned|argued|explained|noted|insisted|stated|asked|tweeted|posted|claimed|announced|recalled|believes|thinks)\b/;

export function findArticlePeople(text: string, tokens: Token[], runs: Run[], taken: Span[]): EntityResult[] {
  const people = new Map<string, { name: string; descriptor: string | null; mentions: Span[]; parts: string[] }>();
  const takenIndex = new OverlapIndex(taken);
  const isTaken = (s: Span) => takenIndex.overlaps(s);

  for (const run of runs) {
    // Name-like stretches inside the run: 2–4 tokens, each a plausible name word.
    const ts = run.tokens;
    let i = 0;
    while (i < ts.length) {
      let j = i;
      while (j < ts.length && isNameWord(ts[j]!)) j++;
      const len = j - i;
      if (len >= 2 && len <= 4) {
        const span = { start: ts[i]!.start, end: ts[j - 1]!.end };
        if (!isTaken(span) && hasPersonEvidence(text, span, i > 0 ? ts[i - 1] : undefined)) {
          const name = text.slice(span.start, span.end);
          const p = people.get(name) ?? { name, descriptor: descriptorBefore(text, span.start), mentions: [], parts: ts.slice(i, j).map((t) => t.text) };
          p.mentions.push(span);
          people.set(name, p);
        }
      }
      i = Math.max(j, i + 1);
    }
  }
  if (!people.size) return [];

  // Later surname-only mentions ("Doe said …").
  const bySurname = new Map<string, { name: string; mentions: Span[] }>();
  for (const p of people.values()) bySurname.set(p.parts[p.parts.length - 1]!, p);
  // Taken before this loop starts: surname mentions added below do not block each other.
  const claimed = new OverlapIndex([...taken, ...[...people.values()].flatMap((p) => p.mentions)]);
  for (const t of tokens) {
    const p = bySurname.get(t.text);
    if (!p || !t.cap) continue;
    const s = { start: t.start, end: t.end };
    if (claimed.overlaps(s)) continue;
    if (p.mentions[0]!.start > s.start) continue;
    p.mentions.push(s);
  }

  return [...people.values()].map((p) => {
    p.mentions.sort((a, b) => a.start - b.start);
    const lines = ['From this article — not in the Backstory dataset'];
    if (p.descriptor) lines.push(`Described as: ${p.descriptor} ${p.name}`);
    return {
      id: null,
      name: p.name,
      type: 'person' as const,
      fromDataset: false,
      mentions: p.mentions,
      descriptor: p.descriptor ?? undefined,
      card: { title: p.name, lines, sources: [], fromArticle: true },
    };
  });
}

const nameWords = new Map<string, boolean>();

/** A capitalised word that can be part of a personal name; memoised by text (asked per token). */
export function isNameWord(t: Token): boolean {
  if (!t.cap) return false;
  let yes = nameWords.get(t.text);
  if (yes === undefined) {
    if (nameWords.size >= 20_000) nameWords.clear();
    yes = /^\p{Lu}[\p{Ll}\p{M}'\u2019-]+$/u.test(t.text) && !NOT_NAME.has(t.text.toLowerCase());
    nameWords.set(t.text, yes);
  }
  return yes;
}

function hasPersonEvidence(text: string, span: Span, before: Token | undefined): boolean {
  if (SPEECH_AFTER.test(text.slice(span.end, span.end + 24))) return true;
  const lead = text.slice(Math.max(0, span.start - 40), span.start);
  if (/\p{L}['\u2019]s\s$/u.test(lead)) return true; // "Reuters' Jane Doe"
  if (/\b(?:by|according to)\s$/i.test(lead)) return true;
  const prev = wordBeforeSpace(lead)?.replace(/\.$/, '').toLowerCase();
  if (prev && TITLE_WORDS.has(prev)) return true;
  if (before && TITLE_WORDS.has(before.text.toLowerCase())) return true;
  return false;
}

const SPACE = /\s/;
const LETTER = /^\p{L}$/u;

/**
 * /([\p{L}.]+)\s$/u.exec(s)?.[1], read from the end: the run of letters and full stops right
 * before a final whitespace. (The regex tries every start in the string and rescans each run;
 * this runs once per candidate name.)
 */
export function wordBeforeSpace(s: string): string | undefined {
  const n = s.length;
  if (n < 2) return undefined;
  const last = s.charCodeAt(n - 1);
  if (!(last < 128 ? last === 32 || (last >= 9 && last <= 13) : SPACE.test(s[n - 1]!))) return undefined;
  let i = n - 1;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    let width = 1;
    let ok: boolean;
    if (c < 128) ok = c === 46 || ((c | 32) >= 97 && (c | 32) <= 122);
    else if (c >= 0xdc00 && c <= 0xdfff && i >= 2 && (s.charCodeAt(i - 2) & 0xfc00) === 0xd800) {
      width = 2; // an astral letter: one code point of two units
      ok = LETTER.test(s.slice(i - 2, i));
    } else ok = LETTER.test(s[i - 1]!);
    if (!ok) break;
    i -= width;
  }
  return i < n - 1 ? s.slice(i, n - 1) : undefined;
}

/** The words that introduce the name in its clause: "Politico's", "European Commission President". */
function descriptorBefore(text: string, at: number): string | null {
  const lead = text.slice(Math.max(0, at - 60), at);
  const clause = lead.split(/[,;:.!?"\u201c\u201d()\n]|\b(?:and|said|that|but|while|as)\b/).pop() ?? '';
  const words = clause.trim().split(/\s+/).filter(Boolean).slice(-4);
  if (!words.length) return null;
  // Keep only the capitalised/possessive tail ("Politico's", "analyst") — not verbs or articles.
  const tail: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (/^\p{Lu}/u.test(w) || TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || /['\u2019]s$/.test(w)) tail.unshift(w);
    else break;
  }
  return tail.length ? tail.join(' ') : null;
}
