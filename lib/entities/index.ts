import { aliasKeyMemo } from '../dataset/alias-key';
import type { DatasetEntity, DatasetLookup, EntityResult, Span } from '../types';
import { findArticlePeople } from './article-people';
import { withoutInstitutionNames } from './institution-namesake';
import { withoutAwardNames } from './award-names';
import { LowerWords, readsAsEnglish } from './article-words';
import { bareLow, capitalisedRuns, subRuns, tokenize, type Run, type SubRun, type Token } from './candidates';
import { decide, type Context } from './decide';
import { addAddressStateKeys, addressState, addressStateCards } from './address-state';
import { noteUnlinked } from './unlinked-note';
import { lexiconSets, type LexiconSets } from './lexicon-sets';
import { matchRun, tokenKey, type Found, type Hit } from './link';
import { findOtherNames } from './other-names';
import { withoutThingNames } from './shape-people';
import { withoutThingEnds } from './thing-ends';
import { withoutThingExamples } from './thing-examples';
import { dropGlued, withoutStorms } from './name-shapes';
import { foldIntoDatasetPeople } from './same-person';
import { withoutDemonyms, withoutDoubtfulPeople, writtenOfAsThing } from './not-people';
import { dedupe, OverlapIndex } from './overlap';
import { capitalIndexes, objectArray } from './token-objects';
import { lowerCasePlaces } from './lower-places';
import { lowerCasePeople } from './lower-people';
import { lowerCaseFirms } from './lower-firms';
import { leftPlaces } from './seat-cities';
import { stateCodePlaces } from './state-codes';
import { peopleLast } from './capital-people';
import { placesAgain } from './place-again';
import { surnamesOfPeople } from './place-surnames';
import { isPlaceRecord } from './record-reads';
import { clubEntities, withoutNamedAfter } from './named-after';
import { heldAsModifier } from './attributive-place';
import { joinedFirms } from './joined-firms';
import { possessiveShops } from './possessive-shops';
import { firmsAlongside } from './listed-firms';
import { addCompoundKeys, compoundHits } from './compounds';
import { kinGiven } from './leader-kin';
import { inDate, isNameWord, nameAfterTitle, NOT_NAME } from './name-words';
import type { RuleFindings } from './tagger/combine';
import type { NameLexicon } from '../text/name-lexicon';
import { HONORIFICS } from '../text/words';
import { truecased } from './truecase';

export interface EntityFindings {
  entities: EntityResult[];
  /** Dataset records of every linked entity, by id (cards, claims and the popup read them). */
  records: Map<string, DatasetEntity>;
  /** Country ids named by adjective ("Belarusian President …"): context, not mentions. */
  adjectiveCountries: Map<string, Span[]>;
}

/**
 * Finds the dataset's entities in a body text and the people the dataset does not know.
 *
 * Order of decisions, and why:
 * 1. Longest alias wins inside a capitalised run ("The Washington Post" over "Washington"); a run
 *    decides what its words are before the article does (link.ts: a place inside a longer name,
 *    a leader's surname next to another given name).
 * 2. Each hit is then linked, with its reason, or left (decide.ts): a shared or single-word
 *    surname needs the article to introduce the person or to name the person's country.
 * 3. A bare surname after a full name resolves to that person even where the dataset has no
 *    surname alias for them.
 * 4. People, organisations and places the dataset does not know get article-built cards.
 */
export async function findEntities(text: string, lookup: DatasetLookup, publishedAt?: string | null): Promise<EntityFindings> {
  const r = await findByRules(text, lookup, publishedAt);
  return { entities: r.entities, records: r.records, adjectiveCountries: r.adjectiveCountries };
}

/**
 * The rule-based entity stage, with what the learned tagger reads beside it (tokens, look-up
 * answers, word lists). The product uses the rules alone; lib/entities/tagger/find.ts adds the
 * tagger for the eval, so its code stays out of the extension's bundles.
 */
export async function findByRules(text: string, lookup: DatasetLookup, publishedAt?: string | null): Promise<RuleFindings> {
  const tokens = tokenize(text);
  const runs = capitalisedRuns(text, tokens);
  const subs = objectArray<SubRun[]>(); // (once per run, reused below; not runs.map: the built-in's array and the optimised one's differed, "wrong map")
  for (let r = 0; r < runs.length; r++) subs.push(subRuns(runs[r]!, tokenKey));
  const keys = new Set<string>();
  for (const list of subs) for (const sr of list) keys.add(sr.key);
  addCompoundKeys(text, runs, keys); // ("Hamburg-based": the place before the hyphen)
  addAddressStateKeys(text, runs, keys); // ("Macon, Georgia": the state's card, named apart from the country's)
  // The name finders' word lists come with the look-up (one message per page in the extension).
  const [answer, lex] = await Promise.all([keys.size ? lookup.byAliases([...keys]) : {}, lookup.lexicon?.()]);
  // The rest is synchronous and in functions of its own: the async function's loops, when they lived here, ran unoptimised (or deoptimised on every call).
  return findAfterLookup(text, tokens, runs, subs, answer, lex, publishedAt ?? null);
}

function findAfterLookup(
  text: string,
  tokens: Token[],
  runs: Run[],
  subs: SubRun[][],
  answer: Record<string, DatasetEntity[]>,
  lex: NameLexicon | undefined,
  publishedAt: string | null,
): RuleFindings {
  // Own entries that are lists only: "Constructor" in a text is no key of Object.prototype's (it threw here before), whichever look-up answered.
  const found = new Map<string, DatasetEntity[]>();
  for (const k of Object.keys(answer)) if (Array.isArray(answer[k])) found.set(k, answer[k]); // (no array of pairs per key, nor a filtered copy)
  const L = lex ? lexiconSets(lex) : null;
  // The linker reads a Title Case headline as prose (truecase.ts); the name finders and the lower-case words read the text as written.
  const v = (L && truecased(text, tokens, runs, subs, found, L)) || { text, runs, subs };
  const adjectiveCountries = new Map<string, Span[]>();
  // "a glass of Bordeaux", "beat Lyon 3-1", "HMS Prince of Wales": clubs and things named after a place or person (named-after.ts).
  const named = { club: [] as Span[], thing: [] as Span[] };
  const hits = withoutNamedAfter(v.text, runHits(v.text, v.runs, v.subs, found, adjectiveCountries, L), named);
  const lower = new LowerWords(tokens); // (the words written in lower case: asked by the linker and both finders, built once)
  const english = !L || readsAsEnglish(tokens);
  // Every field from the start, in one order: fields added later gave the context a new shape per article, and the linker deopted on long pages.
  const ctx: Context = {
    text: v.text,
    hits,
    adjectiveCountries,
    L,
    otherBearers: otherBearers(runs, found, L),
    sure: undefined,
    countries: undefined,
    american: undefined,
    political: undefined,
    fullNames: undefined,
    outletSpans: undefined,
    placeCountries: undefined,
    lower: english ? undefined : lower,
    publishedAt,
    cities: undefined,
    styled: undefined,
    states: undefined,
    towns: undefined,
    abroad: undefined,
  };
  const byId = new Map<string, Linked>();
  const surnameOf = linkHits(ctx, byId, addressStateCards(found));
  if (surnameOf.size) followSurnames(text, tokens, hits, surnameOf, byId); // Bare surnames of people named in full earlier, where the dataset had no alias for them (no full name of a person, no pass over the tokens).
  const entities: EntityResult[] = [];
  const records = new Map<string, DatasetEntity>();
  for (const { record, mentions, why } of byId.values()) {
    mentions.sort((a, b) => a.start - b.start);
    records.set(record.id, record);
    entities.push({
      id: record.id,
      name: record.name,
      type: record.type,
      fromDataset: true,
      mentions: dedupe(mentions),
      why,
      card: { title: record.name, lines: [], sources: [] }, // filled by lib/card
    });
  }

  pushAll(entities, leftPlaces(text, ctx)); // Bare names left to a place the dataset does not have ("stay in Nara", "Duke of Wellington", "Athens, Ga.", "Córdoba" in a Spanish story).
  if (named.club.length) pushAll(entities, clubEntities(text, named.club));
  if (L) pushAll(entities, joinedFirms(text, entities, L)); // ("Holland & Hart, LLP")
  if (L) pushAll(entities, possessiveShops(text, entities, L)); // ("Joe's Pizza", "Gold's Gym")
  const taken = objectArray<Span>(); // (not a spread of a list that may be empty: an array of small integers, "not a Smi" in pushAll)
  pushAll(taken, named.thing);
  pushMentions(taken, entities);
  const datasetPeople = entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions);
  const built = withoutThingExamples(text, withoutThingEnds(text, findArticlePeople(text, tokens, runs, taken, L, datasetPeople, lower), L)); // ("Oskar Reinhart Collection", "tools like Adobe Sensei")
  const people = withoutDemonyms(text, withoutStorms(text, withoutAwardNames(text, withoutInstitutionNames(text, built))), adjectiveCountries); // ("Paul Quinn College", "five Emmy awards")
  pushAll(entities, people);
  pushMentions(taken, people);
  // Without a lexicon only dataset names and introduced people are found; names typed by their shape follow English conventions, not another language's. ("Brelton Vask is known for its …": a name typed by its shape that owns an "its" is no person's; not-people.ts.)
  if (L && english)
    pushAll(
      entities,
      withoutThingExamples(text, withoutThingEnds(text, withoutThingNames(text, findOtherNames(text, tokens, runs, taken, L, lower), L), L)).filter(
        (e) => e.type !== 'person' || !writtenOfAsThing(text, e, L),
      ),
    );
  if (L && english) pushAll(entities, lowerCasePlaces(text, tokens, taken, L)); // ("i am from mexico")
  if (L && english) pushAll(entities, lowerCasePeople(text, tokens, taken, L)); // ("i think shanna and i are going")
  if (L && english) pushAll(entities, lowerCaseFirms(text, tokens, taken, L, lower)); // ("go 2 starbucks", "I was with verizon")
  if (L && english) pushAll(entities, stateCodePlaces(text, tokens, entities, L, lower)); // ("Lawrence, KS", "Mountain View, California")
  if (L && english) placesAgain(text, tokens, entities, lower, L); // ("in Mosul, Baiji, and Tuz"; "the outskirts of Tarvessa … avoided Tarvessa")
  if (L && english) peopleLast(text, tokens, entities, L); // ("SCALIA filed …, in which THOMAS and ALITO joined"; "Thx⏎dp⏎Debra Perlingiere")
  if (L && english) pushAll(entities, firmsAlongside(text, tokens, entities, L, lower)); // ("Google and Amazon", "Netscape, Suns Systems, MAC and IBM")
  if (L) withoutDoubtfulPeople(text, entities, L); // ("Bankrate notes", "told Gizmodo": a one-word person on a firm's evidence alone; built-person-doubt.ts)
  dropGlued(text, entities);
  foldIntoDatasetPeople(text, entities, L); // ("Rival Hillary Clinton" beside "Hillary Clinton")
  noteUnlinked(hits, new Set(entities.flatMap((e) => (e.fromDataset ? e.mentions.map((m) => m.start) : []))), entities); // ("Perth said …": not the dataset's Perth)
  entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return { entities, records, adjectiveCountries, text, tokens, found, L, lexicon: lex };
}

interface Linked {
  record: DatasetEntity;
  mentions: Span[];
  why: string;
}

/** Every run's dataset hits, in text order, less the bare place names that are a person's surname here. */
function runHits(text: string, runs: Run[], subs: SubRun[][], found: Found, adjectiveCountries: Map<string, Span[]>, L: LexiconSets | null): Hit[] {
  let hits: Hit[] = [];
  for (let r = 0; r < runs.length; r++) matchRun(text, runs[r]!, subs[r]!, found, hits, adjectiveCountries, L);
  compoundHits(text, runs, found, hits);
  // Runs are in text order and hits never overlap, so one sort at the end orders them all.
  hits.sort((x, y) => x.span.start - y.span.start);
  const personal = surnamesOfPeople(runs, found, L);
  if (personal.size)
    // "DeAndre Jordan grabbed 14 rebounds. Jordan also blocked …": after a person whose surname is a place's name, the bare word is that person.
    hits = hits.filter((h) => !(h.tokens === 1 && (personal.get(h.key) ?? Infinity) <= h.span.start && h.candidates.every(isPlaceRecord)));
  return hits;
}

/** Each hit linked or left (decide.ts), into `byId`; returns the last-name key → person id of full mentions. */
function linkHits(ctx: Context, byId: Map<string, Linked>, states: Map<string, DatasetEntity> | undefined): Map<string, string> {
  const surnameOf = new Map<string, string>(); // last-name key → person id (from full mentions)
  const held: [Span, string][] = []; // ("an Arkansas stone": a place's name as a modifier, linked only if linked elsewhere; attributive-place.ts)
  for (const h of ctx.hits) {
    const d = (states && addressState(h, ctx, states)) || decide(h, ctx, surnameOf, byId);
    if (!d || (heldAsModifier(h, d, ctx) && held.push([h.span, d.pick.id]))) continue;
    let e = byId.get(d.pick.id);
    if (!e) byId.set(d.pick.id, (e = { record: d.pick, mentions: [], why: d.why }));
    e.mentions.push(d.pick.type === 'person' ? nameAfterTitle(ctx.text, h.span) : h.span);
    if (d.pick.type === 'person' && h.tokens >= 2) {
      const last = aliasKeyMemo(ctx.text.slice(h.span.start, h.span.end)).split(' ').pop()!;
      // "Liu He" names nobody "He": a pronoun or a month is no surname to follow.
      if (!NOT_NAME.has(last)) surnameOf.set(last, d.pick.id);
    }
  }
  for (const [span, id] of held) byId.get(id)?.mentions.push(span);
  return surnameOf;
}

/** A bare capitalised surname after its person's full mention is that person (one pass over the tokens). */
function followSurnames(text: string, tokens: Token[], hits: Hit[], surnameOf: Map<string, string>, byId: Map<string, Linked>): void {
  const claimed = new OverlapIndex(hits.map((h) => h.span));
  const caps = capitalIndexes(tokens); // (a bare surname is a capitalised token: those alone)
  for (let c = 0; c < caps.length; c++) {
    const i = caps[c]!;
    const t = tokens[i]!;
    const id = surnameOf.get(tokenKey(t));
    if (!id || claimed.overlaps(t) || inDate(text, t) || inLongerName(tokens, i)) continue;
    const e = byId.get(id)!;
    if (!e.mentions.some((m) => m.end <= t.start)) continue;
    e.mentions.push({ start: t.start, end: t.end });
  }
}

/** out.push(...items), by index: the lists come back empty or filled, and spreading them (or `for … of`) met a new array shape per article. */
function pushAll<T>(out: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) out.push(items[i]!);
}

function pushMentions(out: Span[], entities: readonly EntityResult[]): void {
  for (let i = 0; i < entities.length; i++) pushAll(out, entities[i]!.mentions);
}

/**
 * Token i stands inside a longer name: a name word right before it ("Margaret Trudeau" after
 * "Justin Trudeau" is his mother, not him) or a capitalised word right after it ("the Obama Foundation").
 */
function inLongerName(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (!!prev && prev.end + 1 === t.start && isNameWord(prev)) || (!!next && t.end + 1 === next.start && next.cap);
}

const INITIAL = /^\p{Lu}\.$/u;
/**
 * Surnames of people the article names in full — a given name, perhaps a middle initial, then the
 * surname, ending a capitalised run ("Emirates President Tim Clark", "Valerie Smith") — whose full
 * name is no dataset person's. A bare "Clark" after "Tim Clark" is Tim Clark, not a dataset person
 * who shares the surname.
 */
function otherBearers(runs: Run[], found: Found, L: LexiconSets | null): Set<string> {
  const out = new Set<string>();
  if (!L) return out;
  for (const r of runs) {
    const ts = r.tokens;
    const n = ts.length;
    if (n < 2) continue;
    const last = ts[n - 1]!;
    let first = n - 2;
    // A middle initial ("James P. Kennedy"): the given name is the word before it.
    if (first > 0 && INITIAL.test(ts[first]!.text)) first--;
    const given = ts[first]!;
    // A given name no list knows counts after an honorific ("Dr Azizur Rahman").
    const honoured = first > 0 && HONORIFICS.has(bareLow(ts[first - 1]!));
    // A given name the lists lack before a dataset person's surname ("Ivanka Trump"): a relative's (leader-kin.ts).
    const known = L.givenNames.has(tokenKey(given)) || honoured || kinGiven(given, last, found, L);
    if (!known || !isNameWord(last) || L.titles.has(given.low)) continue;
    if (isPersonKey(found, tokenKey(given) + ' ' + tokenKey(last)) || isPersonKey(found, keyOfTokens(ts, first))) continue;
    out.add(tokenKey(last));
  }
  return out;
}

/** Some entity of the key is a person. (A module function, not a closure made per run.) */
const isPersonKey = (found: Found, key: string): boolean => !!found.get(key)?.some((e) => e.type === 'person');

/** ts.slice(from).map(tokenKey).join(' '), built as one string: a mapped array's shape varied, and the compiled caller deopted on it. */
function keyOfTokens(ts: Token[], from: number): string {
  let key = tokenKey(ts[from]!);
  for (let i = from + 1; i < ts.length; i++) key += ' ' + tokenKey(ts[i]!);
  return key;
}
