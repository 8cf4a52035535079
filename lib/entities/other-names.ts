import type { EntityResult, EntityType, Span } from '../types';
import { capitalIndexes, CONNECTORS, type Run, type Token } from './candidates';
import { MONTHS, WEEKDAYS } from '../text/words';
import type { LexiconSets } from './lexicon-sets';
import { followableSurname, opensSentence, PARTICIPLE_COMPOUND, withoutJoinedArticle } from './name-words';
import { OverlapIndex } from './overlap';
import { classify } from './classify-name';
import { productNames, productPerson } from './product-names';
import { quotedWhole, saidOfAThing } from './not-people';
import { theHeadedMostly } from './the-headed';
import { writtenInLowerCase } from './lower-phrase';
import { labelsAValue } from './value-label';
import { townBeforeCode } from './state-codes';
import { opensQuotedTitle } from './quoted-title';
import { notPlaceNames } from './built-place-else';
import { ArticleWords, LowerWords } from './article-words';
import { sureListed, type OtherName } from './listed-names';
import { afterNameWord, andInsideOf } from './name-shapes';
import { acronymAsNoun } from './acronym-evidence';
import { andJoinsName } from './and-joined';
import { acronymNoBody } from './acronym-credential';
import { spelledAsTerm } from './acronym-term';
import { countedAtEveryMention, definiteInstitution, doubtedOrg, orgEvidence } from './built-org-doubt';
import { cutShortAtEveryMention } from './built-org-cut';
import { heldCompetition } from './built-org-event';
import { thingByApposition } from './built-org-thing';
import { termAcronyms } from './built-org-acronym';
import { kindOfFirm } from './built-org-kind';
import { wrongSpan } from './built-org-span';
import { goodsOfAKind } from './built-org-goods';
import { stepHeading } from './built-org-step';
import { houseOfWorship, kindQualifier, programmeAcronym, withPlus } from './built-org-usage';
import { forInsideOrg, laterOrgMentions, opensOrgName, theInsideOf, withCapitalThe } from './org-spans';

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
    if (i < ts.length - 1 && ts[i]!.text.includes('-') && PARTICIPLE_COMPOUND.test(ts[i]!.text)) i++; // ("in Indian-administered Kashmir": a compound adjective before the name)
    while (i < ts.length && !ts[i]!.cap) i++; // particles left at the front
    if (i) ts = ts.slice(i);
    // Months and weekdays are dates, not names ("In May", "On Monday"). (A new array only when one is there.)
    if (anyMonthDay(ts)) ts = ts.filter((t) => !MONTHS_DAYS.has(lower(t)));
    const atStart = sentenceStart && i === 0;
    const before = found.length;
    // Maximal segments free of what the dataset and the person finder already took.
    let seg: Token[] = [];
    for (let k = 0; k < ts.length; k++) {
      const t = ts[k]!;
      if (
        takenIndex.overlaps(t) ||
        (!t.cap &&
          CONNECTORS.has(t.text) &&
          !andInsideOf(seg, ts, k, L) &&
          !andJoinsName(text, seg, ts, k, L, takenIndex) && // ("Food and Drug Administration": and-joined.ts)
          !forInsideOrg(seg, ts, k, L) &&
          !theInsideOf(seg, ts, k, L))
      )
        seg = flush(text, seg, atStart, run, found, L, words, labels);
      else if (seg.length && t.start - seg[seg.length - 1]!.end > 1) {
        seg = flush(text, seg, atStart, run, found, L, words, labels);
        seg.push(t);
      } else seg.push(t);
    }
    flush(text, seg, atStart, run, found, L, words, labels);
    withCapitalThe(text, run, sentenceStart, found, before); // ("from The Mozilla Foundation")
  }
  const sure = laterOrgMentions(text, sureListed(text, found, taken, L), tokens, takenIndex, words, L); // ("Enron Corp. … Enron", "(IUCN)")
  return group(text, sure, tokens, takenIndex, L, labels, words);
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
  const n = found.length;
  // A lower-case word left at the front where a name before it was taken ("Jim Brantley of Velmore Institute") is no part of
  // the organisation after it, and the rest names an organisation or nothing (not "France" of "Isabella of France").
  if (!seg[0]!.cap) {
    classify(text, seg.slice(seg.findIndex((t) => t.cap)), false, found, L, words, labels);
    if (found.length > n && found[n]!.type !== 'organization') found.length = n;
    return [];
  }
  classify(text, seg, atStart && seg[0] === run.tokens[0], found, L, words, labels);
  // A bare number before an organisation's name is a rank, a note's number or a year, no part of the name ("#1 Zelvan
  // University", "7 Quorvex Institute, “Tax Rates”", "the 2019 National Zelvan League draft"): the name without it.
  const f = found[n];
  if (f && found.length === n + 1 && f.type === 'organization' && seg.length > 1 && f.span.start === seg[0]!.start && BARE_NUMBER.test(seg[0]!.text)) {
    found.length = n;
    classify(text, seg.slice(1), false, found, L, words, labels);
  }
  return [];
}
const BARE_NUMBER = /^\d+$/;

/** Later mentions by surname alone (a loop over every token, in a function of its own: see laterMentions in article-people.ts). */
function surnameMentions(tokens: Token[], bySurname: Map<string, { mentions: Span[] }>, claimed: OverlapIndex, taken: OverlapIndex): void {
  const caps = capitalIndexes(tokens); // (a surname is a capitalised token: those alone)
  for (let c = 0; c < caps.length; c++) {
    const k = caps[c]!;
    const t = tokens[k]!;
    const e = bySurname.get(t.text);
    if (!e || e.mentions[0]!.start > t.start || claimed.overlaps(t) || taken.overlaps(t) || afterNameWord(tokens, k)) continue;
    e.mentions.push({ start: t.start, end: t.end });
  }
}

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const HEADING_WORDS: ReadonlySet<string> = new Set('new old best top latest good great big first last next free more most all every state'.split(' '));

/** One entity per name and kind, with later mentions of the same surface and (for people) surname. */
function group(
  text: string,
  found: OtherName[],
  tokens: Token[],
  taken: OverlapIndex,
  L: LexiconSets,
  labels: Set<string>,
  words: ArticleWords,
): EntityResult[] {
  const byName = new Map<string, { type: EntityType; name: string; mentions: Span[] }>();
  // ("“Wild Rose” is now on DVD", "Thrive was established in 2005": a title's or a thing's name, here and at every mention.)
  // ("the Gateway in orbit … Gateway died": a thing the article mostly writes with "the"; the-headed.ts.)
  // ("Boca Raton, FL 16.2": a town before its state's code, state-codes.ts; "a Marketing Agency … a marketing agency": common
  // nouns capitalised by a heading, no body's name, lower-phrase.ts; "Price Range: $11-$88": a label heading a value, value-label.ts.)
  for (const f of found)
    if (
      f.type === 'person'
        ? quotedWhole(text, f.span, L) || saidOfAThing(text, f.span) || theHeadedMostly(text, f.name) || townBeforeCode(text, f.span, !f.name.includes(' '))
        : f.type === 'organization'
          ? writtenInLowerCase(text, f.name)
          : f.type === 'place' && labelsAValue(text, f.span, f.name, words, L)
    )
      labels.add(f.name.toLowerCase());
  const things = new Set<Span>();
  const notPlaces = notPlaceNames(text, found, things, words, L);
  for (const f of found) {
    const key = f.name.toLowerCase();
    if ((f.type === 'person' && productPerson(f.name, L)) || labels.has(key)) continue; // ("Google Stadia", "Braun BrewSense", "Year Founded")
    // ("a song called “Glasgow (…)”": a work's title, here only; "Brussels sprouts": a thing called after a place, here only;
    // "Winnipeg defeated Nashville", "WeWork": a team or a brand's spelling, at every mention; built-place-else.ts.)
    if (f.type === 'place' && (opensQuotedTitle(text, f.span) || things.has(f.span) || notPlaces.has(key))) continue;
    const e = byName.get(key);
    if (e) e.mentions.push(f.span);
    else byName.set(key, { type: f.type, name: f.name, mentions: [f.span] });
  }
  // ("REIT" beside "REITs", "Professional Employer Organization (PEO)" beside "a full-service PEO": a kind, no body; acronym-evidence.ts.)
  // ("PMP® exam", "an LLC in NY": a credential's or a state's acronym, no body; acronym-credential.ts.)
  // ("intelligent tutoring systems (ITS)": a term the article spells out in lower case; acronym-term.ts.)
  // ("Visual Studio", "Risk Management", "Key Features of …", "Microsoft Partner Center", "a certified B Corp": a thing's, a field's,
  // a heading's or a kind's words with no body's evidence at any mention; built-org-doubt.ts.)
  // ("Royal [Caribbean Cruise Lines]", "New [York LLC]": a longer name's tail at every mention; built-org-cut.ts.)
  // ("won the UEFA Champions League", "the … Festival, held in June": a competition or an event, no body; built-org-event.ts.)
  // ("our online garden course, Kitchen Garden Academy": a work or a product named after its kind; built-org-thing.ts.)
  // ("your New York LLC", "an S Corp", "Choose the Right Agency": a kind of firm or a heading's choice; built-org-kind.ts.)
  // ("Hyundai i10s", "The Academy's students", "House of Music by Peter Doig": a product's, a body's or a work's word; built-org-span.ts.)
  // ("Mueller French Press" … "a French press": goods of a kind the article writes as a common noun; built-org-goods.ts.)
  // ("- Keep Detailed Records: Maintain a log": a step's imperative heading; built-org-step.ts.)
  // ("Can't access Disney+": a service's mention; "HR Consulting firms": a kind; "the COTS program": a programme; "Brecon
  // Cathedral": a building; built-org-usage.ts.)
  for (const e of byName.values()) if (e.type === 'organization') e.mentions = e.mentions.filter((m) => !withPlus(text, m));
  for (const [key, e] of byName)
    if (
      e.type === 'organization' &&
      (!e.mentions.length ||
        cutShortAtEveryMention(text, e.name, e.mentions, L, taken) ||
        acronymAsNoun(text, e.name, e.mentions) ||
        acronymNoBody(text, e.name, e.mentions) ||
        spelledAsTerm(text, e.name) ||
        ((doubtedOrg(e.name, L, words) ||
          kindOfFirm(e.name, L) ||
          wrongSpan(text, e.name, e.mentions, L) ||
          countedAtEveryMention(text, e.name, e.mentions) ||
          heldCompetition(text, e.name, e.mentions) ||
          thingByApposition(text, e.mentions) ||
          goodsOfAKind(text, e.name) ||
          stepHeading(text, e.name, e.mentions) ||
          kindQualifier(text, e.name, e.mentions, L) ||
          programmeAcronym(text, e.name, e.mentions) ||
          houseOfWorship(e.name)) &&
          !orgEvidence(text, e.name, e.mentions) &&
          !definiteInstitution(text, e.name, e.mentions, L, words)))
    )
      byName.delete(key);
  // ("Machine Learning (ML)", "PEO (Professional Employer Organization)": an acronym of no body's words; built-org-acronym.ts.)
  for (const key of termAcronyms(text, byName, taken, L)) byName.delete(key);
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
    if (!followableSurname(last) || products.has(e.name)) continue;
    bySurname.set(last, e);
    // ("Hamid al-Qasimi … Qasimi's deputy": the surname without its joined article.)
    const bare = withoutJoinedArticle(last);
    if (bare && !bySurname.has(bare)) bySurname.set(bare, e);
  }
  if (bySurname.size) surnameMentions(tokens, bySurname, claimed, taken);
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
