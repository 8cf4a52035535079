import type { DatasetEntity } from '../types';
import { AT_PLACE_PREPOSITIONS } from '../text/words';
import { aliasKeyMemo } from '../dataset/alias-key';
import { afterNameParticle, countedBefore, NOT_NAME, opensSentence, wordBefore } from './name-words';
import { isWeak, type Hit } from './link';
import { countryInContext, describedAsSomebodyElse, inOfficeThen, isOfficeTitle, leadsNamed, legislatorInContext, titleFits } from './namesakes';
import { asMedium, foreignOutletUnplaced, isShortAcronym, plainOutletName, readsAsAcronym, sharedTitle } from './outlet-context';
import { isGroup, isParty, partyNamed } from './party-context';
import { cityOverDivisions, divisionAbroad, isDivision, kindBefore, namedWithKind, readAsCity, seatCitiesOf } from './seat-cities';
import { inPeerStyle } from './peerage';
import { asUsPlace, inUsAddress, meansState } from './us-state-context';
import { inCompanyList } from './company-lists';
import { besideLeader, tenureHolders } from './leader-pairs';
import { isPerson, isPlaceRecord, notPerson, weakFor } from './record-reads';
import { saidCountry } from './where-appositive';
import { meantElse } from './meant-else';
import { foreignInAmerica, weakPlaceEvidence } from './place-evidence';
import { shortFormUnnamed } from './short-forms';
import { kinName, travelledTo } from './kin-names';
import { datelineTown, saysThing, whereEvidence } from './country-evidence';
import { theBeforeName, theInside } from './the-before';
import { inLongerWhole } from './longer-whole';
import { abroadInAmerica, localTo } from './local-namesakes';
import { namedOtherwise, speaksAsBody } from './acronym-evidence';
import { namesakeAbroad, smallDivisionElsewhere } from './namesake-abroad';
import { tradingAt } from './trading-at';
import { performedBy } from './performed-by';
import { genericForeignTitle } from './generic-titles';
import { interjection } from './interjections';
import { prepare } from './article-context';
import { inNameTalk } from './name-talk';
import { seatElsewhere } from './seat-elsewhere';
import { loneDivision } from './lone-division';
import { namesakeSaid } from './namesake-disclaimer';
import { weakPlaceSite } from './place-trades';
import { shoutedEveryday } from './shouted-names';
import { isSpaceAt } from './hit-view';

import type { Context } from './context';
export type { Context };

export interface Decision {
  pick: DatasetEntity;
  why: string;
}

const ROYAL_BEFORE = /(?:^|[^\p{L}])(?:Queen|King|Prince|Princess|Emperor|Empress|Tsar|Sultan|Duke|Duchess)\s$/u;
/** A royal title's last letter and a white space right before `at` (n, g, e, s, r: every ROYAL_BEFORE match ends so; hit-view.ts). */
const royalLast = (text: string, at: number): boolean => at >= 2 && ROYAL_ENDS.has(text.charCodeAt(at - 2)) && isSpaceAt(text, at - 1);
const ROYAL_ENDS: ReadonlySet<number> = new Set([110, 103, 101, 115, 114]);
const INITIALS_AFTER = /^\s+(?:\p{Lu}\.\s?){1,3}\s*\p{Lu}/u; // initials after a word ("George H.W. Bush")

/** The dataset entity a hit names, with the reason — or null: left unlinked, and why does not matter. */
export function decide(h: Hit, ctx: Context, surnameOf: Map<string, string>, byId: Map<string, { record: DatasetEntity }>): Decision | null {
  if (!ctx.sure) prepare(ctx);
  const earlier = surnameOf.get(h.key);
  if (earlier) {
    // "Emmanuel Macron … his wife Brigitte Macron … Macron": the dataset person named in full keeps
    // the bare surname, as news style does (the relative is "Mrs Macron" or "Brigitte") — but before a head's tenure ("the
    // Nixon and Clinton impeachment proceedings", Hillary Clinton named) only a head of state's or government's (leader-pairs.ts).
    const pick = h.candidates.find((c) => c.id === earlier) ?? byId.get(earlier)?.record;
    if (pick && tenureHolders([pick], h, ctx.text).length) return { pick, why: 'surname of a person named in full earlier in the article' };
  }
  // "Para poder comentar…", "Kita harus…": on a page not in English, a one-word name opening a sentence that the
  // page also writes in lower case is that language's word capitalised. (Not on English pages: "Japan is…" opens
  // sentences of a travel guide whose links write "japan"; not an acronym either.)
  if (h.tokens === 1 && ctx.lower?.has(h.key) && opensSentence(ctx.text, h.span.start) && !isShortAcronym(ctx.text.slice(h.span.start, h.span.end)))
    return null;
  // "“Crikey, it nearly took me off my feet”": an interjection opening an exclamation (interjections.ts).
  if (h.tokens === 1 && interjection(ctx.text, h.span, h.key)) return null;
  // "the Duke of Wellington": a peer's territorial style opens no card of the town (peerage.ts); it is a place's name still.
  if (inPeerStyle(ctx.text, h.span.start)) {
    if (h.candidates.every(isPlaceRecord)) (ctx.styled ??= []).push(h.span);
    return null;
  }
  // "Lima, a Peruvian restaurant,"; "on the Mississippi halted", "the Saudi Arabia of lithium" (the-before.ts); "St Vincent and the Grenadines" (longer-whole.ts).
  // (Each filter of this function reads its rule only where it can take a candidate away: a place, or a person, among them.)
  // (Not a division after its own kind: "in County Tipperary, the first in Ireland to supply a supermarket chain" — the kind says what it is.)
  const notPlace =
    h.candidates.some(isPlaceRecord) &&
    ((saysThing(h, ctx) && !kindBefore(h.candidates, h.key, ctx.text, h.span)) || theBeforeName(h, ctx.text, ctx.L) || inLongerWhole(h, ctx.text, ctx.L));
  let candidates = tenureHolders(notPlace ? h.candidates.filter((c) => !isPlaceRecord(c)) : h.candidates, h, ctx.text);
  // "cities such as Osaka, Kyoto, and Nara": a division named like its seat (division-seats.ts) is the city, unless its kind follows or the article
  // names it in full; the city is no other country's namesake place ("stay in Nara": not Mali's region) unless that country is named. Left with no
  // candidate, it is an article-built place (seat-cities.ts). Its own kind after it, or an English one and its country named: the division.
  const city = seatCitiesOf(h, ctx.text, ctx.sure!);
  if (city.length) candidates = candidates.filter((c) => !city.includes(c) && (c.type !== 'place' || countryInContext(c, ctx)));
  if (!candidates.length) {
    if (city.length && readAsCity(h, city, ctx.L, ctx.countries!)) (ctx.cities ??= []).push(h.span);
    return null;
  }
  const kinded = candidates.filter((c) => isDivision(c) && namedWithKind(c, h, ctx.text, () => countryInContext(c, ctx)));
  if (kinded.length === 1) return { pick: kinded[0]!, why: 'a division named with its kind' };
  // Two dataset people of one full name: the one in office at the article's date, or neither (namesakes.ts).
  const byDate = h.tokens >= 2 && ctx.publishedAt ? inOfficeThen(h, ctx.publishedAt) : undefined;
  if (byDate !== undefined)
    return byDate && !describedAsSomebodyElse(byDate, h, ctx) ? { pick: byDate, why: 'the one of its name in office at the article’s date' } : null;
  // "Jordan, Minnesota": a town, whoever else carries its name. ("Los Angeles, CA" is still Los Angeles: the dataset's own US places stay.)
  if (inUsAddress(h, ctx)) candidates = candidates.filter((c) => c.type === 'place' && c.countryId === 'country:us');
  // "San Jose, United States", "Kingston, Ontario", "the Canadian town of Paris", "Tripoli, in northern Lebanon": a town before its country or
  // province, after its country's adjective and kind, or with its country in its appositive, is that country's (where-appositive.ts).
  const country = h.candidates.some((c) => c.type === 'place') ? saidCountry(h, ctx) : null;
  if (country) candidates = candidates.filter((c) => c.type === 'place' && c.countryId === country);
  // "Capitol Hill in Seattle", "the Kremlin in Kazan": a seat of power after which "in" names a town not its capital (seat-elsewhere.ts).
  candidates = candidates.filter((c) => !seatElsewhere(c, h, ctx));
  // "Spanish police … found in Córdoba": a city of another country the article names, none of the dataset's (namesake-abroad.ts).
  // (A name only as likely another country's, with none of them named, leaves no card — but picks none of the others by elimination:
  // "Victoria" is no more Australia's state for not being the Seychelles' capital.)
  // ("a field near Hanover" in a story of Germany: a small division of a country the article does not name, namesake-abroad.ts.)
  if (!country) candidates = candidates.filter((c) => !smallDivisionElsewhere(c, h, ctx));
  const abroad = country ? [] : candidates.map((c) => namesakeAbroad(c, h, ctx));
  if (abroad.includes('abroad') || (abroad.length && abroad.every((k) => k === 'unplaced'))) {
    const unplaced = !abroad.includes('abroad');
    candidates = candidates.filter((_, i) => !abroad[i]);
    if (!candidates.length) (unplaced ? (ctx.unplaced ??= []) : (ctx.abroad ??= [])).push(h.span);
  }
  if (!candidates.length) return null;
  // "Georgia" in an American story is the state: the country only with its own context (Tbilisi, "Georgian").
  // ("Georgia's Cobb County", "Georgia's secretary of state": the state by what only a state has, us-state-context.ts.)
  if (ctx.L?.usStates.has(h.key) && (ctx.american || meansState(ctx.text, h.span)))
    candidates = candidates.filter((c) => c.type !== 'country' || ctx.adjectiveCountries.has(c.id) || ctx.placeCountries!.has(c.id));
  // "Minnesota beat Buffalo", "an LLC in New York", "Boston fell to 3-5": a team, or the state not its city (us-state-context.ts);
  // "companies such as Google, Meta": a company (company-lists.ts); "the village of Panama", "nicknamed 'Peru'" (meant-else.ts).
  candidates = meantElse(inCompanyList(asUsPlace(candidates, h, ctx), ctx.text, h.span), ctx.text, h.span, ctx);
  // "sales at Iceland jumped …, the supermarket chain said": a firm named like the place (trading-at.ts).
  if (candidates.some(isPlaceRecord) && tradingAt(ctx.text, h.span)) candidates = candidates.filter((c) => !isPlaceRecord(c));
  // "Los Lobos closed the benefit concert with a version of …", "The Block contestants": a band's or a show's name (performed-by.ts).
  if (!candidates.every(isPerson) && performedBy(ctx.text, h.span)) candidates = candidates.filter(isPerson);
  if (h.tokens === 1 && NOT_NAME.has(h.key)) candidates = candidates.filter((c) => c.type !== 'person'); // ("He has…", "In May…": no surname)
  // "a Queen Victoria sovereign", "Prince Jordan": a royal's name, not the place.
  if (h.tokens === 1 && royalLast(ctx.text, h.span.start) && ROYAL_BEFORE.test(ctx.text.slice(Math.max(0, h.span.start - 9), h.span.start)))
    candidates = candidates.filter((c) => !isPlaceRecord(c));
  // "Aurora and Milan were the fastest climbers" among baby names: a child's name, not a place (name-talk.ts).
  if (h.tokens <= 2 && candidates.some(isPlaceRecord) && inNameTalk(ctx.text, h.span)) candidates = candidates.filter((c) => !isPlaceRecord(c));
  // "President George H.W. Bush": a one-word name before initials is a longer name's first word.
  if (h.tokens === 1 && candidates.some(isPerson) && INITIALS_AFTER.test(ctx.text.slice(h.span.end, h.span.end + 12)))
    candidates = candidates.filter(notPerson);
  // "21 Trump cards", "three Ford trucks": a count before a one-word name counts things named after somebody.
  if (h.tokens === 1 && candidates.some(isPerson) && countedBefore(ctx.text, h.span.start)) candidates = candidates.filter(notPerson);
  // "first at The Hanover and now at Aon": a capitalised "The" inside a sentence, not in a heading, names a firm or a venue, not the town.
  if (h.tokens === 1 && theInside(h, ctx.text)) candidates = candidates.filter((c) => c.type !== 'place');
  // "their daughters Florence, Sydney and Georgia": a kin's given name (kin-names.ts).
  // "The Jordan amendment, named after … Sarah Jordan": the surname of the article's own person (kin-names.ts), unless placed.
  if (h.tokens === 1 && !candidates.every(isPerson) && (kinName(ctx.text, h.span, ctx.L) || ownSurname(h, ctx))) candidates = candidates.filter(isPerson);
  // "the Tour de France", "Banco de México": a longer Romance name's last word.
  if (candidates.some(isPlaceRecord) && afterNameParticle(ctx.text, h.span.start)) candidates = candidates.filter((c) => !isPlaceRecord(c));
  // "lawmakers met in Austin": after a place preposition a one-word name is no person's surname.
  if (h.tokens === 1 && candidates.some((c) => c.type === 'person') && AT_PLACE_PREPOSITIONS.has(wordBefore(ctx.text, h.span.start) ?? ''))
    candidates = candidates.filter((c) => c.type !== 'person');
  if (!candidates.length) return null;
  // "The Post has learned" in a New York story: a title many newspapers share names its dataset bearer only in an article naming its country.
  candidates = candidates.filter((c) => !sharedTitle(c, h) || countryInContext(c, ctx));
  if (!candidates.length) return null;
  // "He read it in the Daily News": a foreign outlet's title of everyday words, its country not named, is somebody's local paper (generic-titles.ts).
  if (candidates.some((c) => c.type === 'outlet') && !(candidates = candidates.filter((c) => !genericForeignTitle(c, h, ctx))).length) return null;
  // "Focus on …", "HR needs", "CT scans": an outlet called by an everyday word or a short acronym only as a medium.
  if (candidates.some((c) => c.type === 'outlet')) {
    // (A list counts with outlets named by their own names: "PlayStation, Xbox and Leap TV" is a list of brands.)
    ctx.outletSpans ??= ctx.hits.filter((x) => x.candidates.some((c) => c.type === 'outlet' && !plainOutletName(c, x, ctx.text))).map((x) => x.span);
    const outlet = asMedium(h, candidates, ctx.text, ctx.hits, ctx.outletSpans, ctx.countries!);
    if (outlet !== undefined) return outlet;
    candidates = candidates.filter((c) => !plainOutletName(c, h, ctx.text) && !foreignOutletUnplaced(c, h, ctx));
    if (!candidates.length) return null;
  }
  // "Democratic Party", "Noam", "BJP": a party by a name it does not carry alone needs its country named, and a party's context (party-context.ts).
  // "the Democratic Party of Korea", "the Islamic State of Afghanistan": a party's or group's name before "of" and a name starts a longer name.
  if (candidates.some((c) => isParty(c) || isGroup(c)) && OF_NAME_AFTER.test(ctx.text.slice(h.span.end, h.span.end + 12)))
    candidates = candidates.filter((c) => !isParty(c) && !isGroup(c));
  // "The Union said members would strike", "The Commission on Presidential Debates": a short form needs the organisation named (short-forms.ts).
  candidates = candidates.filter((c) => !shortFormUnnamed(c, h, ctx.text, ctx.hits));
  if (candidates.some(isParty)) {
    candidates = candidates.filter((c) => !isParty(c) || partyNamed(c, h, ctx));
    if (candidates.length === 1 && isParty(candidates[0]!) && isWeak(h)) return { pick: candidates[0]!, why: 'a party whose country the article names' };
  }
  // "PR firms", "a PNG file", "CIS benchmarks": a country's or an organisation's acronym names it only where the article also names it otherwise
  // (its name; a country's adjective or one of its places). A town's own name opening a dateline is none ("SEOUL —"); a shouted headline's country (shouted.ts) none.
  // (A listed group's own acronym of four letters or more stands alone: "ISIS", "IRGC"; a party's, its country named: "LIVRE" in Portugal.)
  if (readsAsAcronym(candidates, h.key, ctx.text, h.span, ctx.L))
    candidates = candidates.filter(
      (c) =>
        (c.type !== 'country' && c.type !== 'place' && c.type !== 'organization') ||
        datelineTown(c, h, ctx.text) ||
        namedOtherwise(c, h, ctx) ||
        (isGroup(c) && !isWeak(h)) ||
        (isParty(c) && countryInContext(c, ctx)),
    );
  if (!candidates.length) return null;
  // "The WHO said": an organisation's acronym that is also an everyday word in capitals, speaking as a body does (acronym-evidence.ts).
  if (candidates.length === 1 && isWeak(h) && speaksAsBody(candidates[0]!, h, ctx))
    return { pick: candidates[0]!, why: 'an organisation’s acronym that speaks' };

  // "Vice President Pence": the one person of that name whose office the title names (not a coin, a place, another Pence).
  if (h.tokens === 1 && isOfficeTitle(h.before, ctx.L)) {
    const titled = candidates.filter((c) => c.type === 'person' && titleFits(h.before!, c));
    if (titled.length === 1) return personCheck(titled[0]!, h, ctx, 'title + surname');
    if (!titled.length) candidates = candidates.filter((c) => c.type !== 'person'); // ("DIRECTOR LEE": an office none of them holds, somebody else)
  }
  const weak = isWeak(h);
  if (candidates.length === 1 && !weak) {
    if (candidates[0]!.type === 'person' && describedAsSomebodyElse(candidates[0]!, h, ctx)) return null;
    if (candidates[0]!.type === 'person' && h.tokens >= 2 && !legislatorInContext(candidates[0]!, h, ctx)) return null;
    // "fly the cat to Portland", "SANTA FE, N.M.", "Santa Cruz lifeguards": in an American article a foreign division or town needs its country named.
    // (Its country named by something else than itself: a place named unambiguously puts its own country in ctx.countries.)
    const c = candidates[0]!;
    // (Not a division whose name nothing else carries: "the race in Powys", lone-division.ts.)
    if (ctx.american && foreignInAmerica(c, h, ctx) && !loneDivision(c, h, ctx)) return null;
    const placed = h.tokens > 1 ? undefined : whereEvidence(c, h, ctx);
    if (placed === null) return null;
    return personCheck(c, h, ctx, placed ?? (h.tokens >= 2 ? 'full name' : 'name'));
  }
  const named = candidates.filter((c) => ctx.sure!.has(c.id) && !(weakFor(c, h.key) && candidates.some((o) => !weakFor(o, h.key)))); // (not by a weak alias another holds as its own: "over Quito" is the city, Ecuador named)
  if (named.length === 1) return { pick: named[0]!, why: 'named in full elsewhere in the article' };
  const local = candidates.filter((c) => localTo(c, h, ctx)); // (not by an everyday word opening a sentence, nor by divisions alone in an American article)
  if (local.length === 1) return personCheck(local[0]!, h, ctx, 'the only one of its name whose country the article names');
  // "Reykjavik, the capital of Iceland": the capital before the municipality of the same name.
  const capital = local.filter((c) => c.type === 'place' && c.facts.some((f) => f.label === 'Place' && /^Capital of\b/.test(f.value)));
  if (capital.length === 1 && local.every((c) => c.type === 'place')) return { pick: capital[0]!, why: 'the capital of a country the article names' };
  // A key strong for one entity and weak for others ("Jordan": the country, a surname) names the one that carries it as its own.
  if (weak) {
    const strong = candidates.filter((c) => !weakFor(c, h.key));
    // (An administrative division needs its country named: "Owned by Meta" is not Colombia's Meta department.)
    if (strong.length === 1 && divisionPlaced(strong[0]!, h, ctx) && whereEvidence(strong[0]!, h, ctx) !== null)
      return personCheck(strong[0]!, h, ctx, 'its own name (a weak alias of others)');
    // A place whose own name is an everyday word or a given name ("Sydney"), after a place preposition ("in Sydney", "near Sydney"); inside a
    // longer name it never got here ("Sydney Sweeney"). After "from" only if the name is no given name ("a letter from Sydney", "a French press from
    // Stanley"; "cheese from Cork" stays). In an American article, or anywhere for a division outside the English-language press ("synced into Meta"),
    // a division needs its country named: "in Charlotte" is the US city, not a parish of Saint Vincent ("to Reading" elsewhere stays). After "to" only
    // on a journey ("the ferry from Douglas to Liverpool": place-evidence.ts onRoute; "lost to Liverpool" is a club's).
    // (Of several, the one whose bare name the dataset holds as strong, the others' only weak: "in Plymouth" is England's city, not Montserrat's old capital.)
    const own = strongOfOwn(
      cityOverDivisions(
        candidates.filter((c) => isPlaceRecord(c) && aliasKeyMemo(c.name) === h.key && (!(ctx.american || divisionAbroad(c)) || divisionPlaced(c, h, ctx))),
      ),
      h.key,
    );
    // (Not an everyday word in capitals on a shouted line: "INTERESTED IN READING?", shouted-names.ts.)
    if (own.length === 1 && weakPlaceEvidence(own[0]!, h, ctx) && !shoutedEveryday(h, ctx.text, ctx.L))
      return { pick: own[0]!, why: 'a place name after a place preposition' };
    // Or one of its people by trade, or its own cathedral or airport: "Virginia oysterman Dallas Reeves", "a Birmingham cabinetmaker",
    // "Cologne Cathedral" (place-trades.ts; no person, club or perfume has them). A place's only, not a country's (place-trades.ts says why).
    const site = own.length === 1 && own[0]!.type === 'place' ? weakPlaceSite(ctx.text, h.span, ctx.L) : null;
    if (site) return { pick: own[0]!, why: site };
  }
  return null;
}

const ownSurname = (h: Hit, ctx: Context): boolean =>
  !!ctx.otherBearers?.has(h.key) && !h.candidates.some((c) => isPlaceRecord(c) && weakPlaceEvidence(c, h, ctx)) && !travelledTo(ctx.text, h.span.start);
const OF_NAME_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}/u;
/**
 * A one-word name of a person ("Lee", "Modi") links only when the article introduces that person: a title before it, the full
 * name somewhere in the article, or — for the few people every reader knows by surname — a head of state or government of a
 * country the article names. That the person's country is named is not enough on its own: on 181 scrapinghub articles that rule linked
 * "Clark" (after "Tim Clark") to a congresswoman, "Banks won't…" to a congressman, "Court of
 * Justice" to a governor and the pronoun "He" to China's vice-premier; most of its links were wrong.
 */
function personCheck(pick: DatasetEntity, h: Hit, ctx: Context, why: string): Decision | null {
  // ("Mark Carney, a retired miner who … is no relation of the prime minister": one of several dataset people of the name, picked by the
  // article's country, is still nobody the article means when it says so; namesake-disclaimer.ts.)
  if (pick.type === 'person' && h.tokens >= 2 && namesakeSaid(ctx.text, h.span)) return null;
  if (pick.type !== 'person' || h.tokens >= 2 || aliasKeyMemo(pick.name) === h.key) return { pick, why };
  // "Tim Clark … Clark said": the article's own person, whoever else carries the name.
  // (Tried: a leader's own title overriding it, "Hunter Biden's father, President Biden": held-out uner-ewt PER F1 0.765 -> 0.764, R 326 -> 325/449.)
  if (ctx.otherBearers?.has(h.key)) return null;
  if (isOfficeTitle(h.before, ctx.L) && titleFits(h.before!, pick)) return { pick, why: 'title + surname' };
  if (ctx.fullNames!.has(pick.id)) return { pick, why: 'surname of a person named in full in the article' };
  // (Not a surname that is an everyday word: "Plant stems become leggy", "Brown is earnest" in a UK
  // review; "Obama", weak only beside Obama in Japan, still is.)
  // Nor a surname that is also a given name: "Bryan already asserted his Fifth Amendment right" (Bryan
  // Pagliano) is not the Virgin Islands' governor, nor "Kim's mental state" (Kim Jong Un) South Korea's prime minister.
  const leads = !pick.everydayAliases?.includes(h.key) && !ctx.L?.givenNames.has(h.key) ? leadsNamed(pick, h, ctx) : null;
  if (leads) return { pick, why: leads };
  if (besideLeader(h, ctx.text, ctx.hits, ctx.L)) return { pick, why: 'surname of a head of state or government named beside another' };
  return null;
}

/** Of places of one name, the one that holds it as its own strong name when each other holds it only as a weak alias; else all of them. */
function strongOfOwn(own: DatasetEntity[], key: string): DatasetEntity[] {
  if (own.length < 2) return own;
  const strong = own.filter((c) => !weakFor(c, key));
  return strong.length === 1 ? strong : own;
}

/** Not an administrative division, or one whose country the article names (for a US state: any American context; local-namesakes.ts). */
const divisionPlaced = (c: DatasetEntity, h: Hit, ctx: Context): boolean => (!isDivision(c) || countryInContext(c, ctx)) && !abroadInAmerica(c, h, ctx);
