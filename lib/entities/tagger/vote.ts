import type { EntityResult, Span } from '../../types';
import { bareLow, type Token } from '../candidates';
import type { LexiconSets } from '../lexicon-sets';

/**
 * The learned tagger as a second vote for people only (combine.ts, Mode.vote): which of its person
 * spans may be added where the rules found nothing. Not a listed name or a word the article writes in
 * lower case; not a name ending on a word that heads organisations, places or other things ("Winston
 * Cup"); not part of an e-mail address ("Traci Warner@ENRON") or a word after initials ("R.E. Glenn").
 * Strict (Mode.strict): a name of two words or more opens on a given name or holds an initial, and has
 * no word in odd case ("Braun BrewSense"); one word is the surname of a person the article names in
 * full with a given name, or a given name standing alone — not after a capitalised word, a possessive
 * or an article ("Yumi Kim", "Anthropic's Claude", "the Hugo"), not a possessive before a capitalised
 * word ("Pedro's Moving Services").
 */

/** Capitals after a lower-case letter, but for Mc, Mac, De, Di, La, Le, O' and D' ("McGregor", "DeSantis", "O'Brien"). */
const ODD_CASE = /^(?!(?:Mc|Mac|De|Di|La|Le|O['’]|D['’])\p{Lu})\p{L}*\p{Ll}\p{Lu}/u;
const INITIAL = /^(?:\p{Lu}\.)+$/u;
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** The article's text and tokens. */
interface Article {
  text: string;
  tokens: Token[];
}

function tokensOf(r: Article, s: Span): Token[] {
  return r.tokens.filter((t) => t.start >= s.start && t.end <= s.end);
}

/** What no vote makes a person (both settings). */
export function notPerson(r: Article, L: LexiconSets, lower: Set<string>, s: Span): boolean {
  const whole = r.text.slice(s.start, s.end).toLowerCase();
  if (L.knownOrgs.has(whole) || L.knownPlaces.has(whole) || L.cities.has(whole) || L.companies.has(whole)) return true;
  if (r.text[s.end] === '@') return true;
  const words = tokensOf(r, s);
  const from = r.tokens.indexOf(words[0]!);
  const before = r.tokens[from - 1];
  if (before && INITIAL.test(before.text) && words[0]!.start - before.end <= 1) return true;
  const last = words[words.length - 1]!.low;
  if (L.orgHeads.has(last) || L.placeHeads.has(last) || L.otherHeads.has(last)) return true;
  return words.some((t) => {
    const w = bareLow(t);
    return lower.has(w) || L.knownOrgs.has(w) || L.knownPlaces.has(w) || L.cities.has(w) || L.companies.has(w);
  });
}

/** The strict setting's shape of a person's name; `full`: the article person a one-word span would join. */
export function strictShape(r: Article, L: LexiconSets, s: Span, full: EntityResult | undefined): boolean {
  const words = tokensOf(r, s);
  if (words.some((t) => ODD_CASE.test(t.text))) return false;
  if (words.length > 1) return L.givenNames.has(bareLow(words[0]!)) || words.some((t) => INITIAL.test(t.text));
  if (full?.name.includes(' ')) return L.givenNames.has(full.name.slice(0, full.name.indexOf(' ')).toLowerCase());
  if (!L.givenNames.has(bareLow(words[0]!))) return false;
  const head = r.text.slice(Math.max(0, s.start - 40), s.start);
  const prev = /(\S+)\s+$/u.exec(head)?.[1];
  if (prev && (/^\p{Lu}/u.test(prev) || /['’]s$/u.test(prev) || ARTICLES.has(prev.toLowerCase()))) return false;
  return !/^['’]s?\s+\p{Lu}/u.test(r.text.slice(s.end, s.end + 6));
}
