import type { EntityResult, Span } from '../types';
import type { LexiconSets } from './lexicon-sets';
import { builtEntity, spansByName } from './built-entity';
import { OverlapIndex } from './overlap';
import { KIN_ADDRESS } from '../text/words';

/**
 * Shops, restaurants and small firms named by their owner's possessive and a trade's noun: "Joe's Pizza", "Cheever's Cafe",
 * "Gold's Gym", "Cattlemen's Steakhouse", "Burch's Karate" (and tokenised web text's "Ray 's Pizza"). The name is the firm's,
 * the possessive inside it (as UNER's web text annotates it: uner-ewt dev's "Ray 's Pizza", "Burch 's Karate"); before, the
 * apostrophe split the name and nothing was found, or the owner's word alone was read as a person.
 * Only where the capitalised words after the possessive end in the trade's noun ("Beginner's Gym Guide" is a heading), and
 * not where the owner is a place, a known organisation or a name the dataset linked ("London's Tech Week", "Google's Play
 * Store", "Apple's App Store" are theirs, not shops), nor a kind of people ("Women's Apparel", "Children's Kitchen").
 */

/** A capitalised word of a name ("Ray", "O'Hara", "Mary-Kate"). */
const WORD = String.raw`\p{Lu}[\p{Ll}'\u2019-]*\p{Ll}`;
/** One to three capitalised words after the possessive, to their end. */
const NAME_AFTER = /^ ((?:\p{Lu}[\p{L}-]* ){0,2}\p{Lu}[\p{L}-]*)(?![\p{L}\p{N}'\u2019-])/u;
/** The name goes on after its last word ("Pizza Kitchen Yet …" read as one run; "Hell's Kitchen French-American"): no shop's end there. */
const NAME_GOES_ON = /^ ?(?:&|\p{Lu})/u;
/** Nouns of shops, venues and trades that end an owner's shop's name (not "Energy", "Store": "Europe's Energy", "Google's Play Store"). */
const SHOP_HEADS: ReadonlySet<string> = new Set(
  (
    'pizza pizzeria bakery bakeshop cafe café coffeehouse restaurant grill bistro diner deli delicatessen eatery tavern pub bar saloon ' +
    'cantina taqueria steakhouse smokehouse creamery kitchen bbq barbecue salon barbershop spa gym karate dojo tire tires towing ' +
    'cleaners movers plumbing roofing automotive garage florist jewelers boutique emporium shoppe laundromat'
  ).split(' '),
);
/**
 * Owners that are kinds of people ("Women's Apparel", "Men's Grooming") or no one's ("Hell's Kitchen" is a neighbourhood of
 * Manhattan, real pages wcxb-4340; "Devil's Kitchen", "Nature's Kitchen").
 */
const NO_OWNER = new Set(
  'men women children kids people girls boys ladies gentlemen mothers fathers babies farmers workers veterans hell heaven devil god nature world earth'.split(
    ' ',
  ),
);

/**
 * A possessive that owns nothing after "at", "to" or "from" ("dined at Cattlemen’s.", "a tribute to Nando's, and", tokenised
 * "eat at Sprecher 's ."): the shop is named by it, possessive and all (uner-ewt test half A's "Sprecher 's"). not-people.ts keeps
 * it from being read as a person; this names the shop. Not after a given name or a kin word ("at John's for dinner", "at Mom's":
 * a home), nor "and"/"or" after it ("map to Google’s and Meta’s fields" owns what follows).
 */
const AT_BEFORE = /(?:^|[^\p{L}\p{N}])(?:at|to|from) $/u;
const OWNS_NOTHING = /^(?:[ \t]*(?:[.,;:!?)]|\n|$)|\s+(?:for|on|at|in|with|near|tonight|today|yesterday)\b)/;
/** What a family calls its own ("at Mom's", "to Grandpa's"): a home, no shop. */
const HOME_OWNERS: ReadonlySet<string> = new Set('mom mum mommy mummy ma dad daddy pa papa mama grandad granddad grandmother grandfather'.split(' '));
/** A word in lower case right after a possessive ("Ray's pizza"). */
const LOWER_WORD = /^ (\p{Ll}+)(?![\p{L}\p{N}])/u;

const WHY = 'article-built: a shop named by its owner’s possessive (“Joe’s Pizza”, “Gold’s Gym”, “dined at Cattlemen’s”)';

/** A possessive of one or two capitalised words: where its owner starts, its first word's end, where the owner ends and where the "'s" ends. */
interface Possessive {
  start: number;
  firstEnd: number;
  ownerEnd: number;
  end: number;
}

/** Every possessive of capitalised words in the text, in order. */
function possessives(text: string): Possessive[] {
  const out: Possessive[] = [];
  // (indexOf for the two apostrophes and a walk back over the owner's letters, not regexes over the text: "it's", "that's"
  // are most possessives of a page, and a regex read back from each cost the real pages a tenth of the whole analysis.)
  let straight = text.indexOf("'s");
  let curly = text.indexOf('\u2019s');
  while (straight >= 0 || curly >= 0) {
    const at = straight >= 0 && (curly < 0 || straight < curly) ? straight : curly;
    if (at === straight) straight = text.indexOf("'s", at + 2);
    else curly = text.indexOf('\u2019s', at + 2);
    if (WORD_CHAR.test(text.charAt(at + 2))) continue;
    const ownerEnd = at - (text.charCodeAt(at - 1) === 32 ? 1 : 0);
    const last = wordStart(text, ownerEnd);
    if (last < 0) continue;
    const first = text.charCodeAt(last - 1) === 32 ? wordStart(text, last - 1) : -1;
    const start = first >= 0 ? first : last;
    if (OWNER_STOP.test(text.charAt(start - 1))) continue;
    out.push({ start, firstEnd: first >= 0 ? last - 1 : ownerEnd, ownerEnd, end: at + 2 });
  }
  return out;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Letters of a name's word, apostrophes and hyphens inside it. */
const IN_WORD = /[\p{L}'\u2019-]/u;
/** IN_WORD.test(text.charAt(i)) (c: its code), by code below U+0080. */
const inWord = (c: number, text: string, i: number): boolean =>
  c < 128 ? c === 39 || c === 45 || ((c | 32) >= 97 && (c | 32) <= 122) : IN_WORD.test(text.charAt(i));
/** Before the owner: no "&" ("Marks & Spencer's") nor a stop ("Amazon.com's"). */
const OWNER_STOP = /[&.\p{N}]/u;
const NAME_WORD = new RegExp(`^${WORD}$`, 'u');

/** The start of the capitalised word of a name that ends at `end`, or -1. */
function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < 24 && inWord(text.charCodeAt(i - 1), text, i - 1)) i--;
  return i < end && NAME_WORD.test(text.slice(i, end)) ? i : -1;
}

/** Article-built organisations for the shops so named, none overlapping what the dataset linked (`entities`). */
export function possessiveShops(text: string, entities: readonly EntityResult[], L: LexiconSets): EntityResult[] {
  const all = possessives(text);
  if (!all.length) return [];
  const spans: Span[] = [];
  const owners = new Set<string>();
  for (const p of all) {
    const rest = NAME_AFTER.exec(text.slice(p.end, p.end + 64));
    if (!rest || !SHOP_HEADS.has(rest[1]!.slice(rest[1]!.lastIndexOf(' ') + 1).toLowerCase())) continue;
    const end = p.end + rest[0].length;
    if (NAME_GOES_ON.test(text.slice(end, end + 2))) continue;
    // The owner: a two-word owner only from a given name ("Mary Eddy's Kitchen"); else its last word ("At Gold's Gym").
    const two = p.firstEnd < p.ownerEnd;
    const fromGiven = two && L.givenNames.has(text.slice(p.start, p.firstEnd).toLowerCase());
    if (fromGiven && rest[1]!.includes(' ')) continue; // (A person's full name owns a named firm: "Roy Choi's Kogi BBQ truck".)
    const start = two && !fromGiven ? p.firstEnd + 1 : p.start;
    const owner = text.slice(start, p.ownerEnd);
    if (!shopOwner(owner, L)) continue;
    spans.push({ start, end });
    if (!owner.includes(' ')) owners.add(owner);
  }
  for (const p of all) {
    // The owner's possessive elsewhere names the same shop ("Britt's Pizza is long gone … at former Britt's Location"), no person —
    // with the trade's noun in lower case, the name whole again ("Ray's Pizza is too good … Ray's pizza: my favourite").
    const last = p.firstEnd < p.ownerEnd ? p.firstEnd + 1 : p.start;
    if (owners.size && owners.has(text.slice(last, p.ownerEnd))) {
      const noun = LOWER_WORD.exec(text.slice(p.end, p.end + 16));
      const whole = noun && SHOP_HEADS.has(noun[1]!) && !NAME_GOES_ON.test(text.slice(p.end + noun[0].length, p.end + noun[0].length + 2));
      spans.push({ start: last, end: p.end + (whole ? noun[0].length : 0) });
      continue;
    }
    // After "at", "to", "from", owning nothing. (A word that opens sentences is no part of the owner: "went to The Brackley's".)
    let start = p.start;
    if (p.firstEnd < p.ownerEnd && L.lead.has(text.slice(start, p.firstEnd).toLowerCase())) start = p.firstEnd + 1;
    if (!AT_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || !OWNS_NOTHING.test(text.slice(p.end, p.end + 16))) continue;
    const owner = text.slice(start, p.ownerEnd);
    const first = owner.split(' ', 1)[0]!.toLowerCase();
    if (L.givenNames.has(first) || L.kin.has(first) || KIN_ADDRESS.has(first) || HOME_OWNERS.has(first) || !shopOwner(owner, L)) continue;
    spans.push({ start, end: p.end });
  }
  if (!spans.length) return [];
  // (In text order, the first of two that overlap kept.)
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const taken = new OverlapIndex(entities.flatMap((e) => e.mentions));
  const kept: Span[] = [];
  for (const s of spans) if (!taken.overlaps(s) && !(kept.length && kept[kept.length - 1]!.end > s.start)) kept.push(s);
  return [...spansByName(text, kept)].map(([name, found]) => builtEntity(name, 'organization', found, WHY, 'Organisation'));
}

/** The possessive's owner may own a shop: no kind of people nor no one, no place, no known organisation or company, no word that opens sentences. */
function shopOwner(owner: string, L: LexiconSets): boolean {
  const low = owner.toLowerCase();
  return !(NO_OWNER.has(low) || L.lead.has(low) || L.knownPlaces.has(low) || L.knownOrgs.has(low) || L.companies.has(low) || L.usStates.has(low));
}
