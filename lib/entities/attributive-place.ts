/**
 * A one-word place's name used as the modifier of a lower-case common noun ("an Arkansas stone", "Damascus steel", "two
 * California sea lions", "its new Montana tote", "outgrown Liverpool shirts") names a product, a material, a species, a
 * style or a team as often as the place: each unseen set of trap sentences brought goods nouns no black-list had
 * (place-goods.ts, place-terms.ts, thing-ends.ts and named-after.ts keep such lists per kind). The meant uses take nouns
 * of the place's people, government, ground, buildings, economy and events ("Mumbai airport", "Bury council", "Lagos
 * commuters", "Sarajevo siege": lib/text/place-nouns.ts). So such a mention is linked only on that white-list, or where the
 * article links the same place on other evidence (index.ts linkHits), or where stronger evidence decided it (a division
 * named with its kind). Countries are left alone ("Brazil midfielder", "Belarus potash" mean the country).
 * (When unsure whether the word after is a noun at all — "Texas blocked the law", "Moscow says" — the link stays.)
 */
import type { Span } from '../types';
import { placeOwnNoun } from '../text/place-nouns';
import { TRAVEL_PREPOSITIONS } from '../text/place-words';
import { SPEECH_VERB_FORMS } from '../text/speech-verbs';
import { opensSentence, wordBefore } from './name-words';
import { siteAfter } from './place-sites';

/** Words that are no noun of a noun phrase: determiners, pronouns, prepositions, conjunctions, auxiliaries, common adverbs. */
const NOT_NOUN: ReadonlySet<string> = new Set(
  (
    'a an the this that these those his her its their our my your some any no every each all both either neither ' +
    'i he she it we they you him them us me who whom whose which what where when why how whether than then ' +
    'of in on at to for from with by about into onto over under after before during since until via per against among ' +
    'between through across around near without within toward towards upon off out up down ' +
    'and or but nor so yet as if while because though although unless once ' +
    'is was are were be been being am has have had having do does did done will would shall should can could may might must ' +
    "isn't wasn't aren't weren't hasn't haven't hadn't doesn't didn't won't wouldn't can't couldn't " +
    'not also now still already just never ever again too only even soon today tonight yesterday tomorrow here there ' +
    'got gets get went goes go came comes come took takes made makes gave gives saw sees ' +
    'won wins lost loses fell falls rose rises led leads held holds kept keeps left leaves met sent sold paid put ran set ' +
    'hit cut let began became become becomes stood thought knew grew drew flew threw wrote brought bought built caught ' +
    'fought sought taught found heard felt meant spent lent struck stuck swept wept slept bore tore wore beat broke chose ' +
    'spoke woke froze rode drove rang sang sank swam overtook undertook shook forsook ' +
    // Time and degree: "in Vienna next month", "to Karachi overnight", "for Leeds despite".
    'back away forward ahead apart aside past next last overnight ago twice often behind abroad alone together home despite such instead alongside throughout above below beyond more less most much known unable able ' +
    'one two three four five six seven eight nine ten dozen dozens hundreds thousands millions several many few'
  ).split(' '),
);

/** A word that is no noun: one of NOT_NOUN or any form of a speech verb (lib/text/speech-verbs.ts, kept there once). */
const notNoun = (w: string): boolean => NOT_NOUN.has(w) || SPEECH_VERB_FORMS.has(w);

/** Nouns ending in "-ed", which the past-tense test below would read as verbs. */
const ED_NOUNS: ReadonlySet<string> = new Set('bed beds shed sheds seed seeds breed breeds feed reed reeds weed weeds speed creed sled red'.split(' '));

/** Verbs after a plural noun, which then is the subject ("Wellington boots are", "Kansas records show" is read as a phrase). */
const AUXILIARIES: ReadonlySet<string> = new Set('is was are were has have had will would can could may might must should do does did'.split(' '));
/** Words after which the name may open a clause as its subject ("whereas Texas wants", "unless Ohio agrees", "helped Texas roll past"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  'whereas lest whether hopes fears thinks believes expects knows help helps helped helping watch watched watches hear hears'.split(' '),
);
/** A hyphenated lower-case adjective right before the name, one space between ("worn-out", "hand-painted"): group 1. */
const HYPHENATED_BEFORE = /(?<![\p{L}\d-])(\p{Ll}+(?:-\p{Ll}+)+) $/u;
/** A lower-case word, perhaps hyphenated. */
const LOWER_WORD = /^\p{Ll}+(?:-\p{Ll}+)*$/u;
/** Up to four lower-case words right after the name, each after one space: the phrase the name would modify. */
const LOWER_RUN = /^((?: [\p{Ll}][\p{Ll}-]*){1,4})(?=([^\p{L}'’-]|$))/u;
/** The word after that run, if any, in lower case ("Texas transfers the money" → "the"); a capital or a digit is kept. */
const NEXT_WORD = /^ ([\p{L}\d][\p{L}'’-]*)/u;

export interface Attributive {
  /** The lower-case words after the name ("sea lions", "street traders"). */
  words: string[];
  /** One of them says "of this place" (lib/text/place-nouns.ts). */
  placeOwn: boolean;
}

/**
 * The name at `span` stands right before a lower-case common noun that it modifies: the words it modifies, and whether one
 * of them is on the white-list; null where the name is no modifier (punctuation after it, a function word, a verb). The
 * caller makes sure the hit is one dataset place's one-word name.
 */
export function attributivePlace(text: string, span: Span): Attributive | null {
  if (text.charCodeAt(span.end) !== 32) return null; // ("Texas's", "Texas-based", "Texas," : no modifier)
  // (A name written in capitals, or in lower case, reads differently: the rule is for prose's capitalised name.)
  if (!/^\p{Lu}\p{Ll}/u.test(text.slice(span.start, span.end))) return null;
  const tail = text.slice(span.end, span.end + 80);
  const m = LOWER_RUN.exec(tail);
  if (!m) return null;
  let words = m[1]!.trim().split(' ');
  // The phrase ends at the first function word, time word or verb ("Lagos street traders were", "Vienna next month").
  const stop = words.findIndex(notNoun);
  if (stop === 0) return null;
  const after = stop > 0 ? words[stop]! : (NEXT_WORD.exec(tail.slice(m[1]!.length))?.[1] ?? '');
  if (stop > 0) words = words.slice(0, stop);
  const first = words[0]!;
  // "Texas blocked", "Moscow denied", "Lagos quickly": a verb's past or an adverb, not a noun. ("-ing": "Texas voting", "Lagos housing"
  // may be either; left as today.)
  if ((first.endsWith('ed') && !ED_NOUNS.has(first)) || first.endsWith('ly') || first.endsWith('ing')) return null;
  const placeOwn = words.some(placeOwnNoun);
  if (placeOwn) return { words, placeOwn };
  // ("his worn-out Kansas records", "a hand-painted Toledo plate": a hyphenated adjective is one word, not its last part "out".)
  const prev = HYPHENATED_BEFORE.exec(text.slice(Math.max(0, span.start - 32), span.start))?.[1] ?? wordBefore(text, span.start);
  // "in Leeds bus depots", "from Texas last year", "in Stockholm sells": after a preposition the name is its object, and what follows
  // as often the sentence's own verb or an adverbial ("A café in Mumbai expect…"): the preposition places it (decide.ts), as today.
  if (prev && PREPOSITIONS.has(prev)) return null;
  // "an Arkansas stone", "two California sea lions", "its new Montana tote", "Apple's old Chicago fonts": a determiner, a number or an
  // owner before the name, perhaps with an adjective, makes it a modifier.
  // (Not one word before what opens an object: "the Pentagon remains one", "helped the Kremlin prolong its war" name the place as subject.)
  const plural = (w: string) => /[^su]s$/.test(w);
  if (determined(text, span.start, prev)) return words.length === 1 && objectOpens(after, plural(first)) ? null : { words, placeOwn };
  // "forged Damascus steel", "planted Kentucky bluegrass": after a verb's or an adjective's lower-case word the name opens its object, a
  // modifier; but one word in "-s" only before a verb of its own ("sells Ohio chairs" has the shape of "hopes Ohio wins").
  // (Not a word closing the sentence before: "…the end. Texas wants"; nor an adjective after a preposition, "in deep-red Texas hope".)
  if (
    prev &&
    !opensSentence(text, span.start) &&
    LOWER_WORD.test(prev) &&
    !notNoun(prev) &&
    !CLAUSE_OPENERS.has(prev) &&
    text.startsWith(' ' + prev, span.start - prev.length - 2) &&
    !PREPOSITIONS.has(wordBefore(text, span.start - prev.length - 1) ?? '')
  )
    if (!(words.length === 1 && plural(first)) || AUXILIARIES.has(after.toLowerCase())) return { words, placeOwn };
  // "paved with reclaimed York stone,": after a preposition and an adjective, one noun that closes the phrase at punctuation is the name's
  // head (what "in deep-red Texas hope to win" lacks: a verb goes on there).
  if (
    prev &&
    m[1]!.trim() === first &&
    /^[,.;:!?)]/.test(tail.slice(m[1]!.length)) &&
    LOWER_WORD.test(prev) &&
    !notNoun(prev) &&
    text.startsWith(' ' + prev, span.start - prev.length - 2) &&
    PREPOSITIONS.has(wordBefore(text, span.start - prev.length - 1) ?? '')
  )
    return { words, placeOwn };
  // Elsewhere the name may be a clause's subject and the word after its verb ("Seoul wants chipmakers", "Scotland face closure"): a
  // noun only by the shape of what follows. One noun before a verb of its own ("Damascus steel is", "Wellington boots are") or before
  // a name ("Lancashire seamer Tom Bailey"); or two words of which one ends in "-s", a noun and a verb ("Kentucky bluegrass covers",
  // "Kansas records show"); both in "-s" read as a verb and its object.
  if (words.length === 1) return AUXILIARIES.has(after.toLowerCase()) || (/^\p{Lu}\p{Ll}/u.test(after) && !plural(first)) ? { words, placeOwn } : null;
  return plural(words[0]!) !== plural(words[1]!) ? { words, placeOwn } : null;
}

/** What opens a verb's object: a determiner, a number, a pronoun, a capitalised name; "to" or "that" after a verb in "-s" ("wants to"). */
const objectOpens = (w: string, plural: boolean): boolean =>
  DETERMINERS.has(w.toLowerCase()) || OBJECT_WORDS.has(w) || /^[\p{Lu}\d]/u.test(w) || (plural && (w === 'to' || w === 'that'));
const OBJECT_WORDS: ReadonlySet<string> = new Set('it them him her us me you one'.split(' '));
/** Prepositions whose object the name may be. */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  ...TRAVEL_PREPOSITIONS,
  ...'of for with by about like than as on over under against beyond past'.split(' '),
]);
/** Determiners and numbers before a modifier. */
const DETERMINERS: ReadonlySet<string> = new Set(
  'a an the this that these those its his her their our my your some any no every each another two three four five six seven eight nine ten dozen several many few'.split(
    ' ',
  ),
);
/** A determiner, a number or an owner's possessive right before the name, or before one lower-case word before it ("its new", "Apple's old"). */
function determined(text: string, at: number, prev: string | null): boolean {
  if (prev === null) return false;
  if (DETERMINERS.has(prev) || /['’]s$/.test(prev)) return true;
  if (!LOWER_WORD.test(prev) || notNoun(prev)) return false;
  const before = wordBefore(text, at - prev.length - 1);
  return before !== null && (DETERMINERS.has(before) || /['’]s$/.test(before));
}

/** Reasons of decide.ts strong enough to link a modifier anyway: its own kind named with it ("Qinghai province" is on the list too). */
const STRONG_WHYS: ReadonlySet<string> = new Set(['a division named with its kind']);

/**
 * The decision links a one-word dataset place used as a modifier of a noun off the white-list ("an Arkansas stone"): index.ts
 * linkHits holds it back, and links it only if the same place is linked elsewhere in the article on other evidence ("flew to
 * Arkansas … an Arkansas stone" is the state's). Otherwise the mention is left unlinked: the words may name the place's goods.
 */
export const heldAsModifier = (
  h: { span: Span; tokens: number },
  d: { pick: { type: string }; why: string },
  ctx: { text: string; lower?: unknown },
): boolean =>
  // (English pages only: on others a lower-case word after a name is that language's — "dipelihara London dan diberi dana".)
  // (Nor what place-sites.ts reads as a place's own site, firm or venue: "a Rotterdam invention", "a Zurich brokerage".)
  d.pick.type === 'place' &&
  h.tokens === 1 &&
  !ctx.lower &&
  !STRONG_WHYS.has(d.why) &&
  attributivePlace(ctx.text, h.span)?.placeOwn === false &&
  !siteAfter(ctx.text, h.span);
