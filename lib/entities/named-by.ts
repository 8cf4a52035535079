/**
 * Three more ways a sentence says a place's name is something else's, read from the word right before the name (named-after.ts
 * asks them only after one of their last words, so the dataset hits of a long page cost a set look-up each):
 * - a career's club: "300 appearances for Sunderland", "won 140 games for Toronto", "played for Leeds", "coached Wigan", "managed
 *   Porto, Real Madrid and Inter Milan" (a city "managed" ending its phrase: not "managed London's budget", "managed Paris operations");
 *   and a transfer's club, in a sentence of transfer talk: "a season-long loan to Porto", "a late offer from Reading", "his £20m move to
 *   Lyon", "a two-year spell at Porto", "set to join Lyon", "talks with Porto" (not "on loan from a museum in Cologne", nor "the club
 *   will move to Coventry": a verb's);
 * - a thing given the name: "an Airbus A321 named Jalisco", "a racehorse called Kansas" (not "a country called Georgia", nor a
 *   verb's object: "was named Mexico's ambassador", "named Paris as host"), and any nickname: "the winger, nicknamed Havana";
 * - a state of the past: "the ancient kingdom of Macedonia", "the medieval duchy of Brittany";
 * - a band by its billing (bandBilled, asked of places that are no country): "tour with Alabama", "Europe headlined", "the members
 *   of Texas";
 * - a university by its town's name (UNIVERSITY_BEFORE; no country).
 */
import type { Span } from '../types';
import { PLACE_HEADS } from '../text/kind-words';
import { TITLE_WORDS } from '../text/words';
import { sentenceRangeAround } from '../text/sentences';
import { BAND_MEMBERS } from './band-named';

/** The words the patterns below end on. */
export const NAMED_BY_ENDS: ReadonlySet<string> = new Set(
  'for coached captained managed named called dubbed christened nicknamed of with by at from to join joins joined joining rejoin rejoins rejoined'.split(' '),
);

/**
 * A university by its town's name: "students at Georgetown", "graduated from Cambridge", "taught history at Durham" (not "students
 * from Nairobi", where they come from; nor a name going on, "researchers at Nairobi's Kenyatta Hospital").
 */
const UNIVERSITY_BEFORE =
  /\b(?:(?:students?|undergraduates?|postgraduates?|graduates?|alumni|alumnus|alumna|professors?|lecturers?|faculty|dons|freshmen|academics)\s+at|(?:studied|studies|studying|graduated|graduating|enrolled|enrolling|lectured|lectures|teaches|taught)\s+(?:[\p{Ll}-]+\s+){0,2}(?:at|from))\s+$/iu;
/** A possessive or a capitalised word after the name: somebody's, or a longer name's start ("Nairobi's Kenyatta Hospital"). */
const OWNER_OR_LONGER_AFTER = /^(?:['’]s?\s|\s+\p{Lu})/u;

/** A band's billing before its name: "tour with Alabama", "opened for Chicago", "a single by Chicago", "supporting act for Boston". */
const BAND_BEFORE =
  /\b(?:(?:tour|tours|toured|touring|tour\s+dates)\s+with|(?:opened|opening|opens|open|support(?:ing)?(?:\s+act)?)\s+for|(?:songs?|singles?|albums?|tracks?|hits?|gigs?|concerts?|sets?|EPs?|LPs?|records?|ballads?|covers?|encores?)\s+by)\s+$/;
/** A band's doing right after its name: "Europe headlined", "Kansas closed the festival", "Chicago played a two-hour set". */
const BAND_AFTER =
  /\s+(?:headlined|headlines|headlining|(?:closed|opened|closes|opens)\s+the\s+(?:show|concert|festival|gig|night|bill)|(?:played|performed|plays|performs)\s+(?:a|an|their|its)\s+(?:[\w-]+\s+){0,2}(?:set|gig|concert|encore))\b/y;
/**
 * A band's or a club's members before its name: "carried the members of Texas to the stage", "the frontman of Europe" (a place has
 * residents, not members). Only where the name ends its phrase: not "members of Texas's delegation", "members of Texas Democrats".
 */
const MEMBERS_BEFORE = new RegExp(`\\b(?:members?|${BAND_MEMBERS})\\s+of\\s+$`, 'i');
const MEMBERS_NAME_ENDS =
  /^(?:\s*(?:[,.;:!?)\u2014\u2013]|$)|\s+(?:from|to|in|at|on|and|for|who|were|was|are|is|have|had|said|says|onto|into|with|during|after|before|when|while|as|\p{Ll}+ed)\b)/u;
/** A band named after a place, by its billing (a country is left alone: "toured with England" is a national side). */
export function bandBilled(text: string, span: Span, prev: string | null): boolean {
  if ((prev === 'with' || prev === 'for' || prev === 'by') && BAND_BEFORE.test(text.slice(Math.max(0, span.start - 32), span.start))) return true;
  if (prev === 'of' && MEMBERS_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start)) && MEMBERS_NAME_ENDS.test(text.slice(span.end, span.end + 12)))
    return true;
  BAND_AFTER.lastIndex = span.end;
  return BAND_AFTER.test(text);
}

/** What a player or a coach does for a club, right before its name. */
const CAREER_BEFORE =
  /\b(?:(?:appearances|apps|games|goals|caps|matches|seasons|starts|wickets|tries|touchdowns|innings)\s+for|(?:played|plays|playing|signed|signing)\s+for|coached|captained)\s+$/;

/**
 * A transfer's noun and its preposition right before the club: "loan to", "a late offer from", "bid from", "a £20m move to", "his switch
 * to", "a spell at", "on loan at". "Move" and "switch" only as nouns, after a determiner, a fee or a word of the deal ("the club will
 * move to Coventry" is a verb's, the town's); "joined from", "signed from", "is set to join", "sold to", "talks with".
 */
const TRANSFER_BEFORE =
  /(?:\b(?:loan|offer|offers|bid|bids|approach|transfer)(?:\s+(?:move|deal|spell|offer|bid|fee))?\s+(?:to|from|at)|\b(?:joined|rejoined|signed)\s+from|\b(?:sold|loaned)\s+(?:him\s+|her\s+)?to|\b(?:deal|talks|terms|agreement|negotiations)\s+with|\b(?:a|an|the|his|her|their|its|permanent|loan|dream|proposed|summer|january|deadline-day|free|[£€$][\d.]+m?|[\d.]+m)\s+(?:[\p{L}£€$\d.-]+\s+)?(?:move|switch|spell|stint)\s+(?:to|from|at))\s+$/iu;
/** "set to join Marseille", "rejoined Porto": a club joined, the name ending its phrase (JOINED_ENDS; not "join Lisbon residents"). */
const JOIN_BEFORE = /\b(?:join|joins|joined|joining|rejoin|rejoins|rejoined)\s+$/i;
const JOINED_ENDS = /^(?:\s*[,.;:)]|\s*$|\s+(?:on|for|from|in|until|before|after|at|and|as|this|next|last|when)\b)/;
/** The words TRANSFER_BEFORE and JOIN_BEFORE end on. */
const TRANSFER_ENDS: ReadonlySet<string> = new Set('to from at with join joins joined joining rejoin rejoins rejoined'.split(' '));
/** Transfer talk in the sentence: a player's position, or a word of the market ("season-long", "transfer window", "deadline", "club"). */
const TRANSFER_TALK =
  /\b(?:strikers?|wingers?|midfielders?|defenders?|goalkeepers?|full-backs?|centre-backs?|centre-forwards?|playmakers?|players?|captain|transfer\s+(?:window|fee|market)|season-long|deadline|club|clubs|signing|squad|academy)\b/i;
/** A club of transfer talk (TRANSFER_BEFORE; the name ends its phrase: not "on loan from Madrid's Prado"). */
function transferClub(text: string, span: Span, before: string): boolean {
  const join = JOIN_BEFORE.test(before);
  if (join ? !JOINED_ENDS.test(text.slice(span.end, span.end + 8)) : !TRANSFER_BEFORE.test(before)) return false;
  if (OWNER_OR_LONGER_AFTER.test(text.slice(span.end, span.end + 4))) return false;
  return TRANSFER_TALK.test(text.slice(...sentenceRangeAround(text, span.start, span.end, 240)));
}

/** A club's kit or a player's loan right after its name: "outgrown Liverpool shirts", "joined Porto on a season-long loan". */
const KIT_AFTER = /\s+(?:shirts?|jerseys?|kits?|on\s+(?:a\s+)?(?:[\p{L}-]+\s+)?loan)\b/uy;
export function kitAfter(text: string, span: Span): boolean {
  KIT_AFTER.lastIndex = span.end;
  return KIT_AFTER.test(text);
}

/** After a city "managed": the phrase ends (a stop, a comma, a list's "and" and a capital), as a club's name ends a manager's career. */
const MANAGED_END = /^(?:[,.;:)]|\s+(?:and|or)\s+\p{Lu})/u;

/**
 * A common noun (or a model's code: "A321", or a breed's capitalised name after a lower-case word: "a grey Persian") and a verb of
 * naming right before the name; group 1 the noun.
 */
const NAMED_BEFORE = /(?:^|[\s(])(\p{Ll}{3,}|[\p{L}-]*\d[\p{L}\d-]*|(?<=\p{Ll}\s)\p{Lu}\p{Ll}{2,})\s+(?:named|called|dubbed|christened|nicknamed)\s+$/u;
/** Words before "named" that make it a verb's (an auxiliary, an adverb in -ly is tested apart) or a place's own kind. */
const NOT_THING_NOUNS: ReadonlySet<string> = new Set(
  (
    'was were is are be been being has have had also once now then later still first recently since and but who which that what she they ' +
    'country nation state city town village island region province capital place kingdom republic area district county territory'
  ).split(' '),
);
/** A noun, an auxiliary of the passive and a verb of naming ("the engine is named", "the foal was christened"); group 1 the noun. */
const NAMED_PASSIVE_BEFORE =
  /(?:^|[\s(])(\p{Ll}{3,})\s+(?:is|was|were|are|has\s+been|had\s+been|will\s+be)\s+(?:also\s+|now\s+|officially\s+)?(?:named|called|dubbed|christened|nicknamed)\s+$/u;
/** After the name: a possessive, or "as", "the" or "its" make "named" an appointing or a choosing verb. */
const VERB_OBJECT_AFTER = /^(?:['’]s\b|\s+(?:as|the|its|their|his|her)\b)/;

/** A state of the past, "of" and the name. */
const PAST_STATE_BEFORE =
  /\b(?:ancient|medieval|mediaeval|historic|historical|old|bygone|vanished|classical)\s+(?:\p{Ll}+\s+)?(?:kingdom|empire|realm|caliphate|duchy|principality|sultanate|khanate)\s+of\s+$/u;

/** Whether the words before the name make it a club (a career's) or a thing (given the name, or a state of the past); null if neither. */
export function namedBy(text: string, span: Span, prev: string, country: boolean): 'club' | 'thing' | null {
  const said = text.slice(Math.max(0, span.start - 48), span.start);
  const before = /\p{Ll}/u.test(said) ? said : said.toLowerCase(); // (a shouted line: "A TALKING PARROT NAMED BOLIVIA")
  if (prev === 'for' && CAREER_BEFORE.test(before)) return 'club';
  if (prev === 'coached' || prev === 'captained') return 'club';
  // (A country managed is its national side, its card's: asked of cities and divisions only.)
  if (prev === 'managed') return !country && MANAGED_END.test(text.slice(span.end, span.end + 8)) ? 'club' : null;
  if (prev === 'of') return PAST_STATE_BEFORE.test(before) ? 'thing' : null;
  if (TRANSFER_ENDS.has(prev) && transferClub(text, span, before)) return 'club';
  if (prev === 'at' || prev === 'from')
    return !country && UNIVERSITY_BEFORE.test(before) && !OWNER_OR_LONGER_AFTER.test(text.slice(span.end, span.end + 4)) ? 'thing' : null;
  if (prev === 'for' || prev === 'with' || prev === 'by' || TRANSFER_ENDS.has(prev)) return null;
  // ("The left wing, nicknamed Havana because of …": a nickname is given, whoever bears it; not "locals nicknamed Chicago the Windy City".)
  if (prev === 'nicknamed') return VERB_OBJECT_AFTER.test(text.slice(span.end, span.end + 8)) ? null : 'thing';
  // ("the little tank engine is named Kenya,": a passive's subject, the phrase ending at the name: "was named Italy coach" appoints.)
  const passive = NAMED_PASSIVE_BEFORE.exec(before);
  if (passive && !NAME_ENDS.test(text.slice(span.end, span.end + 8))) return null;
  const noun = (passive ?? NAMED_BEFORE.exec(before))?.[1]?.toLowerCase();
  if (!noun || NOT_THING_NOUNS.has(noun) || noun.endsWith('ly')) return null;
  if (passive && (PLACE_HEADS.has(noun) || PLACE_HEADS.has(noun.replace(/s$/, '')))) return null;
  return VERB_OBJECT_AFTER.test(text.slice(span.end, span.end + 8)) ? null : 'thing';
}

/**
 * A thing given the name, where "the" or a list stands between the verb of naming and the name: "a gin cocktail named the
 * Casablanca", "which named the style the Normandie", "two wolfhounds named Clare and Offaly". Not a place's own kind ("a region
 * called the Sahel", "renamed the country the Congo"), nor an appointing verb's object ("named the Netherlands as host").
 * Asked of place hits after "the" or "and" only.
 */
const NAMED_THE_BEFORE = /(?:^|[\s(])(\p{Ll}{3,})\s+(?:named|called|dubbed|christened|nicknamed)\s+the\s+$/u;
/** "named the style the", "called her new cocktail the": the verb's object, then the name it is given. */
const NAMED_OBJECT_THE_BEFORE =
  /\b(?:named|called|dubbed|christened|nicknamed)\s+(?:the|its|their|his|her|our|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,})\s+the\s+$/u;
/**
 * "named Clare and", "called Rex, Fido and", "the ferries are called Kenya, Jersey and" (a passive's), "shades it calls Sahara,
 * Fiji and": a list of names given, one after its first (a present "calls" or "names" only in a relative clause with a pronoun:
 * "leaders call Fiji, Samoa and Tonga to talks" summons).
 */
const NAMED_LIST_BEFORE =
  /(?:^|[\s(])(\p{Ll}{3,})\s+(?:(?:(?:is|are|was|were|have\s+been|had\s+been)\s+)?(?:named|called|dubbed|christened|nicknamed)|(?:it|they|we|he|she)\s+(?:calls?|names?|dubs?|called|named|dubbed))\s+\p{Lu}[\p{L}'’-]+(?:,\s+\p{Lu}[\p{L}'’-]+){0,3}(?:,?\s+and\s+|,\s+)$/u;
/** "greens it calls Vermont", "the shades they call Sahara": a relative clause naming the noun before it. */
const RELATIVE_NAMING_BEFORE = /(?:^|[\s(])(\p{Ll}{3,})\s+(?:it|they|we|he|she)\s+(?:calls?|names?|dubs?)\s+$/u;
const RELATIVE_VERBS: ReadonlySet<string> = new Set(['call', 'calls', 'name', 'names', 'dub', 'dubs']);
/** People in the plural, whose "named" or "called" is a verb's ("officials called Fiji, Samoa and Tonga to talks"). */
const PEOPLE_PLURAL = /(?:ers|ists|ians|ents|ors|als|ives|ees|police|people|ministers|leaders|diplomats|chiefs)$/;
/** The name ends its phrase (punctuation, a verb's auxiliary, a preposition): "named Clare and Offaly police" is no list. */
const NAME_ENDS =
  /^(?:\s*(?:[,.;:)!?"”’]|$)|\s+(?:after|were|are|was|is|who|which|that|from|in|at|to|for|with|by|on|behind|near|into|under|over|before|since|until|during|will|has|have|and|but)\b)/u;
const NAMING_HINT = /name|call|dub|christened/;

/**
 * (A plural or an office before "called the" is a verb's subject: "officials called the Hague", "the minister named the
 * Philippines, Japan and …"; `withThe`: the name is written with "the", "the Netherlands", whose "the" is no name given.)
 */
export function namedThroughThe(text: string, span: Span, prev: string | null, withThe: () => boolean): boolean {
  // (No word before: a list's comma, "Sahara, Fiji".)
  const relative = !!prev && RELATIVE_VERBS.has(prev);
  if (!prev ? text.charCodeAt(span.start - 2) !== 44 : prev !== 'the' && prev !== 'and' && !relative) return false;
  const before = text.slice(Math.max(0, span.start - 64), span.start);
  if (!NAMING_HINT.test(before) || !NAME_ENDS.test(text.slice(span.end, span.end + 8))) return false;
  const m =
    prev === 'the'
      ? (NAMED_THE_BEFORE.exec(before) ?? NAMED_OBJECT_THE_BEFORE.exec(before))
      : relative
        ? RELATIVE_NAMING_BEFORE.exec(before)
        : NAMED_LIST_BEFORE.exec(before);
  const noun = m?.[1];
  if (!noun || NOT_THING_NOUNS.has(noun) || PLACE_HEADS.has(noun) || PLACE_HEADS.has(noun.replace(/s$/, '')) || TITLE_WORDS.has(noun) || noun.endsWith('ly'))
    return false;
  // (A list of names is given to several: "two wolfhounds named Clare and Offaly".)
  return prev !== 'the' ? !PEOPLE_PLURAL.test(noun) : !/[^s]s$/.test(noun) && !withThe();
}
