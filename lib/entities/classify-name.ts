import type { EntityType, Span } from '../types';
import type { Token } from './candidates';
import { ACRONYM_SHAPE, AT_PLACE_PREPOSITIONS, KIN_ADDRESS, PEERAGE_RANKS, PRAISE_WORDS, SAID_TO_VERBS, TITLE_PREFIXES, US_STATE_CODES } from '../text/words';
import { speechAfter, WORDLIKE_GIVEN } from './person-evidence';
import { subjectOfLife } from './life-subject';
import type { LexiconSets } from './lexicon-sets';
import { isNameWord, wordBefore } from './name-words';
import { productPerson } from './product-names';
import { inTitleCaseLine } from './title-case';
import { aloneOnLine, leadBeforeGiven, shopPossessive } from './not-people';
import type { ArticleWords } from './article-words';
import { everydayWord, officeWord } from './one-word';
import { everydayAfterPreposition } from './place-words';
import { CREEDS_AND_PEOPLES } from '../text/place-words';
import { exampleOfPlaces } from './place-examples';
import { calledPlace, siteBefore, visitedBefore } from './place-travel';
import { assaultedAfter, compassOfThe, conqueredBefore, listedName, placeBefore, placeKindAfter, placeOf, type OtherName } from './listed-names';
import { firmBySentence, NOUN_END } from './firm-evidence';
import {
  adjectiveEnd,
  centreAsVenue,
  DETERMINERS,
  endsInOrgHead,
  fieldOfWork,
  firmEnd,
  legalForm,
  nounAfter,
  placeByHeads,
  regionAsOther,
} from './name-shapes';
import { institutionBefore, tradeName } from './org-spans';
import { knownOrgFirst } from './known-org-first';
import { saidKind } from './said-kind';

/** How the name finder of other-names.ts types one segment of a capitalised run (see findOtherNames for the rules). */

/** The next word is capitalised / lower case (module constants: under tsx a \p{…} literal in a function is rebuilt per call). */
const CAPITAL_NEXT = /^\s+\p{Lu}/u;
const LOWER_NEXT = /^\s+\p{Ll}/u;
const LOWER_BEFORE = /\p{Ll}\s$/u;
/** A people's plural ("mexicans", "europeans", "argentineans"): an "-an" adjective and "s". */
const PEOPLES_PLURAL = /\p{Ll}ans$/u;
/** A language's name ("in English", "in Japanese", "into Danish"): a people's adjective in "-ish" or "-ese", which no place's name takes. */
const LANGUAGE_END = /\p{Ll}{2}(?:ish|ese)$/u;

/** Verbs of a life, which a company or a country does not do ("Google said" is as common as "Smith said"). */
const PERSON_VERBS = /^\s+(?:was born|is born|died|married|starred|composed|painted|sang|studied|graduated|retired)\b/;

/** A word of travel, then "to" or "from", right before a name. */
const MOTION_BEFORE =
  /\b(?:returned|returning|moved|moving|travell?ed|fled|sailed|flew|emigrated|relocated|headed|marched|retreated|withdrew|arrived|deported|exiled|railway|railroad|road|route|flights?|trains?|ferry)\s(?:back\s)?(?:to|from)\s$/;

/** What follows the pronoun "I" and no king's number ("I think", "I will", "I for one"; not "was", "died": "Henry I died"). */
const PRONOUN_I_NEXT =
  /^\s+(?:am|think|thought|will|would|can|could|should|just|really|hope|guess|know|need|want|agree|for|also|do|don['\u2019]t|have|feel|believe|love|appreciate|wonder|wanted)\b|^\s?['\u2019](?:m|ll|ve|d)\b/;
/** The imperatives of the verbs said to a person ("Tell", "Email", "Thank"). */
const SAID_TO_IMPERATIVE: ReadonlySet<string> = new Set(SAID_TO_VERBS.slice(0, SAID_TO_VERBS.indexOf('told')));
const ROMAN = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,2}|XI{1,3}|XIV|XV|XVI{1,3}|XIX|XX)$/;
/** Plural demonyms and followers: "Native Americans", "Young Turks", "Social Democrats". */
const GROUP_END = /(?:ans|ians|ists|ites|ese|ers|ats|ics)$/;
const QUOTE_BEFORE = /["'\u2018\u201c]$/;
const ARTICLE_FIRST = new Set(['el', 'la', 'las', 'los', 'le', 'les', 'il', 'lo']);

/** One finding (a function, not a closure per classified segment). */
function add(out: OtherName[], type: EntityType, name: string, span: Span): void {
  out.push({ type, name, span, unsure: false });
}

/** Any of the words in the set (a loop, not a closure per call). */
function someIn(ws: string[], set: ReadonlySet<string>): boolean {
  for (const w of ws) if (set.has(w)) return true;
  return false;
}

/** Classifies a segment (without the lower-case words at its end): adds what it names to `out`, or a label to `labels`. */
export function classify(
  text: string,
  seg: Token[],
  atSentenceStart: boolean,
  out: OtherName[],
  L: LexiconSets,
  words: ArticleWords,
  labels: Set<string>,
): void {
  const ws: string[] = [];
  for (const t of seg) ws.push(t.low); // (not seg.map: a mapped array's shape varied, and the compiled classify deopted on it)
  const last = ws[ws.length - 1]!;
  const ofAt = ws.indexOf('of');
  const beforeOf = ofAt > 0 ? ws[ofAt - 1]! : '';
  const span = { start: seg[0]!.start, end: seg[seg.length - 1]!.end };
  const name = text.slice(span.start, span.end);
  const before = wordBefore(text, span.start);
  // Well-known organisations and places the dataset does not carry ("Boeing", "San Diego").
  const low = name.toLowerCase();
  // A legal form after the name or at its end ("Google, Inc.", "Enron Corp."): a firm (below the tests for roles), the form in its span.
  const firm = firmEnd(text, span.end, ws);
  if (L.knownOrgs.has(low)) return add(out, 'organization', name, firm > 0 ? { start: span.start, end: firm } : span);
  if (L.knownPlaces.has(low)) return L.regions.has(low) && regionAsOther(text, span.start, span.end, low) ? undefined : add(out, 'place', name, span);
  // "Microsoft Search", "NASA Administrator": a known organisation opening a longer name of its product, office or event (known-org-first.ts).
  const org = firm > 0 || inTitleCaseLine(text, span) ? null : knownOrgFirst(text, seg, ws, L);
  if (org) return add(out, 'organization', text.slice(seg[org[0]]!.start, seg[org[1] - 1]!.end), { start: seg[org[0]]!.start, end: seg[org[1] - 1]!.end });
  if (firm <= 0 && saidKind(text, span, ws, name, out)) return; // ("Quelland is a small town in …", "Varkala, a coastal town": said-kind.ts)
  // A city or a company of the longer lists ("Baqubah", "Las Vegas", "Accenture"; listed-names.ts).
  const listed = listedName(text, seg, span, name, low, before, L, words);
  if (listed) return void out.push(listed);
  // "the city of Tyre", "the district of Fontvieille", "the pass of Thermopylae": a kind of place and "of" before the name.
  if (before === 'of' && seg.length <= 3 && placeOf(text, span.start)) return add(out, 'place', name, span);
  // Events, works, periods ("… Fair Housing Action Center", "Imperial War Museum": an institution's head word last wins, or one before
  // "for": "Centre for Disease Control"); roles ("Holy Roman Emperor", "Minister of State").
  if (someIn(ws, L.otherHeads) && !endsInOrgHead(ws, L) && !institutionBefore(ws, L, before)) return;
  // A peer's style names a place ("Countess of Lennox", "Earl of Strafford"; as peerage.ts reads a dataset place there): the name after "of".
  // (Not in quotes: "a ‘Duchess of Edinburgh’ clematis" is a variety's name.)
  if (
    ofAt > 0 &&
    ofAt < 3 &&
    ws.length - ofAt <= 4 &&
    PEERAGE_RANKS.has(beforeOf) &&
    seg[ofAt - 1]!.cap &&
    seg.slice(ofAt + 1).every(isNameWord) &&
    !QUOTE_BEFORE.test(text.slice(Math.max(0, span.start - 1), span.start))
  )
    return add(out, 'place', text.slice(seg[ofAt + 1]!.start, span.end), { start: seg[ofAt + 1]!.start, end: span.end });
  // A role ("Chief Justice", "Minister of Justice") — but an institution's domain is no role ("Department of Justice", "Court of
  // Justice"), where the name ends there (not "Division of General" of "… General Studies", cut short by the run).
  if (
    (L.titles.has(last) && !(ofAt > 0 && L.orgHeads.has(beforeOf) && !CAPITAL_NEXT.test(text.slice(span.end, span.end + 3)))) ||
    (ofAt > 0 && L.titles.has(beforeOf))
  )
    // (A legal form after a role's "of" names the firm: "Senior Vice President of CCNG, Inc.")
    return firm > 0 && ofAt > 0 && L.titles.has(beforeOf) && ofAt < ws.length - 1
      ? add(out, 'organization', text.slice(seg[ofAt + 1]!.start, firm), { start: seg[ofAt + 1]!.start, end: firm })
      : undefined;
  if (firm > 0) return add(out, 'organization', name, { start: span.start, end: firm });
  // (The rest is two functions, for names of two or more words and for one word: see classifyWords.)
  if (seg.length >= 2) return classifyWords(text, seg, ws, span, name, low, before, beforeOf, atSentenceStart, out, L, words, labels);
  classifyOneWord(text, seg, span, name, before, atSentenceStart, out, L, words);
}

/**
 * classify's half for names of two or more words. (classify was one function of 4,000 bytes of bytecode; V8 optimises a function
 * after an amount of its own work that grows with its length, so it ran unoptimised through the first long articles and was then
 * a long compilation job beside their analyses; in halves, each is compiled sooner and in a shorter job.)
 */
function classifyWords(
  text: string,
  seg: Token[],
  ws: string[],
  span: Span,
  name: string,
  low: string,
  before: string | null,
  beforeOf: string,
  atSentenceStart: boolean,
  out: OtherName[],
  L: LexiconSets,
  words: ArticleWords,
  labels: Set<string>,
): void {
  const first = ws[0]!;
  const last = ws[ws.length - 1]!;
  // "South Korean officials": an adjective, however many words it takes.
  if (L.qualifiers.has(first) && /(?:ian|ean|an|ese|ish|ic)$/.test(last) && LOWER_NEXT.test(text.slice(span.end, span.end + 3))) return;
  // "Excellent Service", "Favorite Restaurant", "Best Social Media Agency": praise or blame first makes a review's heading or a
  // ranking's category, not a name — but for a legal form last ("Best Widgets LLC").
  if (PRAISE_WORDS.has(first) && !legalForm(last)) return;
  // ("Risk Management", "Cleaning Services": a field of work or an offer, named by everyday words alone; name-shapes.ts.)
  if (fieldOfWork(ws, L, words)) return;
  if (centreAsVenue(text, span.start, ws, before, L)) return add(out, 'place', name, span); // ("right by Civic Center", "at Canterbury Cathedral": the building)
  if (L.orgHeads.has(last) || L.orgLeads.has(first) || institutionBefore(ws, L, before, true)) return add(out, 'organization', name, span);
  // "Air France", "Air Malta": "Air" and a known country or place name an airline.
  if (first === 'air' && ws.length === 2 && L.knownPlaces.has(last)) return add(out, 'organization', name, span);
  // "Islamic State": a creed's adjective before "State" names a movement, not a place.
  if (seg.length === 2 && last === 'state' && /(?:ic|ist)$/.test(first)) return add(out, 'organization', name, span);
  if (placeByHeads(seg, ws, beforeOf, L, words) || exampleOfPlaces(text, span)) return add(out, 'place', name, span);
  // What a sentence says of a firm ("a job at Cracker Barrel"), whose name may end as groups' names and nouns do ("Quorvex Electronics said its …").
  if (firmBySentence(text, seg, span, before, L, words) && !inTitleCaseLine(text, span)) return add(out, 'organization', name, span);
  if (GROUP_END.test(last)) return;
  // A regnal number after a name ("Charles II", "Darius I"), not after a word of the article or one that opens sentences ("Part II", "Supplier X",
  // "Do I need", "Sometimes I").
  if (ROMAN.test(seg[seg.length - 1]!.text) && seg.length <= 3 && isNameWord(seg[0]!)) {
    if (L.lead.has(first) || everydayWord(first, (w) => words.writtenLower(w))) return;
    // ("Trevor I think …", "Marcy I will call": after a given name, "I" before a word the pronoun takes is the writer, not a number.)
    const pronoun = seg.length === 2 && seg[1]!.text === 'I' && L.soleGivenNames.has(first) && PRONOUN_I_NEXT.test(text.slice(span.end, span.end + 16));
    return add(out, 'person', pronoun ? seg[0]!.text : name, pronoun ? { start: span.start, end: seg[0]!.end } : span);
  }
  // ("Aunt Toni": a word kin are called by, before a given name, is no part of it.)
  const kinGiven = KIN_ADDRESS.has(first) && seg.length >= 2 && L.givenNames.has(seg[1]!.low);
  // ("Tell Rosa that …", "Email Gerald the report": a verb said to a person, opening the sentence, before a given name is no part of it.)
  const toGiven = atSentenceStart && SAID_TO_IMPERATIVE.has(first) && L.soleGivenNames.has(seg[1]!.low) && !WORDLIKE_GIVEN.has(seg[1]!.low);
  if ((L.titles.has(first) ? !TITLE_PREFIXES.has(first) : kinGiven || toGiven || leadBeforeGiven(seg, L)) && seg.slice(1).every(isNameWord)) {
    const rest = seg.slice(1);
    out.push({ type: 'person', name: text.slice(rest[0]!.start, span.end), span: { start: rest[0]!.start, end: span.end }, unsure: false });
    return;
  }
  // Nouns, not names: "Voice Control", "Human Rights Commission" aside, "Policy Management".
  if (ws.some((w) => NOUN_END.test(w))) return;
  // A line in Title Case is a heading or a menu: every word is capitalised there.
  if (inTitleCaseLine(text, span)) return;
  // "El Puerto", "La Paz", "Los Alamos": a Romance article before one word names a place, not a person.
  if (seg.length === 2 && ARTICLE_FIRST.has(first)) return placeBefore(before) ? add(out, 'place', name, span) : undefined;
  if (tradeName(seg, ws, before, words, L)) return add(out, 'organization', name, span); // ("Carr Futures": a trade's noun last)
  if (seg.length <= 3 && seg.every(isNameWord)) {
    // "Christian Democrats", "Roman Catholic": an adjective first and a plural or another adjective after is a group or a creed;
    // so are words of faiths and peoples alone ("Sunni Arab and Kurdish parties").
    if ((adjectiveEnd(first) && (atSentenceStart || adjectiveEnd(last) || /s$/.test(last))) || ws.every((w) => CREEDS_AND_PEOPLES.has(w))) return;
    // A label before a colon, with no given name and not after a lower-case word ("My name is Bill Gottlieb:"), is no name at
    // any mention ("Year Founded: 2008", "Quick Tip:", "Mentor Mode:").
    if (text.charCodeAt(span.end) === 58 && !L.givenNames.has(first) && !LOWER_BEFORE.test(text.slice(Math.max(0, span.start - 2), span.start)))
      return void labels.add(low);
    // Shape alone names nobody where a word of it is an everyday word of the article ("Perfect Privacy", "in Digital Marketing").
    const everyday = words.someWrittenLower(seg);
    // ("in Yasser Arafat's legacy": the preposition governs what the name owns; a given name first makes it a person's.)
    const owns = /^['\u2019]s\b/.test(text.slice(span.end, span.end + 3));
    if (before && AT_PLACE_PREPOSITIONS.has(before) && !(owns && L.givenNames.has(first)))
      return everyday || before === 'at' || owns || productPerson(name, L) ? undefined : add(out, 'place', name, span); // (not "on YouTube Shorts")
    // People are not "the …" ("the Arab Revolt"), nor a role's qualifiers ("Interim Palestinian leader", "Radical Shiite cleric").
    if (before === 'the' || (everyday && !L.givenNames.has(first)) || words.roleAfter(span.end)) return;
    // Nor a thing's: after a determiner ("a Master Firm contract", "our Gas Desk"), before a noun it qualifies ("Sand Hill park"), or as a heading ("Final Thoughts").
    if (!L.givenNames.has(first) && (DETERMINERS.has(before ?? '') || nounAfter(text, span.start, span.end, L) || aloneOnLine(text, span))) return;
    // ("going to Del Frisco's for dinner": a shop's name; not-people.ts.)
    if (shopPossessive(text, span)) return;
    // ("Choose Podia", "Pinot Noir", "Apple Podcasts", "Star Trek", "Front Neurosci": an everyday English word first and no given name —
    // shape alone names no person there; audit seed 29: about 105 of 119 such built people on the real pages were things. Not "Will
    // Moy", nor before a verb of a life or speech ("Mitt Romney had a lead": a given name the lexicon lacks), nor where the sentence
    // names it ("My name is Visit Phunnarungsi", "a tea monk named Sibling Dex").)
    const named = before !== null && NAMING_BEFORE.has(before);
    if (
      L.everyday.has(first) &&
      !L.givenNames.has(first) &&
      !WORDLIKE_GIVEN.has(first) &&
      !named &&
      !subjectOfLife(text, span.end, L) &&
      !speechAfter(text, span.end)
    )
      return;
    return add(out, 'person', name, span);
  }
  return;
}

/** Words before a name that name it ("is", "named"). */
const NAMING_BEFORE: ReadonlySet<string> = new Set(['is', 'was', 'am', 'named', 'called', 'nicknamed', 'dubbed']);

/** classify's half for a single word. */
function classifyOneWord(
  text: string,
  seg: Token[],
  span: Span,
  name: string,
  before: string | null,
  atSentenceStart: boolean,
  out: OtherName[],
  L: LexiconSets,
  words: ArticleWords,
): void {
  const first = seg[0]!.low;
  const t = seg[0]!;
  const w = t.text;
  if (ACRONYM_SHAPE.test(w)) {
    // (Only one the article spells out as an organisation's name — "MRI", "SEO" are none; not "Hanover, NH": a state's code — or that a sentence makes a firm's: "BP shut its refinery".)
    const code = US_STATE_CODES.has(w) && /,\s$/.test(text.slice(t.start - 2, t.start));
    if (L.acronyms.has(w) || ROMAN.test(w) || code) return;
    if (words.spelledOut(w) || firmBySentence(text, seg, span, before, L, words)) add(out, 'organization', name, span);
    else if (words.spelledAsPlace(w)) add(out, 'place', name, span); // ("the ISS" of "International Space Station")
    return;
  }
  const after = text.slice(t.end, t.end + 24);
  // "the Senate", "the Union": an institution's head word used as its name.
  if (L.orgHeads.has(first) && before === 'the' && !atSentenceStart && !/^\s+of\b/.test(after)) return add(out, 'organization', name, span);
  if (!isNameWord(t) || L.lead.has(first) || L.qualifiers.has(first)) return;
  if (firmBySentence(text, seg, span, before, L, words)) return add(out, 'organization', name, span); // ("shares of Zillow", "companies like Quist", "Zelvan shut its …")
  // At a sentence start any word is capitalised: a name only before a verb of a life ("Mishima took up …" is not enough).
  if (atSentenceStart) return PERSON_VERBS.test(after) && !adjectiveEnd(first) ? add(out, 'person', name, span) : undefined;
  if (L.orgHeads.has(first) || L.placeHeads.has(first) || L.titles.has(first)) return;
  const possessive = /^['\u2019]s\b/.test(after);
  if (PERSON_VERBS.test(after)) return add(out, 'person', name, span);
  if (adjectiveEnd(first) && LOWER_NEXT.test(after)) return;
  // ("inspired in Mexicans", "popular among Koreans": a people's plural in "-ans" after the preposition is no place; no one-word place the lists know ends so.)
  if (placeBefore(before) && !possessive)
    return everydayAfterPreposition(first, words, L) || PEOPLES_PLURAL.test(first) || LANGUAGE_END.test(first) ? undefined : add(out, 'place', name, span);
  // "returned to Kirriemuir", "the railway to Flensburg", "fled from Husum": "to" and "from" after a word of travel; "conquered Thrace".
  const travel = (before === 'to' || before === 'from') && MOTION_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start));
  if (
    !possessive &&
    (travel ||
      conqueredBefore(text, span.start) ||
      compassOfThe(text, span.start) ||
      assaultedAfter(text, span.start, span.end, first) ||
      visitedBefore(text, span.start, span.end) ||
      siteBefore(text, span.start, span.end) ||
      calledPlace(text, span.start) ||
      placeKindAfter(text, span.end, first) ||
      exampleOfPlaces(text, span))
  )
    return add(out, 'place', name, span);
  if (before === 'the') return;
  if (before && L.titles.has(before) && (officeWord(before) || !everydayWord(first, (w) => words.writtenLower(w)))) return add(out, 'person', name, span); // (not "Expert Recommendations")
  // (A possessive is no evidence: "Europe's", "Nevada's" and "Google's" are as common as "Smith's".)
}
