import { ENGLISH_FUNCTION_WORDS } from '../text/english';
import { OFFER_HEADS, TRADE_HEADS } from '../text/name-lexicon';
import { FACILITY_HEADS } from '../text/words';
import { buildingAsVenue } from './building-venue';
import { SPEECH_VERB_FORMS } from '../text/speech-verbs';
import type { EntityResult, Span } from '../types';
import type { ArticleWords } from './article-words';
import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { isNameWord, opensSentence } from './name-words';

/**
 * Shapes of names that the name finder (other-names.ts) reads beside head words: a firm's legal
 * form after its name, "and" inside an institution's "of" part, a region's name used as an adjective or a title;
 * and a storm's name, which the person finder took for a person's.
 */

/** A legal form after a name, with its comma and full stop: "Google, Inc.", "CCNG, Inc.", "Acme Ltd", "Quist LLP", "Zelvan, L.P.". */
const FORM_AFTER = /^,? (?:(?:Inc|Ltd|LLC|LLP|Corp|PLC|plc|GmbH)\b\.?|(?:S\.A|N\.V|L\.P)\.(?![\p{L}\p{N}]))/u;
/** Legal forms written short, whose full stop belongs to the name ("Enron Corp.", "Smith & Co.", "Zelvan Gases Pvt."). */
const SHORT_FORMS: ReadonlySet<string> = new Set(['inc', 'corp', 'ltd', 'co', 'bros', 'pvt', 'pty']);
/** A second legal form after the first: "Nintendo Co., Ltd.", "Zelvan Gases Pvt. Ltd.", "ZELVAN PTY LTD". */
const FORM_TAIL = /^,? (?:Ltd|LTD|Limited|LIMITED)\b\.?/;
/** `at` past a second legal form after the first, if one follows. */
function formTail(text: string, at: number): number {
  const m = FORM_TAIL.exec(text.slice(at, at + 10));
  return m ? at + m[0].length : at;
}

/**
 * The end of a firm's name with its legal form — past ", Inc." after it, or past the full stop of a
 * last "Corp" — or -1 when none follows (nor for a legal form standing alone). `ws` are the name's words in lower case.
 */
export function firmEnd(text: string, end: number, ws: string[]): number {
  const last = ws[ws.length - 1]!;
  if (ws.length === 1 && (SHORT_FORMS.has(last) || FORMS.has(last))) return -1;
  const c = text.charCodeAt(end);
  if (c === 46) return SHORT_FORMS.has(last) ? formTail(text, end + 1) : -1;
  if (c !== 44 && c !== 32) return -1;
  const m = FORM_AFTER.exec(text.slice(end, end + 8));
  return m ? formTail(text, end + m[0].length) : -1;
}
const FORMS: ReadonlySet<string> = new Set(['llc', 'llp', 'plc', 'gmbh']);
/** A legal form, as a name's last word in lower case ("Reliable Movers LLC", "Acme Corp"). */
export const legalForm = (w: string): boolean => SHORT_FORMS.has(w) || FORMS.has(w);

/**
 * "and" at token i of a run joins two halves of one institution's name when the half before it is
 * "<institution> of …" or "<institution> for …" ("Department of Housing and Urban Development", "Ministry of Trade and
 * Industry", "School of Industrial and Systems Engineering", "Agency for Healthcare Research and Quality") and one to three capitalised words
 * follow to the end of the run (or an "in"), none an institution of its own ("Department of Justice and FBI",
 * "Ministry of Defence and Foreign Ministry", "Journal of Accountancy and The Tax Adviser" are two).
 */
export function andInsideOf(seg: Token[], ts: Token[], i: number, L: LexiconSets): boolean {
  if (ts[i]!.text !== 'and') return false;
  let of = -1;
  for (let k = seg.length - 1; k > 0; k--) if (seg[k]!.text === 'of' || seg[k]!.text === 'for') of = k;
  if (of < 1) return false;
  const head = seg[of - 1]!.low;
  if (!L.orgHeads.has(head) && !L.orgLeads.has(head) && !institutionHead(head, L)) return false;
  // (To the run's end or an "in" after the name: "… Control and Prevention in Atlanta".)
  let end = i + 1;
  while (end < ts.length && ts[end]!.cap) end++;
  const rest = end - i - 1;
  if (rest < 1 || rest > 3 || (end < ts.length && ts[end]!.text !== 'in')) return false;
  for (let k = i + 1; k < end; k++) {
    const t = ts[k]!;
    if (t.low === 'the' || L.orgLeads.has(t.low) || /^[A-Z]{2,}$/.test(t.text)) return false;
  }
  return true;
}

/** An institution's head word, not an offer's ("Center", "Agency", not "Services", "Solutions"). */
export const institution = (w: string, L: LexiconSets): boolean => L.orgHeads.has(w) && !OFFER_HEADS.has(w);

/** Offer heads that name a field of work or what a firm sells as often as a firm ("Risk Management", "Cleaning Services"). */
const FIELD_HEADS: ReadonlySet<string> = new Set(['management', 'consulting', 'services', 'solutions', 'systems']);

/**
 * A field of work or an offer, not a firm: a field's head after words that are all everyday English words, one of which the
 * article also writes in lower case ("Risk Management" where it speaks of risk, "House Cleaning Services", "Data Storage
 * Solutions"); a word of the firm's own keeps a name ("Velmoran Asset Management"), and so does an everyday word the article
 * never writes in lower case (a firm's name in a list of firms).
 */
export function fieldOfWork(ws: string[], L: LexiconSets, words: ArticleWords): boolean {
  if (ws.length < 2 || !FIELD_HEADS.has(ws[ws.length - 1]!)) return false;
  let lower = false;
  for (let i = 0; i < ws.length - 1; i++) {
    if (!L.everyday.has(ws[i]!)) return false;
    lower ||= words.writtenLower(ws[i]!);
  }
  return lower;
}

/**
 * An institution's head word or its plural, where the name goes on after it ("Centers for Disease Control", "National Institutes
 * of Health", "Law Offices of …"; alone a plural is as often a kind: "Data Centers", "Golf Clubs").
 */
export const institutionHead = (w: string, L: LexiconSets): boolean =>
  institution(w, L) || (w.endsWith('ies') ? institution(w.slice(0, -3) + 'y', L) : w.endsWith('s') && institution(w.slice(0, -1), L));

/**
 * The span's text ends in an institution's or a building's head word ("… Action Center", "Imperial War Museum", "Symphony
 * Auditorium", "Royal Festival Hall"): an event word inside it names no event.
 */
export const endsInOrgHead = (ws: string[], L: LexiconSets): boolean =>
  ws.length >= 2 && (L.orgHeads.has(ws[ws.length - 1]!) || FACILITY_HEADS.has(ws[ws.length - 1]!));

/** Prepositions of where one is, before a building's name ("by Civic Center", "at Barclays Center"); not "to" or "from" ("donated to …"). */
const AT_VENUE: ReadonlySet<string> = new Set(['at', 'by', 'near', 'outside', 'inside', 'behind', 'opposite']);
/**
 * "right by Civic Center", "the game at Barclays Center", "July 3 @ Xfinity Center": a name of two or three words ending in "Center" or
 * "Centre", right after a preposition of where one is with no article between, is the building (UNER's LOC covers facilities), not a
 * body: a body's centre takes "the" ("a fellow at the Wilson Center", "the US National Hurricane Center") or says what for ("Center
 * for …"). An organisation's head word otherwise (lexicon.orgHeads).
 */
export function centreAsVenue(text: string, start: number, ws: string[], before: string | null, L: LexiconSets): boolean {
  if (buildingAsVenue(text, start, ws, L)) return true; // ("at Canterbury Cathedral", "Staff at the Louvre Museum": building-venue.ts)
  const last = ws[ws.length - 1]!;
  if ((last !== 'center' && last !== 'centre') || ws.length > 3 || ws.includes('of') || ws.includes('for')) return false;
  return before !== null ? AT_VENUE.has(before) : text.slice(Math.max(0, start - 2), start) === '@ ';
}

/**
 * A name of two words or more that its head words make a place's: a place's head last or before "of" ("Danube Delta", "Gulf of
 * …"), a place's lead or a qualifier first ("Lake …", "North …"), or a building's head last ("Orchestra Hall", "Wembley Stadium").
 * A qualifier first makes no place before everyday words the article writes in lower case (qualifiedPhrase).
 * Not for a building's head after a given name or an initial ("Stuart Hall", "Taras K. Castle": people the person finders did not
 * take), nor after a word the article writes in lower case: a product's or a dish's kind ("Portable Power Station", "Dip Station",
 * "Pasta Station", "Vegetable Gardens").
 */
export function placeByHeads(seg: Token[], ws: string[], beforeOf: string, L: LexiconSets, words: ArticleWords): boolean {
  const first = ws[0]!;
  const last = ws[ws.length - 1]!;
  // ("Strip" names a place after a place's own word only: "the Gaza Strip", "the Las Vegas Strip"; not "the Comic Strip".)
  if (last === 'strip') return ws.length > 1 && !L.everyday.has(ws[ws.length - 2]!);
  // (A trade's noun last names the firm, whatever place opens it: "Gulf Coast Siding", "North Shore Plumbing"; org-spans.ts tradeName.)
  if (TRADE_HEADS.has(last)) return false;
  if (L.placeHeads.has(last) || L.placeLeads.has(first) || L.placeHeads.has(beforeOf)) return true;
  if (L.qualifiers.has(first)) return !qualifiedPhrase(ws, L, words);
  if (!FACILITY_HEADS.has(last) || L.givenNames.has(first) || !CAPITAL_FIRST.test(seg[0]!.text) || words.writtenLower(ws[ws.length - 2]!)) return false;
  for (const t of seg) if (INITIAL_WORD.test(t.text)) return false;
  return true;
}
const INITIAL_WORD = /^\p{Lu}\.?$/u;

/**
 * A qualifier before everyday words, one of which the article also writes in lower case, is an adjective before a noun in a
 * heading or a list ("New Builds", "New Hardware", "Little Screens", "Lower Pay" where the article speaks of builds, hardware,
 * screens, pay): no place's name. A word of the place's own ("New Guinea", "Little Rock" where no rock is spoken of) or a second
 * qualifier ("Greater East End") keeps it a place.
 */
function qualifiedPhrase(ws: string[], L: LexiconSets, words: ArticleWords): boolean {
  let lower = false;
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i]!;
    if (!L.everyday.has(w) || L.qualifiers.has(w)) return false;
    lower ||= words.writtenLower(w);
  }
  return lower;
}
/** A capital letter first ("9/11 Memorial" cut to "11 Memorial" is no name). */
const CAPITAL_FIRST = /^\p{Lu}/u;

/** Adjective endings of regions' names ("Mediterranean", "Pacific", "Caribbean", "Arctic"). */
const ADJECTIVAL = /(?:an|ic)$/;
/** The lower-case word right after (a module constant: a \p regex literal in a function is rebuilt per call under tsx). */
const WORD_AFTER = /^ (\p{Ll}+)/u;
/**
 * A region's name used as something else: an adjective before a noun ("Mediterranean diet",
 * "Pacific coast"; "the Mediterranean and …" is the sea), or a title after a capitalised "The"
 * mid-sentence ("in The Atlantic": the magazine).
 */
export function regionAsOther(text: string, start: number, end: number, low: string): boolean {
  if (text.slice(Math.max(0, start - 4), start) === 'The ' && !opensSentence(text, start - 4)) return true;
  if (!ADJECTIVAL.test(low)) return false;
  const m = WORD_AFTER.exec(text.slice(end, end + 20));
  return !!m && !ENGLISH_FUNCTION_WORDS.has(m[1]!);
}

/** A storm's name after its kind ("Hurricane Katrina", "Typhoon Haiyan", "Storm Ciara"). */
const STORM = /\b(?:Hurricane|Typhoon|Cyclone|Storm|Superstorm)\s+(\p{Lu}[\p{Ll}\p{M}]+)/gu;
const STORM_WORD = /^(?:Hurricane|Typhoon|Cyclone|Storm|Superstorm)$/;

/** People found by the article who are its storms: "Hurricane Rita threatened …", then "Rita packed winds of 240 km/h". */
export function withoutStorms(text: string, people: EntityResult[]): EntityResult[] {
  // (Four plain searches, not a regex alternation tried at every character of the article.)
  if (!people.length || !(text.includes('Hurricane') || text.includes('Typhoon') || text.includes('Cyclone') || text.includes('Storm'))) return people;
  const storms = new Set<string>();
  for (const m of text.matchAll(STORM)) storms.add(m[1]!);
  if (!storms.size) return people;
  return people.filter((e) => {
    const words = e.name.split(' ');
    return !(storms.has(words[words.length - 1]!) && (words.length === 1 || STORM_WORD.test(words[0]!)));
  });
}

/**
 * "_" or "@" right after the word, or "@" before it: a file's, an address's or a handle's part ("Lisa_resume.doc",
 * "Warner@ENRON", "@JaneDoe"). ("_" before it separates credits: "Composer_Kim Cheol Hwan".)
 */
const glued = (text: string, m: Span): boolean => {
  const a = text.charCodeAt(m.end);
  return a === 95 || a === 64 || text.charCodeAt(m.start - 1) === 64;
};

/** Names the article built, less the mentions glued into file names, e-mail addresses and handles (in place; dataset links stay). */
export function dropGlued(text: string, entities: EntityResult[]): void {
  for (let i = entities.length - 1; i >= 0; i--) {
    const e = entities[i]!;
    if (e.fromDataset || !e.mentions.some((m) => glued(text, m))) continue;
    e.mentions = e.mentions.filter((m) => !glued(text, m));
    if (!e.mentions.length) entities.splice(i, 1);
  }
}

/** Determiners and possessives, before which a name-shaped phrase is a thing's ("a Master Firm contract", "our Gas Desk", "my Toyota Venza"). */
export const DETERMINERS: ReadonlySet<string> = new Set('a an our my your their its his her this that these those'.split(' '));
const NEXT_WORD = /^ (\p{Ll}+)\b/u;
const QUESTION_BEFORE = /\b(?:would|will|can|could|did|does|do|should|shall|may|might|must)\s$/i;
const AUXILIARIES: ReadonlySet<string> = new Set('would will can could did does do should shall may might must'.split(' '));
/**
 * The run of ASCII letters before the white space right before `at`, inside QUESTION_BEFORE's slice of 8, is one of its auxiliaries
 * in any case, as in every match (asked first: the pattern is tried from every character of its slice, for most names in the text).
 */
function auxiliaryBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - 8);
  const e = at - 1;
  const c = text.charCodeAt(e);
  if (e < from || !(c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/.test(text[e]!)))) return false;
  let i = e;
  while (i > from && (text.charCodeAt(i - 1) | 32) >= 97 && (text.charCodeAt(i - 1) | 32) <= 122) i--;
  return AUXILIARIES.has(text.slice(i, e).toLowerCase());
}
/** Auxiliaries, pronouns, adverbs, prepositions and irregular past tenses that follow a name ("Faith Kipyegon broke the record", "Lee Harvey Oswald around …"). */
const NO_NOUN: ReadonlySet<string> = new Set(
  (
    'did does do can could will would shall should may might must also then still never just who whom whose when where while after ' +
    'both her him them us me each alone himself herself until since because before unless though more less than too so very much really even ' +
    'around about over under through across against among between without within along behind beyond near into onto upon toward towards via per despite during ' +
    'broke hit ran set put cut made gave got came saw knew held kept sent built bought brought paid thought felt found stood sat fell rose drove flew threw drew chose stole wore beat ate sold shot struck caught fought sought bid let'
  ).split(' '),
);

/**
 * A lower-case noun right after the name, which the name qualifies ("Sand Hill park", "Yves Saint Laurent fragrance",
 * "London St Pancras station"): a word that is no function word, no auxiliary, no verb form the word lists know
 * and has no ending of a verb or an adverb (-s, -ed, -ing, -ly).
 */
export function nounAfter(text: string, start: number, end: number, L: LexiconSets): boolean {
  const m = NEXT_WORD.exec(text.slice(end, end + 24));
  // (After an auxiliary the name is a question's subject and its verb is bare: "Would Tavish Orlund agree …?")
  if (!m || (auxiliaryBefore(text, start) && QUESTION_BEFORE.test(text.slice(Math.max(0, start - 8), start)))) return false;
  const w = m[1]!;
  return !ENGLISH_FUNCTION_WORDS.has(w) && !NO_NOUN.has(w) && !L.lifeVerbs.has(w) && !SPEECH_VERB_FORMS.has(w) && !/(?:s|ed|ing|ly)$/.test(w);
}

/** The token at k stands right after a name word ("Star Trek" after "Star Trek film" was no person): no surname of a person named earlier. */
export const afterNameWord = (tokens: Token[], k: number): boolean => k > 0 && tokens[k]!.start - tokens[k - 1]!.end === 1 && isNameWord(tokens[k - 1]!);

/**
 * Adjective and demonym endings ("Christian scholars", "Macedonian king"): /(?:ian|ean|ese|ish|ic|an|ist|ite|ine|ern|i)$/ ("ian"
 * and "ean" end in "an"), read by character code (a regex ending in "$" is tried at every character of the word).
 */
export function adjectiveEnd(w: string): boolean {
  const n = w.length;
  const z = w.charCodeAt(n - 1);
  if (z === 105) return true; // i
  if (n < 2) return false;
  const y = w.charCodeAt(n - 2);
  if (z === 99) return y === 105; // ic
  if (y === 97) return z === 110; // an
  if (n < 3) return false;
  const x = w.charCodeAt(n - 3);
  if (z === 110) return y === 114 && x === 101; // ern
  if (z === 101) return (y === 115 && x === 101) || (y === 116 && x === 105) || (y === 110 && x === 105); // ese, ite, ine
  if (z === 104 || z === 116) return y === 115 && x === 105; // ish, ist
  return false;
}
