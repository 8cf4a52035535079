/**
 * Ways a sentence says a dataset name means something else right where it stands:
 * - a town or village given a country's name ("the village of Panama, in Iowa", "a hamlet called Jordan"): the
 *   country is not meant (a city is left alone: "the city of Luxembourg" is the country's capital, often its card);
 * - a nickname in quotation marks ("who goes by the nickname ‘Peru’", "nicknamed “Texas”"): nobody's and nowhere's; or without them
 *   after a verb of calling a person, "goes by" or "known to" people "as" ("his teammates call him Texas", "a cook who goes by
 *   Peru", "the vendor, known to everyone as Brazil"): a name given, not the name's bearer (not "known as" alone, which gives a place's other name too: "Myanmar, also known
 *   as Burma"; "nicknamed Lima because …" is named-by.ts's);
 * - an outlet's name before a works' or a site's noun ("the Izvestia plant", "the Mirror shipyard"): a namesake works, not the
 *   newspaper or channel;
 * - a place's name with what only a firm has: shares bought in it, a CEO, shareholders ("Shares in Zamora rose", "Zamora's
 *   CEO"): a firm named after the place (not "Tokyo shares fell": a market's shares are its place's);
 * - a place's name in the possessive before a person the article places at an institution named after it ("Oregon's Raman",
 *   "Priya Raman … at the University of Oregon"): the institution's short form, not the place (institution-short.ts);
 * - a city's name in a list of grapes or wines with no place beside it ("varietals: Riesling, Moscato (Muscat), Pinot Grigio"):
 *   the grape's or the wine's name, not the city's (wine-names.ts);
 * - a town's name after an edition ("this year's Dakar", "the 45th Monaco"): the event held there (place-events.ts);
 * - a place's name listed with names that are no place ("scenes from Casablanca, Jaws and Titanic"): a name of their kind
 *   (listed-with-things.ts); or a film screened ("will screen Nebraska", "followed by Paris, Texas", work-title.ts screenedTitle);
 * - a name at a street corner, the other street named as one ("the corner of Washington and 1st St.", "the corner of 5th
 *   Avenue and Madison"): a street's, nobody's and nowhere else's (not "the corner of Europe and Asia").
 * - a place's name after a verb of coating or soaking and "in" or "with" ("a Carolina Reaper dipped in Tabasco", "doused in Tabasco"): a
 *   sauce, a wine or a spirit named after the place (Tabasco, Madeira), which food is dipped in and nobody is; in a sentence of food
 *   or drink, not after a measure's noun ("Temperatures dipped in Chicago"; immersed-in.ts).
 * - a place's name after a capitalised "In", "From", "Of" … ending a run of capitalised words that a word of naming opens ("she could
 *   drop the name Talula Does The Hula From Hawaii", "a film titled Escape From New York"): the last word of a title or a name
 *   written in Title Case; not on a heading's or a menu's line (title-case.ts). (Not without the word of naming: "a filing with the
 *   State Of New Jersey", "the Spotlight On Washington, D.C. tour" mean the place.)
 * - a division's name after "ash", "lava" or an eruption's noun and "from", "of" or "at", or before a verb of erupting ("Ash from
 *   Tungurahua drifted over Quito", "Cotopaxi erupted"): the volcano its province is named after (a province erupts no ash; not a
 *   country's or a city's name, not "ash from Alberta wildfires", nor a possessive, "Hawaii's Kilauea").
 * - an outlet's or an organisation's name given to a thing of another kind ("a shop called Tom's Hardware", "a trio who call
 *   themselves Los Lobos"): a namesake (called-kind.ts).
 * Cost: a character test and the word before per hit; the slices only after a quotation mark or "of", "called", "named", "in", or for outlets; a sticky match after each hit.
 */
import type { DatasetEntity, Span } from '../types';
import { FACILITY_HEADS } from '../text/words';
import { opensQuotedTitle } from './quoted-title';
import { institutionShortForm } from './institution-short';
import { isPlaceRecord } from './record-reads';
import { inWineList, isCity, type WineView } from './wine-names';
import { listedWithThings } from './listed-with-things';
import { eventByItsPlace } from './place-events';
import { screenedTitle } from './work-title';
import { opensInTitle } from './in-title';
import { immersedIn } from './immersed-in';
import { calledOtherKind } from './called-kind';
import { bandSeen } from './band-named';
import { wordBefore } from './name-words';
import { inTitleCaseLine } from './title-case';
import { isDivision } from './division-kind';

const TOWN_OF_BEFORE = /\b(?:town|village|hamlet|commune|municipality|township|settlement)\s+(?:of|called|named)\s+$/;
const NICKNAME_BEFORE = /\b(?:nicknamed?|nicknames|dubbed|known\s+as|goes\s+by|went\s+by)\s+(?:the\s+)?(?:nickname\s+)?['‘"“]$/;
/** The words before a nickname written without quotation marks (see the module's comment); the last of them in BARE_NICKNAME_LAST. */
const BARE_NICKNAME_BEFORE =
  /(?:\b(?:call(?:s|ed|ing)?|christened)\s+(?:him|her|them|himself|herself)|\b(?:who|he|she|they)\s+(?:goes|went|go)\s+by|\bknown\s+(?:to\s+(?:[\p{Ll}'’]+\s+){1,3}|locally\s+|affectionately\s+|universally\s+)as)\s+(?:simply\s+|just\s+)?$/u;
const BARE_NICKNAME_LAST: ReadonlySet<string> = new Set(['him', 'her', 'them', 'himself', 'herself', 'as', 'by', 'simply', 'just']);
/** A noun after the name: "her" was a possessive ("she called her Texas office"), the name the place's. */
const NOUN_AFTER_NICKNAME = /^\s(?!(?:because|for|after|since|and|or|but|when|as|to|in|on|at|from|by|with|ever|now|then|too|instead)\b)\p{Ll}/u;
/** Function words a Title Case title or name capitalises, which prose writes in lower case inside a sentence. */
const TITLE_CONNECTORS: ReadonlySet<string> = new Set(['In', 'From', 'Of', 'To', 'On', 'At', 'For', 'With', 'Over', 'Under', 'Across', 'Beyond']);
/** The connector right before the name and a capitalised word before it (group 1: the connector). */
const CONNECTOR_BEFORE = /\p{Lu}[\p{L}'’-]*\s(\p{Lu}\p{Ll}{1,6})\s$/u;
/** A word of naming, then the run of capitalised words up to the name ("the name Talula Does The Hula From "). */
const NAMED_RUN_BEFORE = /\b(?:name|named|called|titled|entitled)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,8}$/u;
/** The place's name ends a Title Case title or name (see the module's comment). */
function endsTitleRun(text: string, span: Span): boolean {
  const c = text.charCodeAt(span.start - 2);
  if (text.charCodeAt(span.start - 1) !== 32 || c < 97 || c > 122) return false; // (a connector's last letter, lower case)
  const m = CONNECTOR_BEFORE.exec(text.slice(Math.max(0, span.start - 40), span.start));
  return !!m && TITLE_CONNECTORS.has(m[1]!) && NAMED_RUN_BEFORE.test(text.slice(Math.max(0, span.start - 90), span.start)) && !inTitleCaseLine(text, span);
}
/** What a volcano gives off, and "from", "of" or "at", right before the name. */
const ERUPTED_BEFORE = /\b(?:[Aa]sh|[Ll]ava|[Mm]agma|[Ee]ruptions?)\s+(?:from|of|at)\s+$/;
/** A verb of erupting right after the name; or, after the words above, what a fire or a possessive makes the place's. */
const ERUPTS_AFTER = /^\s(?:(?:has\s|had\s)?erupted|erupts|erupting|spewed|spews|belched)\b/;
const FIRE_OR_OWNER_AFTER = /^(?:['’]s?\b|\s(?:wild)?fires?\b|\s(?:blazes?|forest|bush)\b)/;
/** The division's name is a volcano's (see the module's comment). */
function volcano(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 20);
  if (ERUPTS_AFTER.test(after)) return true;
  const w = text.charCodeAt(span.start - 2);
  return (w === 109 || w === 102 || w === 116) && ERUPTED_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start)) && !FIRE_OR_OWNER_AFTER.test(after);
}
/** The closing quotation mark right after the name (not a possessive's: "known as “Africa's last emperor”" quotes more than the name). */
const QUOTE_AFTER = /^(?:['’](?!s\b)|["”])/;
/** Works and sites a newspaper or a channel never is (FACILITY_HEADS and industry's; "the Mir space station"). */
const WORKS: ReadonlySet<string> = new Set([
  ...FACILITY_HEADS,
  ...'shipyard shipyards yard plant plants factory factories mill mills mine mines refinery smelter foundry brewery distillery works airport port cosmodrome base space'.split(
    ' ',
  ),
]);
const WORD_AFTER = /^\s(\p{Ll}+)\b/u;
const SHARES_BEFORE = /\b[Ss]hares\s+(?:in|of)\s+$/;
/**
 * What only a firm has after its name (not its shares or stock: "Tokyo shares fell" is the market there; not "chief executive",
 * an office of Hong Kong's and Macau's).
 */
const FIRM_AFTER = /(?:['’]s)?\s+(?:CEO|CFO|shareholders|stockholders|subsidiary|market\s+(?:value|capitali[sz]ation))\b/y;

/** A street: a numbered one ("1st", "5th") or a name and its kind ("Main St.", "Park Avenue"). */
const STREET = String.raw`(?:\d+(?:st|nd|rd|th)\b(?:\s+(?:St|Street|Ave|Avenue))?|(?:\p{Lu}[\p{L}'.-]*\s+){1,2}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Lane|Way|Pl|Place|Parkway|Highway)\b)`;
/** "the corner of <name> and <street>", "the corner of <street> and <name>". */
const CORNER_FIRST = new RegExp(String.raw`^\s+(?:and|&)\s+` + STREET, 'u');
const CORNER_SECOND = new RegExp(String.raw`\bcorners?\s+of\s+(?:the\s+)?` + STREET + String.raw`\.?\s+(?:and|&)\s+$`, 'u');
const CORNER_BEFORE = /\bcorners?\s+of\s+(?:the\s+)?$/;
const atCorner = (text: string, span: Span): boolean =>
  (CORNER_BEFORE.test(text.slice(Math.max(0, span.start - 16), span.start)) && CORNER_FIRST.test(text.slice(span.end, span.end + 40))) ||
  CORNER_SECOND.test(text.slice(Math.max(0, span.start - 60), span.start));

/** The candidates the words around the name leave (all, fewer, or none). */
export function meantElse(candidates: DatasetEntity[], text: string, span: Span, v?: WineView): DatasetEntity[] {
  if (opensQuotedTitle(text, span)) return [];
  // "a shop called Tom's Hardware", "the trio, who call themselves Los Lobos": an outlet's or an organisation's name given to a
  // thing of another kind (called-kind.ts).
  candidates = calledOtherKind(candidates, text, span);
  // "tickets to see Texas on the band's tour": a band called after a place (band-named.ts).
  if (candidates.some(isPlaceRecord) && bandSeen(text, span)) candidates = candidates.filter((x) => !isPlaceRecord(x));
  // "Ash from Tungurahua drifted over Quito": the volcano, not its province.
  if (candidates.some(isDivision) && volcano(text, span)) candidates = candidates.filter((x) => !isDivision(x));
  // "drop the name Talula Does The Hula From Hawaii": a Title Case title's or name's last word.
  if (candidates.some(isPlaceRecord) && endsTitleRun(text, span)) candidates = candidates.filter((x) => !isPlaceRecord(x));
  // "the corner of Washington and 1st St.": a street's name (w: the last letter of the word before, "of" or "and").
  const w = text.charCodeAt(span.start - 2);
  if ((w === 102 || w === 100 || w === 38) && atCorner(text, span)) return [];
  if (
    BARE_NICKNAME_LAST.has(wordBefore(text, span.start) ?? '') &&
    BARE_NICKNAME_BEFORE.test(text.slice(Math.max(0, span.start - 48), span.start)) &&
    !NOUN_AFTER_NICKNAME.test(text.slice(span.end, span.end + 12))
  )
    return [];
  const c = text.charCodeAt(span.start - 1);
  if ((c === 39 || c === 34 || c === 0x2018 || c === 0x201c) && QUOTE_AFTER.test(text.slice(span.end, span.end + 3)))
    return NICKNAME_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)) ? [] : candidates;
  if (candidates.some((x) => x.type === 'outlet') && WORKS.has(WORD_AFTER.exec(text.slice(span.end, span.end + 16))?.[1] ?? ''))
    candidates = candidates.filter((x) => x.type !== 'outlet');
  // "Shares in Zamora rose", "Zamora's CEO": a firm named after the place (a place has no shares, no CEO).
  FIRM_AFTER.lastIndex = span.end;
  if (
    candidates.some(isPlaceRecord) &&
    (((w === 110 || w === 102) && SHARES_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start))) || FIRM_AFTER.test(text))
  )
    candidates = candidates.filter((x) => !isPlaceRecord(x));
  // "white wine varietals: Riesling, Moscato (Muscat), Pinot Grigio": a grape's or a wine's name, not the city's (wine-names.ts).
  if (v && candidates.some(isCity) && inWineList(text, span, v)) candidates = candidates.filter((x) => !isCity(x));
  // "this year's Dakar", "the 45th Monaco": a rally or a race called by its town (place-events.ts); "scenes from Casablanca, Jaws and
  // Titanic", "Sapporo and Asahi": a place's name in a list of names that are no place (listed-with-things.ts).
  const country = candidates.some((x) => x.type === 'country');
  if (candidates.some(isPlaceRecord) && (eventByItsPlace(text, span, country) || screenedTitle(text, span) || (v && listedWithThings(text, span, country, v))))
    candidates = candidates.filter((x) => !isPlaceRecord(x));
  // "the 15th edition of U.S. in Progress—an industry market": an unquoted title's first words (in-title.ts).
  if (v && candidates.some(isPlaceRecord) && opensInTitle(text, span, v.L)) candidates = candidates.filter((x) => !isPlaceRecord(x));
  // "dipped in Tabasco", "drizzled with Madeira": a sauce or a drink named after the place, in a sentence of food or drink (immersed-in.ts).
  if (candidates.some(isPlaceRecord) && immersedIn(text, span)) candidates = candidates.filter((x) => !isPlaceRecord(x));
  // "As Oregon's Raman told reporters", Raman placed at the University of Oregon: the institution (institution-short.ts).
  if (candidates.some(isPlaceRecord) && institutionShortForm(text, span)) candidates = candidates.filter((x) => !isPlaceRecord(x));
  // ("of ", "called ", "named ": the word before ends in f or d.)
  if ((w !== 102 && w !== 100) || !candidates.some((x) => x.type === 'country')) return candidates;
  return TOWN_OF_BEFORE.test(text.slice(Math.max(0, span.start - 32), span.start)) ? candidates.filter((x) => x.type !== 'country') : candidates;
}
