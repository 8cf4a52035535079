/**
 * A political party (lib/dataset/build/factbook-parties.ts) is linked only where the article names
 * its country. A name it does not carry alone — one several countries' parties share ("Democratic
 * Party"), one of everyday words ("New Hope", "Blue and White"), a one-word name ("Noam", "Likud"),
 * an acronym ("BJP", "AfD") — needs more: the party named in full elsewhere in the article, or for a
 * name with a party word in it, nothing more; for the others but acronyms, a sentence that speaks of
 * a party ("the Noam party", "Likud lawmakers", "a Horizons-led coalition").
 */
import type { DatasetEntity } from '../types';
import type { Hit } from './link';
import { countryInContext, type ArticleView } from './namesakes';

export const isParty = (c: DatasetEntity): boolean => c.id.startsWith('party:');
/** A group the Factbook lists under Terrorism. */
export const isGroup = (c: DatasetEntity): boolean => c.id.startsWith('group:');

/** Words after a name that make it a party's ("Likud lawmakers", "Shas leader", "Noam's MKs"). */
const PARTY_AFTER =
  /^(?:['\u2019]s)?(?:-led\b|\s(?:party|parties|lawmakers?|legislators?|MPs?|MKs?|members?|leader|leaders|leadership|chair(?:man|woman)?|candidates?|spokes(?:man|woman|person)|faction|bloc|list|slate|seats?|voters|supporters|politicians?|deputies|ministers?|minister|coalition|alliance|councillors?|senators?)\b)/i;
/** Words before a name that make it a party's ("leader of Shas", "a member of the Noam"). */
const PARTY_BEFORE =
  /\b(?:leader|leaders|head|chair(?:man|woman)?|member|members|founder|candidate|candidates|lawmakers?|MPs?|MKs?|ministers?|spokes(?:man|woman|person))\s+(?:of|for|from)\s+(?:the\s+)?$/i;
/** A party word in the name itself ("Labour Party", "Workers' Party"). */
const PARTY_WORD = /\bpart(?:y|ies)\b/i;
/** Two capitals or more in one token: an acronym as parties write them ("BJP", "AfD", "PML-N"). */
const ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})\S+$/u;

export function partyContext(text: string, start: number, end: number): boolean {
  // (Each pattern asked only where its word stands: a party's word after the name, "of", "for" or "from" before it, a comma
  // or a verb of winning after it.)
  return (
    (partyWordAfter(text, end) && PARTY_AFTER.test(text.slice(end, end + 30))) ||
    (ofBefore(text, start) && PARTY_BEFORE.test(text.slice(Math.max(0, start - 40), start))) ||
    (text.charCodeAt(end) === 44 && PARTY_APPOSITIVE.test(text.slice(end, end + 60))) ||
    (text.charCodeAt(end) === 32 && SEATS_AFTER.test(text.slice(end, end + 40)))
  );
}
/**
 * The sentence says what the name is: a party, in apposition ("Renaissance, Macron's party,", "Vox, the far-right party,"),
 * or by what only parties win ("Vox won 33 seats", "Together took two seats"). A party named by an everyday word is
 * introduced so in news copy as often as by "the … party" before it.
 */
const PARTY_APPOSITIVE = /^,\s+(?:the|a|an|its|\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{L}-]+\s+){0,3}?part(?:y|ies)\b(?!['’])/u;
const SEATS_AFTER =
  /^\s+(?:won|wins|took|takes|gained|gains|secured|lost|loses|holds|held)\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|the\s+most|most|[\p{L}-]+-\p{L}+)\s+(?:more\s+|new\s+|extra\s+)?seats?\b/u;

/** PARTY_AFTER's words, in lower case (its plurals and forms spelled out). */
const PARTY_WORDS: ReadonlySet<string> = new Set(
  'party parties lawmaker lawmakers legislator legislators mp mps mk mks member members leader leaders leadership chair chairman chairwoman candidate candidates spokesman spokeswoman spokesperson faction bloc list slate seat seats voters supporters politician politicians deputies minister ministers coalition alliance councillor councillors senator senators'.split(
    ' ',
  ),
);
const SPACE = /\s/;
const white = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : i >= 0 && i < text.length && SPACE.test(text[i]!);
};
const wordChar = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95;

/** What PARTY_AFTER must start with: perhaps "'s", then "-" or one white space and a word (\w+) of PARTY_WORDS. */
function partyWordAfter(text: string, end: number): boolean {
  let i = end;
  const q = text.charCodeAt(i);
  if ((q === 39 || q === 0x2019) && (text.charCodeAt(i + 1) | 32) === 115) i += 2;
  if (text.charCodeAt(i) === 45) return true;
  if (!white(text, i)) return false;
  let j = ++i;
  while (j < text.length && wordChar(text.charCodeAt(j))) j++;
  return PARTY_WORDS.has(text.slice(i, j).toLowerCase());
}

/** What PARTY_BEFORE must end with: "of", "for" or "from" (in any case), white space, perhaps "the" and white space. */
function ofBefore(text: string, start: number): boolean {
  let i = start;
  for (let round = 0; round < 2; round++) {
    if (!white(text, i - 1)) return false;
    while (i > 0 && white(text, i - 1)) i--;
    let j = i;
    while (j > 0 && wordChar(text.charCodeAt(j - 1))) j--;
    const w = text.slice(j, i).toLowerCase();
    if (w === 'of' || w === 'for' || w === 'from') return true;
    if (w !== 'the') return false;
    i = j;
  }
  return false;
}

/**
 * Whether the hit may name this party: only where the article names the party's country (a party is
 * one country's: "Muslim Brotherhood" in an American story is not Sudan's party); then by a name it
 * carries alone, or by any name when the article names it so elsewhere (`sure`); an acronym only so
 * ("CPC" after "Cost Per Click" in an article that names Canada is not its Conservatives); a name of
 * everyday words, a one-word name or a given name only in a party's context ("the Noam party").
 */
export function partyNamed(c: DatasetEntity, h: Hit, ctx: ArticleView & { sure?: Map<string, DatasetEntity>; hits: Hit[] }): boolean {
  if (!countryNamed(c, h, ctx)) return false;
  if (!c.weakAliases?.includes(h.key) || ctx.sure?.has(c.id)) return true;
  const surface = ctx.text.slice(h.span.start, h.span.end);
  if (ACRONYM.test(surface)) return false;
  return PARTY_WORD.test(surface) || partyContext(ctx.text, h.span.start, h.span.end);
}

/**
 * The party's country is named: as the linker's context has it (countryInContext), by a name that is
 * the country's own though others share it as a weak alias ("Montenegro", "Luxembourg"), or in the
 * party's name itself ("Jordanian Communist Party", "Gibraltar Liberal Party").
 */
function countryNamed(c: DatasetEntity, h: Hit, ctx: ArticleView & { hits: Hit[] }): boolean {
  if (countryInContext(c, ctx)) return true;
  if (c.countryId && ownlyNamed(ctx.hits).has(c.countryId)) return true;
  // The country's name as the party's card says it ("political party in Jordan"); a name word that
  // starts with it, less a final vowel, names it ("Jordanian", "Montenegrin"); so do the initials of a
  // country of two words or more ("Reform UK").
  const { stem, stemLow, initials } = countryWords(c);
  const words = ctx.text.slice(h.span.start, h.span.end).split(/[\s-]+/);
  return (!!stem && !ctx.L?.placeHeads.has(stemLow) && words.some((w) => w.startsWith(stem))) || (initials.length >= 2 && words.includes(initials));
}

/** The party's country's name word, less a final vowel, and its initials, as its card says them: per party (its summary alone; asked at each mention). */
const countryWordsMemo = new WeakMap<DatasetEntity, CountryWords>();
interface CountryWords {
  stem: string;
  stemLow: string;
  initials: string;
}
function countryWords(c: DatasetEntity): CountryWords {
  let v = countryWordsMemo.get(c);
  if (!v) {
    const name = / in (?:the )?([^,]+)$/.exec(c.summary ?? '')?.[1] ?? '';
    const country = name.split(' ').pop() ?? '';
    const stem = country.length > 5 ? country.replace(/[aeiouy]$/, '') : country;
    const initials = name.includes(' ') ? name.replace(/\b(?:of|and|the)\b/g, '').replace(/\B\p{L}+|\s+/gu, '') : '';
    countryWordsMemo.set(c, (v = { stem, stemLow: stem.toLowerCase(), initials }));
  }
  return v;
}

/** The ids of the entities some hit names by a name that is no weak alias of theirs: one pass per article (a scan of the hits per party candidate was the linker's slowest test). */
const ownlyMemo = new WeakMap<readonly Hit[], Set<string>>();
function ownlyNamed(hits: readonly Hit[]): Set<string> {
  let ids = ownlyMemo.get(hits);
  if (!ids) {
    ids = new Set();
    for (const x of hits) for (const e of x.candidates) if (!e.weakAliases?.includes(x.key)) ids.add(e.id);
    ownlyMemo.set(hits, ids);
  }
  return ids;
}
