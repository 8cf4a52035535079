/**
 * A name that the sentence itself says is a thing: an appositive whose head is a kind of work, animal, performers' group,
 * drink or made thing ("Tehran, the spy thriller, returns", "Brazil, Terry Gilliam's 1985 satire,", "Sudan, the last
 * male northern white rhino, died"), or that kind called or named so right before it ("a racehorse called Kingston").
 * (Not the kind alone before the name: "the drone Iran sent", "the film Israel banned" are relative clauses.)
 *
 * Why: places, countries, leaders and organisations lend their names to films, songs, racehorses, drinks and bands,
 * and news introduces such a namesake the first time by saying what it is. A rule per kind (dishes, ships, clubs) fixed
 * that kind only; the appositive is how English says "this name is a thing" for any of them. The kinds are those no
 * place or person is (APPOSITIVE_THING_KINDS): "China, the world's second-largest economy" and "Dubai, the Gulf hub" keep
 * their place.
 * Cost: one character test after the name (a comma) and one short slice before it; a regular expression only then.
 */
import type { Span } from '../types';
import { APPOSITIVE_THING_KINDS, PLACE_HEADS, VESSEL_KINDS } from '../text/kind-words';
import { COMMON_SPEECH_FORMS } from '../text/speech-verbs';

const KINDS = [...APPOSITIVE_THING_KINDS, ...VESSEL_KINDS].join('|');
/**
 * ", the <up to four words> KIND" and the phrase ends there (punctuation, or a relative or participle: "that", "which",
 * "starring", "owned"); the determiner may be a possessive name ("Terry Gilliam's 1985 satire"). The head is the
 * phrase's last word: "Paris, the film capital," is a place.
 */
const AFTER = new RegExp(
  `^,\\s+(?:[Tt]he|[Aa]n?|[Ii]ts|(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}.-]*['’]s?)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,4}?(?:${KINDS})s?` +
    `(?=\\s*[,.;:)—–]|\\s+(?:that|which|whose|who|starring|by|about|owned|named|called|from|bred|sung|written|made|built|run|on|in|at|to)\\b|\\s+\\p{Ll}+ed\\b)`,
  'u',
);
/** "a racehorse called Kingston", "a rhino named Sudan": the kind, then "called" or "named", right before the name. */
const BEFORE = new RegExp(`(?:^|\\s)(?:${KINDS})s?\\s+(?:called|named)\\s+$`, 'u');

export function thingAppositive(text: string, span: Span): boolean {
  if (text.charCodeAt(span.end) === 44 && AFTER.test(text.slice(span.end, span.end + 90))) return true;
  return (
    (text.startsWith('called ', span.start - 7) || text.startsWith('named ', span.start - 6)) &&
    BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))
  );
}

/**
 * The same said by a copula: "Tokyo was the better character", "Puerto Rico is a board game", "whether Tokyo or Nairobi was the
 * best character" (a pair of names before it). The kind heads the noun phrase: "Italy was the better side in the game" is a side.
 */
const PREDICATE = new RegExp(
  `^(?:\\s+(?:or|and)\\s+\\p{Lu}[\\p{L}-]*)?\\s+(?:is|was|remains|became)\\s+(?:the|a|an|his|her|their)\\s+(?:(?!(?:in|of|on|at|for|to|with|from|by|than|and|or)\\s)[\\p{L}\\d'’-]+\\s+){0,4}?(?:${KINDS})s?(?=\\s*[,.;:)—–]|\\s+(?:that|which|who|in|of|on|by|for|ever)\\b)`,
  'u',
);
export const thingPredicate = (text: string, span: Span): boolean => PREDICATE.test(text.slice(span.end, span.end + 90));

/**
 * "starred in Chicago", "sang Havana", "performed Budapest", "opened the set with Havana", "played Tokyo": what one stars in is a work, and
 * what is sung, performed, played or opens a set with no preposition is a song, a show, a role or a team, not a place ("performed in Havana" keeps it). Not before a possessive ("starred
 * in London's West End", "recorded Kenya's hottest day").
 */
const WORK_VERB_BEFORE =
  /(?:^|[^\p{L}])(?:(?:co-?)?star(?:red|ring|s)?\s+in|sang|sung|sings|singing|performed|performing|performs|played|plays|playing|(?:opened|closed|ended|started|began|encored)\s+(?:the\s+|their\s+|her\s+|his\s+)?(?:set|show|concert|gig|night|encore)\s+with)\s+(?:the\s+)?$/u;
export function workAfterVerb(text: string, span: Span, maker = false): boolean {
  const after = text.slice(span.end, span.end + 5);
  // (`maker`: a possessive before a quoted title may be its maker's, "singing Europe's 'The Final Countdown'"; a country's is the song's land.)
  return (!/^['’]/.test(after) || (maker && BEFORE_TITLE.test(after))) && WORK_VERB_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start));
}
const BEFORE_TITLE = /^['’]s\s["“‘']/;

/**
 * “Glasgow,” ‘Helsinki’, "Montana": a place's name alone inside quotation marks is a title — a song, a film, an episode, a
 * plant's cultivar — as news and reviews quote titles; a place named in running text is not quoted alone. (A quotation
 * that goes on, “Glasgow is home,” is somebody's words, and its places stay.)
 */
const OPEN_QUOTES: ReadonlySet<number> = new Set([0x201c, 0x2018, 34, 39]);
const CLOSE_AFTER = /^[,.!?]?[”’"'](?!\p{L})/u;
export function quotedTitle(text: string, span: Span): boolean {
  if (span.start === 0 || !OPEN_QUOTES.has(text.charCodeAt(span.start - 1))) return false;
  const after = text.slice(span.end, span.end + 4);
  // (`"Andre"<webmaster@…>`: an e-mail address's display name, quoted as address books write it, is no title.)
  return CLOSE_AFTER.test(after) && !ADDRESS_AFTER.test(after);
}
const ADDRESS_AFTER = /^["'] ?</;
/**
 * 'Georgia on My Mind', “Paris Is Burning”: a title in title case that the name opens, one to six words more, inside quotation
 * marks — a song's, a film's, a book's (somebody's words are not written in title case: “Georgia is home”).
 */
const TITLE_CASE_REST = /^(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|on|in|the|a|an|and|to|for|at|by|is|my|your|our|with)){1,6}[,.!?]?[”’"'](?!\p{L})/u;
export function openedTitle(text: string, span: Span): boolean {
  if (span.start === 0 || !OPEN_QUOTES.has(text.charCodeAt(span.start - 1))) return closedTitle(text, span);
  const m = TITLE_CASE_REST.exec(text.slice(span.end, span.end + 60));
  return !!m && /\s\p{Lu}/u.test(m[0]);
}
/**
 * …or that the name ends, the quotation opened one to eight words before it, at a capital: 'It's a Long Way to Tipperary', “Midnight in Paris”,
 * and, before the comma that American copy puts inside the marks, "A Night in Tunisia," with two words or more before the name and
 * no speech verb after the marks ("Welcome to Tunisia," a sign said; "Back in Kabul," he recalled: somebody's words).
 */
const TITLE_CASE_BEFORE =
  /[‘“"'](?:\p{Lu}[\p{L}'’-]*|of|on|in|the|a|an|and|to|for|at|by|is|my|your|our|with|from)(?:\s(?:\p{Lu}[\p{L}'’-]*|of|on|in|the|a|an|and|to|for|at|by|is|my|your|our|with|from)){0,7}\s$/u;
const closedTitle = (text: string, span: Span): boolean => {
  // (The mark right after the name: a quoted sentence or question ends in its own stop, "Who is the Prime Minister of Canada?".)
  const comma = text.charCodeAt(span.end) === 44;
  if (!/^[”’"'](?!\p{L})/u.test(text.slice(span.end + (comma ? 1 : 0), span.end + (comma ? 3 : 2)))) return false;
  const m = TITLE_CASE_BEFORE.exec(text.slice(Math.max(0, span.start - 70), span.start));
  if (!m || !/\p{Lu}/u.test(m[0].charAt(1))) return false;
  return !comma || (TWO_WORDS.test(m[0]) && !SPEECH_AFTER_QUOTE.test(text.slice(span.end + 2, span.end + 40)));
};
const TWO_WORDS = /\S\s+\S/;
/** A speech verb within a few words after the closing mark (the quotation is somebody's words). */
const SPEECH_AFTER_QUOTE = new RegExp(
  `^\\s*(?:[\\p{L}.'’-]+\\s+){0,3}?(?:${COMMON_SPEECH_FORMS.join('|')}|asked|added|recalled|explained|replied|insisted|chanted|read|reads|wrote|shouted)\\b`,
  'u',
);

/**
 * "Lima, a Peruvian restaurant in central London,", "Mali, a 38-year-old chimpanzee,", "Berlin, the synth-pop group behind…":
 * an appositive right after a one-word place's name says what the name is. It is a place (or a state) when a word of the phrase
 * is a word for one, or for what a state is to others (PLACE_HEADS: "Paris, the city of light,", "Qatar, a key US ally,"), and a
 * thing otherwise. The phrase ends at the first word that can end it (punctuation, a preposition, a relative, a participle).
 *
 * Why the words of places rather than of things: a list of thing kinds (APPOSITIVE_THING_KINDS) met only the kinds it
 * listed, and blind trap sets kept finding others (restaurants, sofas, chimpanzees); what a place is called in an appositive
 * is a short, closed list. country-evidence.ts reads "thing" only where no preposition of place stands before the name ("In
 * Australia, a doctor's visit…" opens a clause after it).
 */
const HEAD_AFTER = new RegExp(
  `^,\\s+(?:[Tt]he|[Aa]n?|[Ii]ts|(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}.-]*['’]s?)\\s+((?:[\\p{L}\\d'’£$€,.-]+\\s+){0,4}?)(\\p{Ll}[\\p{L}-]*)` +
    `(?=\\s*[,.;:)—–]|\\s+(?:that|which|whose|who|whom|by|about|behind|with|for|in|at|on|from|near|where|sold|made|built|run|held|known|set)\\b|\\s+\\p{Ll}+ed\\b)`,
  'u',
);
/**
 * A firm as the appositive's head ("her threads from Madeira, the German thread maker,", "lagers from Sapporo, the Japanese
 * brewer,"), only where punctuation closes the phrase: a firm is a clause's subject as often ("in Hamburg, the company
 * confirmed", "in Detroit, the carmaker said").
 */
const FIRM_KINDS: ReadonlySet<string> = new Set(
  'maker makers manufacturer brewer brewery distillery winery carmaker boatbuilder shipbuilder firm company label'.split(' '),
);
const CLOSED = /^\s*[,.;:)—–]/;
/** Kinds of thing and of venue an appositive's head names outright (a preposition of place may stand before: "the chef at Lima, the Peruvian restaurant,"). */
const NAMED_KINDS: ReadonlySet<string> = new Set([
  ...APPOSITIVE_THING_KINDS,
  ...'restaurant bar café cafe pub inn tavern motel hostel guesthouse bistro brasserie diner bakery shop store boutique hotel nightclub club lounge casino venue gallery brand'.split(
    ' ',
  ),
  ...FIRM_KINDS,
]);
/** A clause's verbs after a noun: no appositive goes on past one (also where-appositive.ts). */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set([...COMMON_SPEECH_FORMS, 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would']);
/** What an appositive right after the name calls it: a place, a thing, or nothing said (no appositive). */
export function appositiveKind(text: string, span: Span, named = false): 'place' | 'thing' | null {
  if (text.charCodeAt(span.end) !== 44) return null;
  const m = HEAD_AFTER.exec(text.slice(span.end, span.end + 90));
  if (!m) return null;
  // (Asked for a named kind only: the phrase's head is a kind of thing or venue, "the Peruvian restaurant".)
  if (named && !NAMED_KINDS.has(m[2]!)) return null;
  if (named && FIRM_KINDS.has(m[2]!) && !CLOSED.test(text.slice(span.end + m[0].length, span.end + m[0].length + 3))) return null;
  const words = `${m[1]} ${m[2]}`.toLowerCase().split(/[\s,]+/);
  // (A clause's verb: "Crossett, Arkansas, the company said" is no appositive.)
  if (words.some((w) => CLAUSE_VERBS.has(w))) return null;
  // (Any word of the phrase a place's: "Paris, the city of light,", "Jordan, a US ally of long standing,".)
  return words.some((w) => PLACE_HEADS.has(w) || PLACE_HEADS.has(w.replace(/[’']s$|s$/, '')) || /(?:est|land)$/.test(w)) ? 'place' : 'thing';
}
