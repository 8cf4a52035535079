import type { EntityResult, Span } from '../types';
import { capitalIndexes, type Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { OverlapIndex } from './overlap';
import { builtEntity } from './built-entity';
import { speechAfter, WORDLIKE_GIVEN } from './person-evidence';
import { dashedSignOffs, initialsSignOffs } from './signature';

/** The last person finders, which read every entity found before them: surnames in capitals (below), initials signing a message (signature.ts). */
export function peopleLast(text: string, tokens: Token[], entities: EntityResult[], L: LexiconSets): void {
  const caps = capitalPeople(text, tokens, entities, L);
  if (caps.length) {
    // ("John Paul STEVENS": an article-built "John Paul" inside the longer name gives way to it.)
    const inside = new OverlapIndex(caps.flatMap((e) => e.mentions));
    for (const e of entities) if (!e.fromDataset && e.type === 'person') e.mentions = e.mentions.filter((m) => !inside.overlaps(m));
    for (let i = entities.length - 1; i >= 0; i--) if (!entities[i]!.mentions.length) entities.splice(i, 1);
    for (const e of caps) entities.push(e);
  }
  initialsSignOffs(text, entities, L);
  dashedSignOffs(text, entities, L); // ("-M", "----cgy": initials of nobody named in full)
}

/**
 * Surnames written in capitals inside sentences written in mixed case, as court opinions, minutes and roll calls write
 * the people they name ("SCALIA filed a dissenting opinion, in which THOMAS and ALITO joined", "John Paul STEVENS delivered
 * the opinion"). Capitals alone say an acronym as often ("NATO joined", "UEFA said"), so a word in capitals is a person's only:
 * - right after a given name in title case ("John Paul STEVENS", "Ruth GINSBURG"): the surname of that name; or
 * - as the subject of a verb of a life, of speech or of writing an opinion — it or the list of words in capitals it ends
 *   ("KENNEDY, SOUTER, and GINSBURG joined") — where the text holds such a list of two or more: a roll of people, not
 *   organisations' acronyms each before its verb ("OFWAT said …, and OFGEM agreed").
 * A word of four letters or more, with a vowel, that no list knows as an acronym, an organisation, a company, a place or an
 * everyday word, and that no other finder took. Every other capitalised occurrence of such a word in a mixed-case sentence follows.
 */
export function capitalPeople(text: string, tokens: Token[], entities: readonly EntityResult[], L: LexiconSets): EntityResult[] {
  if (!CAPS_ANYWHERE.test(text)) return [];
  // (Built at the first candidate: most articles have none, and the index sorts every mention found.)
  let taken: OverlapIndex | undefined;
  const ok = (i: number) => candidate(text, tokens, i, L) && !(taken ??= new OverlapIndex(entities.flatMap((e) => e.mentions))).overlaps(tokens[i]!);
  const givenAt = (k: number) =>
    k >= 0 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.text) && L.soleGivenNames.has(tokens[k]!.low) && !WORDLIKE_GIVEN.has(tokens[k]!.low);
  const named = new Set<string>(); // surnames after a given name
  const rolled = new Set<string>(); // words of lists before a verb of people
  let roll = false; // a list of two or more of them
  const caps = capitalIndexes(tokens); // (a word in capitals is a capitalised token: those alone)
  for (let c = 0; c < caps.length; c++) {
    const i = caps[c]!;
    if (!ok(i)) continue;
    const prev = tokens[i - 1];
    if (prev && prev.end + 1 === tokens[i]!.start && givenAt(i - 1)) {
      named.add(tokens[i]!.text);
      continue;
    }
    // The list of words in capitals that ends here ("KENNEDY, SOUTER, and GINSBURG"), then the verb after its last word.
    const list = [i];
    let j = i;
    for (let k = listNext(text, tokens, j); k > 0 && ok(k); k = listNext(text, tokens, j)) list.push((j = k));
    if (personVerbAfter(text, tokens[j]!.end, L)) {
      for (const k of list) rolled.add(tokens[k]!.text);
      roll ||= list.length >= 2;
    }
    while (c + 1 < caps.length && caps[c + 1]! <= j) c++; // (on after the list's last word)
  }
  const words = new Set([...named, ...(roll ? rolled : [])]);
  if (!words.size) return [];
  const found = new Map<string, Span[]>();
  for (let c = 0; c < caps.length; c++) {
    const i = caps[c]!;
    const t = tokens[i]!;
    if (!words.has(t.text) || !ok(i)) continue;
    // ("John Paul STEVENS": the name from its given names on.)
    let s = i;
    while (
      named.has(t.text) &&
      s > 0 &&
      tokens[s - 1]!.end + 1 === tokens[s]!.start &&
      /^\p{Lu}\p{Ll}+$/u.test(tokens[s - 1]!.text) &&
      L.soleGivenNames.has(tokens[s - 1]!.low)
    )
      s--;
    const span = { start: tokens[s]!.start, end: t.end };
    const name = text.slice(span.start, span.end);
    found.set(name, [...(found.get(name) ?? []), span]);
  }
  return [...found].map(([name, mentions]) => builtEntity(name, 'person', mentions, 'article-built: a surname in capitals in a mixed-case sentence'));
}

const CAPS_ANYWHERE = /\b\p{Lu}{4,}\b/u;
const CAPS_WORD = /^\p{Lu}{4,}$/u;
const VOWEL = /[AEIOUY]/;
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;
/** Verbs of writing or deciding an opinion, beside the verbs of a life and of speech. */
const OPINION_VERBS: ReadonlySet<string> = new Set('filed delivered dissented concurred authored'.split(' '));

/** Token i is a word in capitals of a name's shape in a sentence written mostly in lower case (see above). */
function candidate(text: string, tokens: Token[], i: number, L: LexiconSets): boolean {
  const t = tokens[i]!;
  // (Asked of every token: a word in capitals is a capitalised token of four code units at least whose second is no ASCII
  // lower-case letter — tested first, as most tokens fail there, before the regex.)
  if (!t.cap || t.text.length < 4 || isAsciiLower(t.text.charCodeAt(1)) || !CAPS_WORD.test(t.text) || !VOWEL.test(t.text)) return false;
  const w = t.low;
  if (L.acronyms.has(t.text) || L.knownOrgs.has(w) || L.knownPlaces.has(w) || L.companies.has(w) || L.usStates.has(w) || L.lead.has(w)) return false;
  if ((L.everyday.has(w) && !L.givenNames.has(w)) || L.titles.has(w) || L.orgHeads.has(w) || L.placeHeads.has(w)) return false;
  return mixedCase(text, tokens, i);
}

/** The sentence around token i has more words in lower case than capitalised ones (no headline, no shouted line). */
function mixedCase(text: string, tokens: Token[], i: number): boolean {
  let lower = 0;
  let upper = 0;
  for (let k = i - 1; k >= 0 && i - k <= 30 && !ENDS_SENTENCE.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)); k--) count(tokens[k]!);
  for (let k = i + 1; k < tokens.length && k - i <= 30 && !ENDS_SENTENCE.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)); k++) count(tokens[k]!);
  return lower >= 3 && lower > upper;
  function count(t: Token): void {
    if (/^\p{Ll}/u.test(t.text)) lower++;
    else if (t.cap) upper++;
  }
}
const ENDS_SENTENCE = /[.!?]\s|\n/;

/** The token after token j in a list ("X, Y", "X and Y", "X, and Y"), or -1. */
function listNext(text: string, tokens: Token[], j: number): number {
  const k = j + 1;
  const gap = k < tokens.length ? text.slice(tokens[j]!.end, tokens[k]!.start) : '';
  if (gap === ', ') return tokens[k]!.low === 'and' ? (text.slice(tokens[k]!.end, tokens[k + 1]?.start) === ' ' ? k + 1 : -1) : k;
  if (gap === ' ' && tokens[k]!.low === 'and' && tokens[k + 1] && text.slice(tokens[k]!.end, tokens[k + 1]!.start) === ' ') return k + 1;
  return -1;
}

/** A verb of a life (the lexicon's list), of speech or of an opinion right after the name. */
function personVerbAfter(text: string, end: number, L: LexiconSets): boolean {
  const m = /^\s+(?:(?:also|then|later|first)\s+)?(\p{Ll}+)\b/u.exec(text.slice(end, end + 30));
  return (!!m && (L.lifeVerbs.has(m[1]!) || OPINION_VERBS.has(m[1]!))) || speechAfter(text, end);
}
