import type { EntityResult, Span } from '../types';
import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import type { LowerWords } from './article-words';
import { builtEntity, spansByName } from './built-entity';
import { OverlapIndex } from './overlap';
import { inTitleCaseLine } from './title-case';
import { firstTokenAt, opensSentence } from './name-words';
import { MONTHS, WEEKDAYS } from '../text/words';
import { openerBefore } from './built-org-cut';

/**
 * Names listed with an organisation ("Google and Amazon create …", "they took down Netscape, Suns Systems, MAC and IBM",
 * "Use Travelocity or Expedia", "Fun Fabrics, Walmart, and Interior Mall"): English lists things of one kind together, so a
 * capitalised name of one to three words that no finder typed, joined to an organisation's mention by "and" or "or", or by a
 * comma inside a list that goes on, is an organisation too; a name so found vouches for the next one of the list.
 * Web text names firms nobody's list holds, or whose name is a word, a surname or a place ("Amazon", "Hilton"): alone they
 * stay untyped (a one-word name is no person by this either), beside a firm they are firms.
 * Not a name any finder typed (a person, a place), a given name, a title, a listed place or city, a month or weekday, a word
 * the article writes in lower case ("Microsoft and Windows … windows"), a word opening sentences ("However"), nor in a
 * heading's Title Case line; only where the name's capitalised run ends at the list's joiner (not "Apple Face New" of
 * "Google and Apple Face New Rules"), and not a word of one body's longer name ("U.S. Securities and Exchange Commission").
 * Lists of things name firms' products as often ("AWS, Azure, and GCP"): the organisation beside must be one the dataset or the
 * lists know or its head word names (not one typed by its shape alone, "Apple Watch"), and the name is no firm's name and more
 * words ("Google Search"), nor in a list of tools or before the things it names ("Star Wars movies").
 * (Measured on 974 real texts: 344 names added, none removed; of 30 read, 26 were organisations, 4 products: "AirPods Pro",
 * "Bing", "Proton VPN", "Peacock".)
 */

/** "and" / "or" between two names, a comma before them or not; or a comma alone. */
const JOINER = /^(?:,? and |,? or |, )$/;
const COMMA = ', ';
/** The list goes on after its member: another name after a comma, "and" or "or". */
const LIST_GOES_ON = /^(?:, |,? and |,? or )\p{Lu}/u;
/**
 * ", and" / ", or" join a list's last member only where a comma stood before its first pair as well ("Netscape, Suns Systems, MAC
 * and IBM"); else they join clauses ("most users do n't intend to use Gmail, and Google is n't …").
 */
const SERIAL = /^, (?:and|or) $/;
const COMMA_BEFORE = /, $/;
const AND = ' and ';
const MONTHS_DAYS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()));
const ORG_TYPES: ReadonlySet<string> = new Set(['organization', 'outlet']);
/** A name's word: a capital and letters, digits, an apostrophe, a stop or a hyphen ("Yahoo", "AT&T" is two tokens: not listed). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{N}'\u2019.-]*$/u;
const MAX_WORDS = 3;
/**
 * Things listed, not firms: "tools like …", "apps such as …", "platforms including …", and with a comma before the examples as
 * often ("its own consumer products, such as Google Search, Gmail, and YouTube", "its platforms, including Facebook, … Messenger").
 */
const THINGS_LIST = /\b(?:tools|apps|platforms|software|frameworks|products|devices|games|services|VPNs),?\s+(?:such\s+as|like|including)\s/;
/** A list's member written with "+" joined ("Disney+", "Paramount+"), a streaming service's or a plan's name. */
const PLUS_MEMBER = /\p{L}\+(?:,|\s(?:and|or)\s)/u;
/** A plural noun of things right after the name, which it then qualifies ("Star Wars movies", "Estate brands"). */
const THINGS_AFTER = /^ (?:movies|films|shows|games|products|brands|apps|devices|models|tools)\b/;
/**
 * The rest of a list after a member, up to "brands" ("Kenmore, KitchenAid, Roper, and Estate brands"): the noun after the last
 * member qualifies every one of them, which are brands' names, not firms'. (Not "movies", "games": "Disney, Pixar, Marvel, and Star
 * Wars movies" names the studios that make them.)
 */
const LIST_THEN_BRANDS = /^(?:(?:,? (?:and|or) |, )\p{Lu}[\p{L}\p{N}'\u2019-]*(?: \p{Lu}[\p{L}\p{N}'\u2019-]*){0,2})+ brands\b/u;
/**
 * A person's role right after the organisation: the organisation qualifies a person there, and the list is one of people ("Oscar
 * Robertson, Russell Westbrook, Lakers great Magic Johnson and Lakers assistant coach Jason Kidd").
 */
const ROLE_AFTER =
  /^ (?:great|legend|star|player|coach|assistant|captain|manager|striker|forward|guard|defender|goalkeeper|teammate|founder|co-founder|chief|executive|spokesman|spokeswoman|spokesperson|analyst|owner|president|chairman|chairwoman|boss|veteran|rookie)\b/;
/** Abbreviations of Latin phrases, which open a list of examples ("E.g., Facebook, Twitter"). */
const ABBREVIATION = /^(?:e\.g|i\.e|etc|viz|cf)$/;

const WHY = 'article-built: a name listed with an organisation (“Google and Amazon”, “Netscape, Suns Systems, MAC and IBM”)';

/** Article-built organisations for the names listed with the organisations of `entities` (none overlapping any mention found). */
export function firmsAlongside(text: string, tokens: Token[], entities: readonly EntityResult[], L: LexiconSets, lower: LowerWords): EntityResult[] {
  const anchors: Span[] = [];
  const mentions: Span[] = [];
  for (const e of entities) {
    for (const m of e.mentions) mentions.push(m);
    if (ORG_TYPES.has(e.type) && knownFirm(e, L)) for (const m of e.mentions) anchors.push(m);
  }
  if (!anchors.length) return [];
  // The organisations' one-word names in lower case ("Google"), whose name with more words after it is a product's.
  const firmNames = new Set<string>();
  for (const a of anchors) if (!text.slice(a.start, a.end).includes(' ')) firmNames.add(text.slice(a.start, a.end).toLowerCase());
  const blocked = new OverlapIndex(mentions);
  const added: Span[] = [];
  const free = (s: Span) => !blocked.overlaps(s) && !added.some((a) => a.start < s.end && s.start < a.end);
  const take = (c: Span) => {
    added.push(c);
    anchors.push(c); // (a name so found vouches for the next of its list)
  };
  for (let q = 0; q < anchors.length && q < 400; q++) {
    const a = anchors[q]!;
    const i = skipJoiner(tokens, firstTokenAt(tokens, a.end), 1);
    if (i < tokens.length) {
      const c = listedAfter(text, tokens, i, a, L, lower, firmNames);
      if (c && free(c)) take(c);
    }
    const j = skipJoiner(tokens, firstTokenAt(tokens, a.start) - 1, -1);
    if (j >= 0) {
      const c = listedBefore(text, tokens, j, a, L, lower, firmNames);
      if (c && free(c)) take(c);
    }
  }
  return [...spansByName(text, added)].map(([name, spans]) => builtEntity(name, 'organization', spans, WHY, 'Organisation'));
}

/** Past "and" or "or" (a token of their own) from token k, in the direction `step`. */
function skipJoiner(tokens: Token[], k: number, step: 1 | -1): number {
  const t = tokens[k];
  return t && (t.low === 'and' || t.low === 'or') ? k + step : k;
}

/**
 * An organisation the dataset or the lists know, or one named by its head word ("Suns Systems", "Fair Housing Council"): not
 * a name typed by its shape alone, which may be a product ("Apple Watch"), and whose list mates then are products too.
 */
function knownFirm(e: EntityResult, L: LexiconSets): boolean {
  if (e.fromDataset) return true;
  const low = e.name.toLowerCase();
  return L.knownOrgs.has(low) || L.companies.has(low) || L.orgHeads.has(low.slice(low.lastIndexOf(' ') + 1));
}

/** Tokens k and k + 1 are two words of one capitalised run: one space apart, the second a name's word. */
const sameRun = (text: string, tokens: Token[], k: number) =>
  k >= 0 && k + 1 < tokens.length && tokens[k + 1]!.start - tokens[k]!.end === 1 && text[tokens[k]!.end] === ' ' && NAME_WORD.test(tokens[k + 1]!.text);

/** The name right after the anchor `a` and its joiner (tokens from `i`), or null. */
function listedAfter(text: string, tokens: Token[], i: number, a: Span, L: LexiconSets, lower: LowerWords, firmNames: ReadonlySet<string>): Span | null {
  const gap = text.slice(a.end, tokens[i]!.start);
  if (!JOINER.test(gap) || !NAME_WORD.test(tokens[i]!.text)) return null;
  let k = i;
  while (k - i + 1 < MAX_WORDS && sameRun(text, tokens, k)) k++;
  if (sameRun(text, tokens, k)) return null; // (the run goes on: a longer name, or a heading)
  const span = { start: tokens[i]!.start, end: tokens[k]!.end };
  // (A comma alone joins list members only where the list goes on past this one.)
  if (gap === COMMA && !LIST_GOES_ON.test(text.slice(span.end, span.end + 8))) return null;
  if (SERIAL.test(gap) && !COMMA_BEFORE.test(text.slice(Math.max(0, a.start - 2), a.start))) return null;
  // ("Department of Housing and Urban Development": one body's name goes on past "and".)
  if (gap === AND && text.slice(a.start, a.end).includes(' of ')) return null;
  return nameOk(text, tokens, i, k, span, L, lower, firmNames) ? span : null;
}

/** The name right before the anchor `a` and its joiner (its last token `j`), or null. */
function listedBefore(text: string, tokens: Token[], j: number, a: Span, L: LexiconSets, lower: LowerWords, firmNames: ReadonlySet<string>): Span | null {
  const gap = text.slice(tokens[j]!.end, a.start);
  if (!JOINER.test(gap) || !NAME_WORD.test(tokens[j]!.text)) return null;
  if (ROLE_AFTER.test(text.slice(a.end, a.end + 16))) return null;
  let k = j;
  while (j - k + 1 < MAX_WORDS + 1 && sameRun(text, tokens, k - 1) && NAME_WORD.test(tokens[k - 1]!.text)) k--;
  if (sameRun(text, tokens, k - 1) && NAME_WORD.test(tokens[k - 1]!.text)) return null; // (the run starts further back: a longer name)
  // Words that open sentences are no part of the name ("Both Amazon and Google"), nor an everyday word capitalised only as the
  // sentence's first ("Use Travelocity or Expedia").
  while (k < j && (L.lead.has(tokens[k]!.low) || (L.everyday.has(tokens[k]!.low) && opensSentence(text, tokens[k]!.start)))) k++;
  if (j - k + 1 > MAX_WORDS) return null;
  const span = { start: tokens[k]!.start, end: tokens[j]!.end };
  if (gap === COMMA && !LIST_GOES_ON.test(text.slice(a.end, a.end + 8))) return null;
  if (SERIAL.test(gap) && !COMMA_BEFORE.test(text.slice(Math.max(0, span.start - 2), span.start))) return null;
  // ("the Tawhid and Jihad Group", "U.S. Securities and Exchange Commission": one body's name, its head word last.)
  if (gap === AND && text.slice(a.start, a.end).includes(' ')) return null;
  return nameOk(text, tokens, k, j, span, L, lower, firmNames) ? span : null;
}

/** Tokens from..to (inclusive) may name a firm: no word of another kind, none the article writes in lower case, no heading. */
function nameOk(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  span: Span,
  L: LexiconSets,
  lower: LowerWords,
  firmNames: ReadonlySet<string>,
): boolean {
  const low = text.slice(span.start, span.end).toLowerCase();
  if (L.knownPlaces.has(low) || L.cities.has(low) || L.usStates.has(low) || (from === to && L.givenNames.has(low))) return false;
  // A firm's name and more words name its product ("Google Search", "Microsoft Azure", "Apple TV"), not another firm.
  if (to > from && (L.knownOrgs.has(tokens[from]!.low) || L.companies.has(tokens[from]!.low) || firmNames.has(tokens[from]!.low))) return false;
  for (let k = from; k <= to; k++) {
    const w = tokens[k]!.low.replace(/[.'\u2019]+$/u, '');
    if (ABBREVIATION.test(w)) return false; // ("E.g., Facebook, Twitter")
    if (w.length < 2 || L.lead.has(w) || L.titles.has(w) || MONTHS_DAYS.has(w) || lower.has(w)) return false;
  }
  // Not a list of things ("tools like Asana and Trello"), nor a name before the things it names ("Star Wars movies").
  // Nor a longer name's tail ("Royal [Caribbean Cruise Lines]"; built-org-cut.ts).
  if (openerBefore(text, span.start)) return false;
  if (THINGS_AFTER.test(text.slice(span.end, span.end + 12)) || LIST_THEN_BRANDS.test(text.slice(span.end, span.end + 120))) return false;
  const lead = text.slice(Math.max(0, span.start - 160), span.start);
  const sentence = lead.slice(Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('\n')) + 1);
  if (THINGS_LIST.test(sentence)) return false;
  // ("Netflix, Disney+, Hulu, HBO Max, Paramount+": a member written with "+" makes the list one of services; built-org-usage.ts.)
  if (PLUS_MEMBER.test(sentence) || PLUS_MEMBER.test(text.slice(span.end, span.end + 80).split(/\. |\n/)[0]!)) return false;
  return !inTitleCaseLine(text, span);
}
