import type { EntityResult, EntityType, Span } from '../types';
import { CONNECTORS, type Run, type Token } from './candidates';
import { AT_PLACE_PREPOSITIONS, MONTHS, TITLE_PREFIXES, US_STATE_CODES, WEEKDAYS } from '../text/words';
import type { LexiconSets } from './lexicon-sets';
import { followableSurname, isNameWord, opensSentence, wordBefore } from './name-words';
import { OverlapIndex } from './overlap';
import { productNames, productPerson } from './product-names';
import { inTitleCaseLine } from './title-case';
import { aloneOnLine, leadBeforeGiven, quotedWhole, saidOfAThing } from './not-people';
import { ArticleWords, LowerWords } from './article-words';
import { everydayWord, officeWord } from './one-word';
import { everydayAfterPreposition } from './place-words';
import { exampleOfPlaces } from './place-examples';
import { conqueredBefore, listedName, placeBefore, placeKindAfter, placeOf, sureListed, type OtherName } from './listed-names';
import { firmBySentence, NOUN_END } from './firm-evidence';
import { adjectiveEnd, afterNameWord, andInsideOf, DETERMINERS, endsInOrgHead, firmEnd, nounAfter, placeByHeads, regionAsOther } from './name-shapes';
import { forInsideOrg, institutionBefore, laterOrgMentions, opensOrgName, theInsideOf, tradeName } from './org-spans';

/** The next word is capitalised / lower case (module constants: under tsx a \p{…} literal in a function is rebuilt per call). */
const CAPITAL_NEXT = /^\s+\p{Lu}/u;
const LOWER_NEXT = /^\s+\p{Ll}/u;
const LOWER_BEFORE = /\p{Ll}\s$/u;

export { lexiconSets, type LexiconSets } from './lexicon-sets';
export { inTitleCaseLine } from './title-case';

/**
 * Names the dataset does not know and no person-introducing phrase marked: organisations, places
 * and people recognised from the shape of the name and the words around it, the way a reader
 * recognises "the Nottingham Journal", "the Danube Delta" or "Christopher Columbus" without having
 * heard of them. They get a card built from the article (what kind of name it is, how often it
 * appears), clearly marked as not from the dataset.
 *
 * Rules, in order (each is about English naming conventions, none about particular names):
 * 1. A run loses what cannot start a name: a leading article, and at a sentence start a capitalised
 *    function word ("However", "In", "After").
 * 2. The head word decides organisations ("… University", "Council of …", "… Party", a trade's "… Motorsports") and places ("… River",
 *    "Lake …", "Gulf of …"); event and work names ("… War", "… Games", "… Act") are not entities of these kinds and are left alone.
 * 3. A regnal number ("Paul VI"), a title before ("Emperor …", "historian …") or a run of two or
 *    three personal-name words makes a person (none of them everyday words of the article, or a given name first).
 * 4. A single word is named only with evidence: a capitalised word mid-sentence after a place preposition but "at" ("in Bremen";
 *    not a word the article writes in lower case, "AI in Healthcare": place-words.ts) is a place; one after a title or before a verb
 *    of a life ("historian Crouch", "Wright was born") is a person; a word in capitals is an organisation's acronym where the article
 *    spells it out as an organisation's name ("Food and Drug Administration" for FDA). A capitalised adjective is not a name.
 */

const MONTHS_DAYS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()));

/** Verbs of a life, which a company or a country does not do ("Google said" is as common as "Smith said"). */
const PERSON_VERBS = /^\s+(?:was born|is born|died|married|starred|composed|painted|sang|studied|graduated|retired)\b/;

/** A word of travel, then "to" or "from", right before a name. */
const MOTION_BEFORE =
  /\b(?:returned|returning|moved|moving|travell?ed|fled|sailed|flew|emigrated|relocated|headed|marched|retreated|withdrew|arrived|deported|exiled|railway|railroad|road|route|flights?|trains?|ferry)\s(?:back\s)?(?:to|from)\s$/;

const ROMAN = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,2}|XI{1,3}|XIV|XV|XVI{1,3}|XIX|XX)$/;
const ACRONYM = /^[A-Z]{2,6}$/;
/** Plural demonyms and followers: "Native Americans", "Young Turks", "Social Democrats". */
const GROUP_END = /(?:ans|ians|ists|ites|ese|ers|ats|ics)$/;
const lower = (t: Token) => t.low;
export type { OtherName };

export function findOtherNames(text: string, tokens: Token[], runs: Run[], taken: Span[], L: LexiconSets, lowerWords = new LowerWords(tokens)): EntityResult[] {
  const takenIndex = new OverlapIndex(taken);
  const found: OtherName[] = [];
  const words = new ArticleWords(text, lowerWords, runs, L);
  const labels = new Set<string>(); // (names the article uses as labels: no name at any mention)
  for (const run of runs) {
    let ts = run.tokens;
    // 1. What cannot start a name.
    let i = 0;
    const sentenceStart = opensSentence(text, run.start);
    const strip = sentenceStart && !opensOrgName(run, 0, L); // (not "National Center for … reported": an institution's first word)
    // (A name starts after an article — "Yesterday the British Army", "The American Dental Association" keep their first word — but
    // for a heading's words: "The Best French Press", "The New Kid", "The State of AI".)
    while (
      i < ts.length &&
      L.lead.has(lower(ts[i]!)) &&
      (i > 0 ? !ARTICLES.has(lower(ts[i - 1]!)) || HEADING_WORDS.has(lower(ts[i]!)) : strip || ARTICLES.has(lower(ts[i]!)))
    )
      i++;
    // "Using Alvarez's antenna", "Given that": a participle opening the sentence.
    if (i === 0 && strip && ts.length > 1 && /(?:ing|ed)$/.test(lower(ts[0]!))) i++;
    while (i < ts.length && !ts[i]!.cap) i++; // particles left at the front
    if (i) ts = ts.slice(i);
    // Months and weekdays are dates, not names ("In May", "On Monday"). (A new array only when one is there.)
    if (anyMonthDay(ts)) ts = ts.filter((t) => !MONTHS_DAYS.has(lower(t)));
    const atStart = sentenceStart && i === 0;
    // Maximal segments free of what the dataset and the person finder already took.
    let seg: Token[] = [];
    for (let k = 0; k < ts.length; k++) {
      const t = ts[k]!;
      if (
        takenIndex.overlaps(t) ||
        (!t.cap && CONNECTORS.has(t.text) && !andInsideOf(seg, ts, k, L) && !forInsideOrg(seg, ts, k, L) && !theInsideOf(seg, ts, k, L))
      )
        seg = flush(text, seg, atStart, run, found, L, words, labels);
      else if (seg.length && t.start - seg[seg.length - 1]!.end > 1) {
        seg = flush(text, seg, atStart, run, found, L, words, labels);
        seg.push(t);
      } else seg.push(t);
    }
    flush(text, seg, atStart, run, found, L, words, labels);
  }
  const sure = laterOrgMentions(text, sureListed(text, found, taken, L), tokens, takenIndex, words, L); // ("Enron Corp. … Enron", "(IUCN)")
  return group(text, sure, tokens, takenIndex, L, labels);
}

/** One finding (a function, not a closure per classified segment). */
function add(out: OtherName[], type: EntityType, name: string, span: Span): void {
  out.push({ type, name, span, unsure: false });
}

/** Any of the words in the set (a loop, not a closure per call). */
function someIn(ws: string[], set: ReadonlySet<string>): boolean {
  for (const w of ws) if (set.has(w)) return true;
  return false;
}

/** Any month or weekday among the tokens. */
function anyMonthDay(ts: Token[]): boolean {
  for (const t of ts) if (MONTHS_DAYS.has(lower(t))) return true;
  return false;
}

/** Classifies a segment (without the lower-case words at its end) and returns the segment to fill next. */
function flush(text: string, seg: Token[], atStart: boolean, run: Run, found: OtherName[], L: LexiconSets, words: ArticleWords, labels: Set<string>): Token[] {
  while (seg.length && !seg[seg.length - 1]!.cap) seg.pop();
  if (!seg.length) return seg;
  classify(text, seg, atStart && seg[0] === run.tokens[0], found, L, words, labels);
  return [];
}

function classify(text: string, seg: Token[], atSentenceStart: boolean, out: OtherName[], L: LexiconSets, words: ArticleWords, labels: Set<string>): void {
  const ws: string[] = [];
  for (const t of seg) ws.push(t.low); // (not seg.map: a mapped array's shape varied, and the compiled classify deopted on it)
  const first = ws[0]!;
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
  // A city or a company of the longer lists ("Baqubah", "Las Vegas", "Accenture"; listed-names.ts).
  const listed = listedName(text, seg, span, name, low, before, L, words);
  if (listed) return void out.push(listed);
  // "the city of Tyre", "the district of Fontvieille", "the pass of Thermopylae": a kind of place and "of" before the name.
  if (before === 'of' && seg.length <= 3 && placeOf(text, span.start)) return add(out, 'place', name, span);
  // Events, works, periods ("… Fair Housing Action Center", "Imperial War Museum": an institution's head word last wins, or one before
  // "for": "Centre for Disease Control"); roles ("Holy Roman Emperor", "Minister of State").
  if (someIn(ws, L.otherHeads) && !endsInOrgHead(ws, L) && !institutionBefore(ws, L, before)) return;
  // A role ("Chief Justice", "Minister of Justice") — but an institution's domain is no role ("Department of Justice", "Court of
  // Justice"), where the name ends there (not "Division of General" of "… General Studies", cut short by the run).
  if (
    (L.titles.has(last) && !(ofAt > 0 && L.orgHeads.has(beforeOf) && !CAPITAL_NEXT.test(text.slice(span.end, span.end + 3)))) ||
    (ofAt > 0 && L.titles.has(beforeOf))
  )
    return;
  if (firm > 0) return add(out, 'organization', name, { start: span.start, end: firm });
  if (seg.length >= 2) {
    // "South Korean officials": an adjective, however many words it takes.
    if (L.qualifiers.has(first) && /(?:ian|ean|an|ese|ish|ic)$/.test(last) && LOWER_NEXT.test(text.slice(span.end, span.end + 3))) return;
    if (L.orgHeads.has(last) || L.orgLeads.has(first) || institutionBefore(ws, L, before, true)) return add(out, 'organization', name, span);
    // "Islamic State": a creed's adjective before "State" names a movement, not a place.
    if (seg.length === 2 && last === 'state' && /(?:ic|ist)$/.test(first)) return add(out, 'organization', name, span);
    if (placeByHeads(seg, ws, beforeOf, L, words) || exampleOfPlaces(text, span)) return add(out, 'place', name, span);
    // What a sentence says of a firm ("a job at Cracker Barrel"), whose name may end as groups' names and nouns do ("Quorvex Electronics said its …").
    if (firmBySentence(text, seg, span, before, L, words) && !inTitleCaseLine(text, span)) return add(out, 'organization', name, span);
    if (GROUP_END.test(last)) return;
    // A regnal number after a name ("Charles II", "Darius I"), not after a word of the article or one that opens sentences ("Part II", "Supplier X",
    // "Do I need", "Sometimes I").
    if (ROMAN.test(seg[seg.length - 1]!.text) && seg.length <= 3 && isNameWord(seg[0]!))
      return L.lead.has(first) || everydayWord(first, (w) => words.writtenLower(w)) ? undefined : add(out, 'person', name, span);
    if ((L.titles.has(first) ? !TITLE_PREFIXES.has(first) : leadBeforeGiven(seg, L)) && seg.slice(1).every(isNameWord)) {
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
      // "Christian Democrats", "Roman Catholic": an adjective first and a plural or another adjective after is a group or a creed.
      if (adjectiveEnd(first) && (atSentenceStart || adjectiveEnd(last) || /s$/.test(last))) return;
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
      return add(out, 'person', name, span);
    }
    return;
  }
  // A single word.
  const t = seg[0]!;
  const w = t.text;
  if (ACRONYM.test(w)) {
    // (Only one the article spells out as an organisation's name — "MRI", "SEO" are none; not "Hanover, NH": a state's code — or that a sentence makes a firm's: "BP shut its refinery".)
    const code = US_STATE_CODES.has(w) && /,\s$/.test(text.slice(t.start - 2, t.start));
    if (!L.acronyms.has(w) && !ROMAN.test(w) && !code && (words.spelledOut(w) || firmBySentence(text, seg, span, before, L, words)))
      add(out, 'organization', name, span);
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
  if (placeBefore(before) && !possessive) return everydayAfterPreposition(first, words, L) ? undefined : add(out, 'place', name, span);
  // "returned to Kirriemuir", "the railway to Flensburg", "fled from Husum": "to" and "from" after a word of travel; "conquered Thrace".
  const travel = (before === 'to' || before === 'from') && MOTION_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start));
  if (!possessive && (travel || conqueredBefore(text, span.start) || placeKindAfter(text, span.end, first) || exampleOfPlaces(text, span)))
    return add(out, 'place', name, span);
  if (before === 'the') return;
  if (before && L.titles.has(before) && (officeWord(before) || !everydayWord(first, (w) => words.writtenLower(w)))) return add(out, 'person', name, span); // (not "Expert Recommendations")
  // (A possessive is no evidence: "Europe's", "Nevada's" and "Google's" are as common as "Smith's".)
}

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const HEADING_WORDS: ReadonlySet<string> = new Set('new old best top latest good great big first last next free more most all every state'.split(' '));
const ARTICLE_FIRST = new Set(['el', 'la', 'las', 'los', 'le', 'les', 'il', 'lo']);

/** One entity per name and kind, with later mentions of the same surface and (for people) surname. */
function group(text: string, found: OtherName[], tokens: Token[], taken: OverlapIndex, L: LexiconSets, labels: Set<string>): EntityResult[] {
  const byName = new Map<string, { type: EntityType; name: string; mentions: Span[] }>();
  // ("“Wild Rose” is now on DVD", "Thrive was established in 2005": a title's or a thing's name, here and at every mention.)
  for (const f of found) if (f.type === 'person' && (quotedWhole(text, f.span, L) || saidOfAThing(text, f.span))) labels.add(f.name.toLowerCase());
  for (const f of found) {
    const key = f.name.toLowerCase();
    if ((f.type === 'person' && productPerson(f.name, L)) || labels.has(key)) continue; // ("Google Stadia", "Braun BrewSense", "Year Founded")
    const e = byName.get(key);
    if (e) e.mentions.push(f.span);
    else byName.set(key, { type: f.type, name: f.name, mentions: [f.span] });
  }
  // A person named in full is named again by surname ("Christopher Columbus … Columbus").
  const claimed = new OverlapIndex(found.map((f) => f.span));
  const bySurname = new Map<string, { type: EntityType; name: string; mentions: Span[] }>();
  const full: string[] = [];
  for (const e of byName.values())
    if (e.type === 'person' && e.name.includes(' ') && followableSurname(e.name.slice(e.name.lastIndexOf(' ') + 1))) full.push(e.name);
  const products = productNames(full, tokens, L);
  for (const e of byName.values()) {
    if (e.type !== 'person' || !e.name.includes(' ')) continue;
    const last = e.name.slice(e.name.lastIndexOf(' ') + 1);
    if (followableSurname(last) && !products.has(e.name)) bySurname.set(last, e);
  }
  if (bySurname.size) {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (!t.cap) continue;
      const e = bySurname.get(t.text);
      if (!e || e.mentions[0]!.start > t.start || claimed.overlaps(t) || taken.overlaps(t) || afterNameWord(tokens, k)) continue;
      e.mentions.push({ start: t.start, end: t.end });
    }
  }
  const label: Partial<Record<EntityType, string>> = { person: 'Person', organization: 'Organisation', place: 'Place' };
  return [...byName.values()].map((e) => {
    e.mentions.sort((a, b) => a.start - b.start);
    const n = e.mentions.length;
    return {
      id: null,
      name: e.name,
      type: e.type,
      fromDataset: false,
      mentions: e.mentions,
      card: {
        title: e.name,
        lines: ['From this article — not in the Backstory dataset', `${label[e.type] ?? 'Name'} named ${n} time${n === 1 ? '' : 's'} in this article`],
        sources: [],
        fromArticle: true,
      },
      why: 'article-built: typed by naming conventions',
    };
  });
}
