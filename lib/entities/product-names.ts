import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';

/**
 * Of names typed a person's by shape alone, those the article shows a product's: the first word is
 * no given name, and it stands alone elsewhere ("Google Stadia" … "Google") or the last word is
 * written in lower case too ("Pre-Workout Meal" … "meal"). One pass over the tokens for all the
 * names (a pass per name was the person finder's largest loop on long articles).
 */
export function productNames(names: readonly string[], tokens: Token[], L: LexiconSets): Set<string> {
  const out = new Set<string>();
  const byFirst = new Map<string, string[]>(); // first word as written → names
  const byLast = new Map<string, string[]>(); // last word in lower case → names
  let capitalFirsts = true; // (every first word opens with a capital A–Z, so stands only in capitalised tokens: lower-case ones are not looked up)
  for (const name of names) {
    const first = name.slice(0, name.indexOf(' '));
    if (L.givenNames.has(first.toLowerCase())) continue;
    const c = first.charCodeAt(0);
    if (!(c >= 65 && c <= 90)) capitalFirsts = false;
    listed(byFirst, first).push(name);
    listed(byLast, name.slice(name.lastIndexOf(' ') + 1).toLowerCase()).push(name);
  }
  if (!byFirst.size) return out;
  // (Lower-case words are most of the article: a last word's length and first character asked first, no hash of each.)
  const shapes = new Uint8Array(SHAPES);
  for (const w of byLast.keys()) shapes[shapeOf(w)] = 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The last word in lower case: the word as a common noun.
    const low = t.cap || !shapes[shapeOf(t.low)] ? undefined : byLast.get(t.low);
    if (low) for (const n of low) out.add(n);
    // The first word with no capitalised word right after it.
    const first = t.cap || !capitalFirsts ? byFirst.get(t.text) : undefined;
    const next = tokens[i + 1];
    if (first && !(next?.start === t.end + 1 && next.cap)) for (const n of first) out.add(n);
  }
  return out;
}

const SHAPES = 32 * 128;
/** A word's length (modulo 32) and first character (modulo 128), as one number below SHAPES. */
const shapeOf = (w: string): number => ((w.length & 31) << 7) | (w.charCodeAt(0) & 127);

function listed(map: Map<string, string[]>, key: string): string[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** Prefixes after which a capital inside a surname is the name's own ("McDonald", "MacKenzie", "DiCaprio", "LeCun", "LaToya", "DeAndre"). */
const NAME_PREFIX = /^(?:Mc|Mac|Fitz|Van|Von|Ten|Ter|Della|Del|Des|Dos|De|Di|Da|Du|La|Le|Ja|Ke|Ta|Sha|St)(?=\p{Lu})/u;
/** A lower-case letter then a capital: "BrewSense", "JavaScript", "WordPress". */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/** A word with a capital inside it that no naming pattern explains: a brand's ("BrewSense", "DeepSeek"), no person's. */
export const brandCase = (word: string): boolean => INNER_CAPITAL.test(word) && INNER_CAPITAL.test(word.replace(NAME_PREFIX, ''));

/**
 * A word with a common noun's ending, no surname's: "Recommendations", "Officials", "Data Protection Regulation",
 * "Basic Activities" (not "-ship", "-sion" or "-ness" alone: "Blankenship", "Hession", "Guinness").
 */
const COMMON_NOUN = /(?:tions?|sions|ments|ities|nesses|ships|isms?|ology|ologies|ware|ials|ists)(?= |$)/;

/**
 * A name the article's own rules took for a person's that is a product's, a service's or a firm's: its first word is
 * a listed company ("Google Gemini", "Intel Core", "Nissan Leaf", "Microsoft Excel"), or a word of it is in a brand's
 * case ("Braun BrewSense", "Apple CarPlay", "JavaScript"), or a word of it is a common noun ("Expert Recommendations") — unless a given name opens it and is no brand's word
 * ("Chris RuiWen Kuo"). Such a name is dropped, not retyped: a card that is unsure says nothing.
 */
export function productPerson(name: string, L: LexiconSets | null): boolean {
  if (!L) return false;
  // (Asked of a name at each step of both finders: answered once per name and word lists.)
  if (L !== memoL || memo.size > 10_000) [memoL, memo] = [L, new Map()];
  let r = memo.get(name);
  if (r === undefined) memo.set(name, (r = productName(name, L)));
  return r;
}
let memoL: LexiconSets | null = null;
let memo = new Map<string, boolean>();

function productName(name: string, L: LexiconSets): boolean {
  const space = name.indexOf(' ');
  // "Slice Pizza", "Malcolm Smith Motorsports", "Naba Zabih Photography": a business's head word last, whatever opens it.
  if (space > 0 && L.businessHeads.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase())) return true;
  const first = space < 0 ? name : name.slice(0, space);
  const low = first.toLowerCase();
  // (One test over the whole name first: most names have no capital inside a word.)
  const brand = INNER_CAPITAL.test(name) && name.split(' ').some(brandCase);
  if (L.givenNames.has(low) && !(brand && brandCase(first))) return false;
  return brand || COMMON_NOUN.test(name) || (space > 0 && (L.companies.has(low) || L.knownOrgs.has(low)));
}
