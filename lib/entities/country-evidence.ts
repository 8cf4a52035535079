import { plainAfterShouted, shoutedCountry } from './shouted';
import { shoutedPlaceEvidence } from './shouted-prose';
import type { DatasetEntity } from '../types';
import { aliasKeyMemo } from '../dataset/alias-key';
import { TRAVEL_PREPOSITIONS } from '../text/words';
import { SPEECH_VERB_FORMS } from '../text/speech-verbs';
import type { Hit } from './link';
import { wordBefore } from './name-words';
import { appositiveKind } from './thing-appositive';
import { TRADE_AFTER } from './place-terms';
import {
  isCapital,
  listedWithPlaces,
  NAME_GOES_ON,
  onRoute,
  perArticle,
  placedHere,
  placeEvidence,
  possessedByName,
  siteAfter,
  TOWN_COMMA,
  type PlaceView,
} from './place-evidence';
import { countryWithThe } from './place-list-mates';
import { abbreviatedStateAt } from '../text/place-words';
import { NATIONAL_SIDES, nationalSide } from './national-sides';
import { townOrKind } from './kind-again';

/** What the checks read of the article, beyond PlaceView: countries with one of their places named unambiguously. */
export interface CountryView extends PlaceView {
  placeCountries?: Set<string>;
  /** Set on a page not in English (decide.ts Context): these rules read English, so there a country or a capital needs none. */
  lower?: object;
}

/**
 * Whether a country named by one word ("Jordan", "Turkey", "Monaco") is the country where it stands: only then does it open the country's card.
 *
 * Why ask for evidence: a country's one-word name is also a person's given name or nickname ("Jordan and
 * Chelsea Whitmore", "known as Tonga"), a product's or a shop's ("Jordan trainers", "a Turkey carpet", "The
 * Monaco, a £2,000 sofa"), a work's, a band's or an animal's. Rules for each kind fixed the kinds seen and
 * few others: three blind trap sets written after such rules gave 4.7 % to 9.3 % false links, most of them
 * countries. What news writes around a country it means is much the same everywhere, and an article about
 * a country says so more than once:
 *  - a preposition of place, alone or before "the" ("in Jordan", "in the Netherlands"), a list of places, a
 *    town's address ("Venice, Italy"), an origin in brackets ("Cava (Spain)");
 *  - what only a state has, after its name or possessive ("Jordan's foreign minister", "Chile's economy"), or its trade
 *    ("Kenya tea exports");
 *  - for a name no person bears: its possessive ("Japan's Nikkei"), the name as a clause's subject before a
 *    verb ("China banned", "Brazil is the largest producer"), a national side ("beat Panama 2-1", "Brazil
 *    midfielder"), the topic of policy, talks or a war ("the Ukraine expert", "Iran talks");
 *  - in the article: the country's adjective ("Jordanian"), one of its places ("Amman"), or any of the
 *    above at another mention of the same name (one sense per article).
 * An acronym ("US", "U.K.") has no namesake of this kind; the acronym rules of decide.ts apply to it.
 * Cost: asked only of one-word country hits that would otherwise link; a few short slices each, and one pass over the article's country hits the first time.
 */
export function countryEvidence(c: DatasetEntity, h: Hit, ctx: CountryView): string | null {
  if (shoutedCountry([c], h.key, ctx.text, h.span, ctx.L)) return 'a country’s name in a headline shouted in capitals';
  if (ACRONYM.test(ctx.text.slice(h.span.start, h.span.end))) return 'a country’s abbreviation';
  const here = evidenceHere(h, ctx);
  if (here) return here;
  // (Over the article's evidence too: "the Bermuda will detect" on a page that also says "the settings in Bermuda".)
  if (thingSubject(h, ctx)) return null;
  if (ctx.adjectiveCountries.has(c.id)) return 'a country whose adjective the article uses';
  if (ctx.placeCountries?.has(c.id)) return 'a country one of whose places the article names';
  if (keyEvidenced(ctx, h.key)) return 'a country the article places elsewhere';
  return null;
}

/** A one-word place's or country's evidence (null: none, so no link); undefined for other types, which need none here. */
export function whereEvidence(c: DatasetEntity, h: Hit, ctx: CountryView): string | null | undefined {
  if (c.type !== 'place' && c.type !== 'country') return undefined;
  if (saysThing(h, ctx)) return null;
  // ("CHICAGO — A South Side blues bar …", "SINGAPORE — The port authority …", "TURIN MAYOR PROMISES REPAIRS": shouted-prose.ts.)
  const shoutedSaid = shoutedPlaceEvidence(c, h, ctx);
  if (shoutedSaid) return shoutedSaid;
  // ("In Lebanon, Pa., the median home price rose": a town of an American address, as placeEvidence reads "Athens, Ga.".)
  if (c.type === 'country' && abbreviatedStateAt(ctx.text, h.span.end)) return null;
  if (c.type === 'country') return ctx.lower ? 'name' : countryEvidence(c, h, ctx);
  // "the Kremlin's decision", "the Pentagon says": a place the dataset names with a lower-case "the", so written (not "the Valley": "The Valley" is Anguilla's;
  // nor a nickname, quoted or called so: "staff call head office 'the Kremlin'").
  if (
    ctx.text.startsWith('the ', h.span.start - 4) &&
    c.aliases.includes(`the ${ctx.text.slice(h.span.start, h.span.end)}`) &&
    !NICKNAMED.test(ctx.text.slice(Math.max(0, h.span.start - 60), h.span.start - 4))
  )
    return 'its own name with “the”';
  // A country's capital without a place's evidence: a country's evidence (it stands for its government as often: "Beijing said"), a dateline, or a
  // journey's start; never a given name's ("Victoria", "Santiago") nor a longer name's first word ("Paris Agreement", "Moscow Mule"). (Tried without
  // it: "Tokyo or Nairobi was the better character", "The Berlin spin-off of Money Heist" link; with it, on 974 real texts, 6 links went, 5 of them
  // wrong: "Rome wasn't built in a day", a URL's "q=London", a grape, a Malay page's "London".)
  // ("the Dubai Airshow": a town's own show; "Tasmania …, the state's premier said": a division named again by its kind, kind-again.ts; "Ireland beat Scotland 2-1".)
  const placed = placeEvidence(c, h, ctx) ?? townOrKind(c, ctx.text, h.span) ?? (NATIONAL_SIDES.has(h.key) ? evidenceHere(h, ctx) : null);
  const goesOn = (NAME_GOES_ON.test(ctx.text.slice(h.span.end, h.span.end + 6)) && !plainAfterShouted(ctx.text, h.span, ctx.L)) || possessedByName(h, ctx);
  if (placed || !isCapital(c) || ctx.towns?.includes(h.span) || ctx.L?.givenNames.has(h.key) || goesOn) return placed;
  if (ctx.lower) return 'a country’s capital';
  if (DATELINE.test(ctx.text.slice(Math.max(0, h.span.start - 2), h.span.end + 30)) && /^\p{Lu}+$/u.test(ctx.text.slice(h.span.start, h.span.end)))
    return 'a dateline';
  if (ROUTE_START.test(ctx.text.slice(h.span.end, h.span.end + 24))) return 'a capital at one end of a journey';
  return evidenceHere(h, ctx) ?? (keyEvidenced(ctx, h.key) ? 'a capital the article places elsewhere' : null);
}

/** "Lima, a Peruvian restaurant,": an appositive says the name is a thing (thing-appositive.ts), unless a preposition of place or a list places it ("In Australia, a doctor's visit…"). */
export const saysThing = (h: Hit, ctx: CountryView): boolean => {
  if (appositiveKind(ctx.text, h.span) !== 'thing') return false;
  // (After an opening phrase only an appositive the commas close: "At Havana, a tapas bar in Leeds, the plate costs …".)
  const named = (): boolean =>
    appositiveKind(ctx.text, h.span, true) === 'thing' &&
    (!OPENING_PHRASE.test(ctx.text.slice(Math.max(0, h.span.start - 40), h.span.start)) || ENCLOSED.test(ctx.text.slice(h.span.end, h.span.end + 90)));
  // (A longer name only by a kind named outright: "Puerto Rico, the 2002 strategy game,"; not "the White Mountains of New Hampshire, the
  // Grand Canyon in Arizona", a list.)
  return h.tokens > 1 ? named() : !placedStrongly(h, ctx) || named();
};
/** A sentence's opening phrase ends at the name: "In Peru, the documentary…" */
const OPENING_PHRASE = /(?:^|[.!?:]\s+|\n\s*)\p{Lu}\p{Ll}*\s+(?:the\s+)?$/u;
/** ", a tapas bar in Leeds, the plate costs": an appositive with "a" closed by a second comma, a new subject after (not "In Peru, the film, which…"). */
const ENCLOSED = /^,\s+an?\s+[^,.;:!?\n]{2,60},\s+(?:the|a|an|its|his|her|their|\p{Lu})\b/u;

/**
 * (After a preposition of place the comma may end a phrase — "In Australia, a doctor's visit…", "made in the USA, the unit
 * features…" — so only an appositive whose head is a kind of thing or venue outright, inside the sentence, says what the name
 * is: "the chef at Lima, the Peruvian restaurant,".)
 */
/** A preposition of place before the name (with "the" between or not), or a list of places it is in. */
function placedStrongly(h: Hit, ctx: CountryView): string | null {
  const w = wordBefore(ctx.text, h.span.start);
  // ("answering to Chad", "a letter to Jordan": after "to", a name people bear is a person's unless on a journey.)
  const here = w === 'to' && bornePeople(h, ctx) && !onRoute(ctx.text, h.span, w) ? null : placedHere(h, ctx);
  if (here) return here;
  if (listedWithPlaces(h, ctx)) return 'a place in a list of places';
  // ("in the Netherlands", not "from the Jordan brand": the name ends the phrase, or is a country's that English writes with "the":
  // "Pawnshops in the Philippines handle billions".)
  const after = ctx.text.slice(h.span.end, h.span.end + 12);
  if (
    w === 'the' &&
    TRAVEL_PREPOSITIONS.has(wordBefore(ctx.text, h.span.start - 4) ?? '') &&
    (!/^\s\p{Ll}/u.test(after) || PHRASE_ENDS.test(after) || countryWithThe(h, ctx.text))
  )
    return 'a country after a preposition of place';
  if ((!/^\s\p{Ll}/u.test(after) || PHRASE_ENDS.test(after)) && ADJECTIVE_AFTER_PREPOSITION.test(ctx.text.slice(Math.max(0, h.span.start - 50), h.span.start)))
    return 'a country after a preposition of place and an adjective';
  return null;
}

/** What stands around this mention makes it the country: read once per hit (keyEvidenced reads the one-word country hits of a key, the linker the one it decides). */
function evidenceHere(h: Hit, ctx: CountryView): string | null {
  let v = hereByHit.get(h);
  if (v === undefined) hereByHit.set(h, (v = evidenceAt(h, ctx))); // (it reads only the article's text, word lists and hits)
  return v;
}
const hereByHit = new WeakMap<Hit, string | null>();
function evidenceAt(h: Hit, ctx: CountryView): string | null {
  const { text } = ctx;
  const strongly = placedStrongly(h, ctx);
  if (strongly) return strongly;
  const after = text.slice(h.span.end, h.span.end + 28);
  if (STATE_OWN_AFTER.test(after)) return 'a country with what only a state has';
  if (ITS_BORDER.test(after)) return 'a country that closes or opens its border, airspace or embassy';
  if (STATE_COMPOUND.test(after)) return 'a country that backs, leads or flags (“Iran-backed”)';
  if (TRADE_AFTER.test(after)) return 'a country’s trade in a product';
  if (SITE_AFTER.test(after)) return 'a firm’s or a state’s office there (“Apple’s Lisbon office”)';
  const before = text.slice(Math.max(0, h.span.start - 30), h.span.start);
  if (appositiveKind(text, h.span) === 'place') return 'an appositive that calls it a state or a place';
  if (STATE_BEFORE.test(before)) return 'a country after a word for a state, its part or its office';
  if (ENVOY_BEFORE.test(before)) return 'a country a diplomat is sent to (“envoy to”, “ambassador to”)';
  if (TOWN_COMMA.test(before) && ADDRESS_END.test(after)) return 'a country ending a town’s address';
  if (before.endsWith('(') && after.startsWith(')')) return 'a country of origin in brackets';
  if (STATE_OBJECT.test(before)) return 'a country that is ruled, invaded or left';
  if (PEOPLE_FROM.test(before)) return 'a country people or goods come from';
  if (NATIONALITY_OF.test(before)) return 'a person’s nationality ("Yasutaka Uchiyama of Japan")';
  // (A person's name too, a given name or a dataset person's: "Chad scored", "Jordan's team-mates". Else what stands there: "Macau casino revenue".)
  if (bornePeople(h, ctx)) return null;
  if (siteAfter(text, h.span, false, ctx.L)) return siteAfter(text, h.span, false, ctx.L);
  if (POSSESSIVE.test(after) && ownsBy(text, h.span, after)) return 'a country’s possessive';
  if (OPPONENT.test(before)) return 'a country played, faced or acted against';
  if (AT_WAR_WITH.test(before)) return 'a country at war or in a truce with another';
  if (SQUAD_AFTER.test(after)) return 'a country’s national team';
  if (TOPIC_AFTER.test(after)) return 'a country as the subject of policy, talks or a war';
  if ((SUBJECT_VERB.test(after) || speechAfter(after)) && !thingSubject(h, ctx)) return 'a country as the subject of a clause';
  return nationalSide(text, h.span);
}

/**
 * "the Bermuda will detect": a clause's subject with "the" before a country's one-word name that is not written with it is a
 * thing (a product, a boat, a shop), not the state. Written with it: a name in the plural ("the Netherlands", "the Maldives")
 * or one the dataset writes with "the" ("The Gambia", "Republic of the Congo", "the Ukraine").
 */
function thingSubject(h: Hit, ctx: CountryView): boolean {
  const name = `the ${ctx.text.slice(h.span.start, h.span.end).toLowerCase()}`;
  const after = ctx.text.slice(h.span.end, h.span.end + 28);
  // (Not before a verb of speech: a state speaks, a product does not — "The Vatican said".)
  if (wordBefore(ctx.text, h.span.start) !== 'the' || name.endsWith('s') || !SUBJECT_VERB.test(after) || speechAfter(after)) return false;
  const writtenSo = (n: string): boolean => (n = n.toLowerCase()) === name || n.endsWith(` ${name}`);
  return !h.candidates.some((e) => e.type === 'country' && (writtenSo(e.name) || e.aliases.some(writtenSo)));
}

/** A name people bear too: a given name, or a dataset person's ("Jordan"). */
const bornePeople = (h: Hit, ctx: CountryView): boolean => !!ctx.L?.givenNames.has(h.key) || h.candidates.some((e) => e.type === 'person');

/** Some one-word country or capital hit of the key has evidence where it stands (one sense per article): read per key, of its hits alone. */
const evidenced = new WeakMap<CountryView, Map<string, boolean>>();
function keyEvidenced(ctx: CountryView, key: string): boolean {
  const byKey = perArticle(evidenced, ctx, () => new Map<string, boolean>());
  let yes = byKey.get(key);
  if (yes === undefined)
    byKey.set(key, (yes = ctx.hits.some((x) => x.key === key && x.tokens === 1 && x.candidates.some(countryOrCapital) && !!evidenceHere(x, ctx))));
  return yes;
}
const countryOrCapital = (e: DatasetEntity): boolean => e.type === 'country' || (e.type === 'place' && isCapital(e));

/** A preposition of place (not "to": "to meet Chad"), "the" or not, and one or two lower-case words before the name: "in ancient Greece". */
const ADJECTIVE_AFTER_PREPOSITION = new RegExp(
  `\\b(?:${[...TRAVEL_PREPOSITIONS]
    .filter((p) => p !== 'to')
    .map((p) => `[${p[0]}${p[0]!.toUpperCase()}]${p.slice(1)}`)
    .join('|')})\\s(?:the\\s)?(?:[\\p{Ll}\\d][\\p{L}\\d-]*\\s){1,2}$`,
  'u',
);
/** A word that ends a noun phrase before it: a preposition, a conjunction, a relative, a verb of being or having. */
const PHRASE_ENDS =
  /^\s(?:and|or|of|in|on|at|for|to|with|from|by|since|until|as|is|was|are|were|has|had|have|will|would|where|which|who|that|but|after|before|during|over|under|via|through|when|while|because|last|this|next)\b/;
/** A dateline: the name in capitals opening a line, a dash or a bracket after it, or a comma and its country ("BERLIN --", "CAIRO, Egypt (AP) —"). */
const DATELINE = /^(?:^|\n|[\n.] )?\p{Lu}+(?:,\s[\p{L}. ]+)?\s*(?:--|[—–-]\s|\()/u;
/** "SEOUL —", "HANOI, Vietnam (AP) —": a town's own name in capitals opening a dateline, which no acronym is, however short (decide.ts). */
export const datelineTown = (c: DatasetEntity, h: Hit, text: string): boolean =>
  c.type === 'place' && aliasKeyMemo(c.name) === h.key && DATELINE.test(text.slice(Math.max(0, h.span.start - 2), h.span.end + 30));
/** A quotation mark right before "the", or a verb of naming a few words before: a nickname ("call it 'the Kremlin'", "nicknamed the depot the Kremlin"). */
const NICKNAMED = /(?:['"\u2018\u201c]|\b(?:call(?:s|ed)?|dubb(?:ed)?|dubs|nicknamed|known\s+as|named)\s(?:[\w'\u2019-]+\s){0,4})$/;
/** "London to Barcelona", "from Cairo to Luxor": the name at the start of a journey to another capitalised name. */
const ROUTE_START = /^\s(?:to|and\son\sto)\s\p{Lu}[\p{L}-]+\b/u;
const ACRONYM = /^(?:\p{Lu}{2,4}|(?:\p{Lu}\.){2,3})$/u;
/** Punctuation, a spaced dash or the end after a town's address (TOWN_COMMA before it). */
const ADDRESS_END = /^(?:[,.;:)\u2013\u2014]|\s[-\u2013\u2014]\s|$)/u;
/** "closed its border", "reopened its main border crossing", "shut its airspace": what only a state does with what it has. */
const ITS_BORDER = /^\s\p{Ll}+\sits\s(?:main\s|only\s|southern\s|northern\s|eastern\s|western\s)?(?:borders?|airspace|embassy|ports|coastline)\b/u;
/**
 * A verb of speech in the past, or "says", after the name ("has said", "warned"): speech-verbs.ts SPEECH_VERB_FORMS. (Not its other
 * forms in -s, which are nouns as often: "Jordan notes", "Nepal reports".)
 */
export function speechAfter(after: string): boolean {
  const w = SPEECH_WORD_AFTER.exec(after)?.[1];
  const base = w ? SPEECH_VERB_FORMS.get(w) : undefined;
  return !!base && base !== w && (w === 'says' || !w!.endsWith('s'));
}
const SPEECH_WORD_AFTER = /^\s(?:has\s|had\s)?(\p{Ll}+)\b/u;
/** What a state backs, leads, brokers, occupies or flags, in a hyphenated compound ("Iran-backed", "Saudi-led", "Panama-flagged"). */
const STATE_COMPOUND = /^-(?:backed|led|run|allied|aligned|sponsored|funded|brokered|controlled|occupied|held|administered|annexed|flagged|registered|made)\b/;
/** What news writes about a state: its experts and envoys, a policy, talks, a deal, a war ("the Ukraine expert", "Iran talks", "the Syria envoy"). */
const TOPIC_AFTER =
  /^\s(?:experts?|advis[eo]rs?|envoys?|policy|policies|desk|specialists?|hawks?|analysts?|correspondents?|sanctions|deal|talks|negotiations|war|conflict|crisis|ceasefire|truce|peace\s(?:talks|deal|process|plan)|invasion|summit|strategy|stocks|traffic|skyline|siege|bombings?|uprising|massacre|riots|earthquake|floods)\b/;
/** A site in the place right after its name: an office, a plant, a bureau, a consulate ("Apple's Lisbon office", "the Cairo bureau"). */
const SITE_AFTER = /^\s(?:office|offices|branch|branches|plant|factory|headquarters|bureau|campus|consulate|stock\sexchange|bourse)\b/;
const POSSESSIVE = /^['’]s?\s/;
/**
 * A possessive's apostrophe is the name's own: "’s", or a bare apostrophe after a name ending in "s" ("the Philippines’ economy") —
 * not the closing quotation mark of a name opened by one ("Gilliam's 'Brazil' Returns", "Marcus 'Chile' Okafor").
 */
const ownsBy = (text: string, span: { start: number; end: number }, after: string): boolean =>
  /^['’]s/.test(after) || (/s$/.test(text.slice(span.start, span.end)) && !OPENING_QUOTE.test(text.charAt(span.start - 1)));
const OPENING_QUOTE = /['‘’"“]/;
/** A diplomat sent to a state, or charged with it ("the UN's special envoy on Myanmar", "ambassador to Chad"); not "ambassador for", a brand's. */
const ENVOY_BEFORE = /\b(?:envoys?\s(?:to|on|for)|ambassadors?\sto|high\scommissioners?\sto)\s(?:the\s)?$/i;
/** What only a country is: ruled, governed, invaded, annexed, colonised, sanctioned ("Sanctions on Belarus"); a coast one is off ("seized off Honduras"). */
const STATE_OBJECT =
  /\b(?:ruled|rules|ruling|governed|governs|invaded|invades|invading|annexed|occupied|colonised|colonized|sanctioned|[Ss]anctions\son|off)\s(?:the\s)?$/;
/** People or goods from a place ("officials from Chad", "refugees from the Sudan"): a letter or a gift from Chad is a person's. */
const PEOPLE_FROM =
  /\b(?:officials|delegates|delegations?|diplomats|envoys|ministers|leaders|representatives|troops|soldiers|refugees|migrants|immigrants|asylum[\s-]seekers|visitors|tourists|pilgrims|students|workers|exports|imports|goods|flights|arrivals)\sfrom\s(?:the\s)?$/i;
/** A person named in full, then "of" ("Yasutaka Uchiyama of Japan", "King Abdullah of Jordan"): the person's country. */
const NATIONALITY_OF = /\p{Lu}[\p{L}'’-]+\s\p{Lu}[\p{L}'’-]+\sof(?:\sthe)?\s$/u;
/**
 * A national team, by what stands before or after the name: an opponent's words with at most a score between ("against
 * Chile", "Jamaica beat Panama 2-1", "drew 0-0 with Hungary"), a player's position or the side itself after it ("Brazil
 * midfielder Lucas Paquetá", "the Wales squad"). Only for names that are no given names ("beat Jordan 6-4" is a player).
 */
const OPPONENT =
  /\b(?:against|beat|beating|faced|facing|plays|played|playing|meets|met|hosts|hosted|(?:drew|draw|drawing)(?:\s\d+-\d+)?\swith|lost(?:\s\d+-\d+)?\sto|(?:win|victory|wins|victories)\sover)\s(?:the\s)?$/;
/** A war, a conflict or a truce with a state before its name ("a renewed war with Eritrea", "the ceasefire with Lebanon"); only for names no person bears. */
const AT_WAR_WITH = /\b(?:war|wars|conflict|ceasefire|truce|armistice|hostilities)\swith\s(?:the\s)?$/;
const SQUAD_AFTER =
  /^\s(?:(?:national|football|soccer|rugby|cricket|hockey|basketball|volleyball|netball|olympic|under-\d+)\s)?(?:midfielder|striker|winger|forward|defender|goalkeeper|keeper|full-back|captain|skipper|coach|manager|head\scoach|international|squad|side|team|fans|supporters)\b/;
/**
 * Right before the name: a lower-case point of the compass ("northern Kenya"), "out of", a state's office, people or parts
 * before "of" ("the Prime Minister of Canada", "the people of Chad"), or a word for countries before an example ("a country
 * such as Argentina", "markets like Japan").
 */
const STATE_BEFORE =
  /(?:\b(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|out\sof)|\b(?:[Mm]inister|[Pp]resident|[Kk]ing|[Qq]ueen|[Ee]mir|[Gg]overnment|[Ee]mbassy|[Aa]mbassador|[Aa]ffairs|[Cc]apital|people|citizens|[Pp]arliament|[Rr]epublic|[Kk]ingdom|[Pp]rince(?:ss)?|[Ss]ultan|[Ss]hah|much|most|rest|whole|borders?|coast|regions?|provinces?|tour|visit|trip|invasion|occupation|liberation|maps?|flags?)\sof(?:\sthe)?|\b(?:borders?|frontiers?)(?:\scrossings?)?\swith|\b(?:countr(?:y|ies)|nations?|states|economies|markets|destinations|places)\s(?:such\sas|like|including))\s$/;
/**
 * What only a state has, right after its name or its possessive: a government, a head of state, ministries, armed forces,
 * borders, an economy, a central bank, citizens ("Jordan's king", "Chile's economy", "Turkey's central bank").
 */
const STATE_OWN_AFTER =
  /^(?:['’]s?)?\s(?:(?:new|former|then|current|interim|military|elected|ruling)\s)?(?:government|president|prime\sminister|premier|chancellor|foreign|defen[cs]e|interior|finance|military|army|navy|air\sforce|armed\sforces|troops|economy|capital|borders?|embassy|ambassador|envoy|parliament|king|queen|monarch|emir|ministry|ministers?|authorities|citizens|population|central\sbank|currency|constitution|supreme\scourt|regime|independence|sovereignty|opposition\sleader|head\sof\sstate|national\s(?:team|squad|assembly|security|elections?|debt)|gdp)\b/;
/**
 * The name opening a clause, before its verb: an auxiliary, or a past tense, with at most one adverb between ("China banned", "Canada has
 * proactively created", "Argentina comfortably got past Chile"). Not a plural noun ("Jordan trainers") nor any word in -s: "takes" and "trainers" look alike.
 */
const SUBJECT_VERB =
  /^\s(?:(?:\p{Ll}+ly|also|now|still|already|then|later|first|once|never|again)\s)?(?:is|was|has|had|have|will|would|could|can|should|must|may|might|does|did|remains|becomes|became|\p{Ll}{2,}ed|beat|won|lost|drew|got|took|made|sent|saw|began|fell|rose|grew|led|met|paid|sold|spent|struck|hit|put|set|cut|held|kept|brought|built|bought|sought|fought|gave|came|went|ran|overtook|wants|plans|needs|hopes|expects|faces|seeks|holds|imposes|accuses)\b/u;
