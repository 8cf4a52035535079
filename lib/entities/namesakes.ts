/**
 * Whether a name in the article is the dataset person or a namesake: office titles that fit the
 * person's own roles, appositives that describe somebody ordinary, and members of Congress outside
 * American politics. Split from decide.ts, which links every hit.
 */
import { aliasKey } from '../dataset/alias-key';
import { placeTerm } from './place-terms';
import type { DatasetEntity } from '../types';
import { NAME_PARTICLES, ROLE_WORDS, TITLE_WORDS } from '../text/words';
import { TRADE_TITLES } from '../text/name-lexicon';
import { wordBefore } from './name-words';
import type { Hit } from './link';
import { namesakeSaid } from './namesake-disclaimer';
import { tooYoungForOffice } from './stated-age';
import { isOfficial, LEADERS, type ArticleView } from './full-name-context';
import { roleConflict } from './role-conflict';
import { PUBLIC_LIFE } from './role-phrase';
import { perHit } from './hit-view';

// (Whether the article is about the person's country and public life: full-name-context.ts, whose checks decide.ts asks from here.)
export { countryInContext, isLegislatorOnly, isOfficeTitle, legislatorInContext, type ArticleView } from './full-name-context';

/** Short and spoken forms of office titles, as the dataset's role titles spell them. */
const TITLE_FORMS: Record<string, string> = {
  sen: 'senator',
  rep: 'representative',
  congressman: 'representative',
  congresswoman: 'representative',
  gov: 'governor',
  pres: 'president',
  pm: 'prime minister',
};
/**
 * The title is one of the person's own ("President Medvedev"): "Prince Andrew" is not a minister
 * whose surname is Andrew, and "Chairman Smith" not a senator Smith.
 */
export function titleFits(title: string, pick: DatasetEntity): boolean {
  const bare = title.replace(/\.$/, '');
  const word = TITLE_FORMS[bare] ?? bare;
  return !!pick.roles?.some((r) =>
    ` ${r.title
      .toLowerCase()
      .split(/[\s,]+/)
      .join(' ')} `.includes(` ${word} `),
  );
}
/** Of the name finder's titles, the trades: no office ("actor", "businessman", "footballer"). */
const TRADES: ReadonlySet<string> = new Set(TRADE_TITLES.split(' '));

/**
 * "Muhammad Shahabuddin, a resident of Palpur village", "Chris Smith, a defensive lineman": an
 * appositive that describes somebody ordinary says the name is a namesake's. A description that
 * names an office or public life (any word of the person's role titles, or of TITLE_WORDS and
 * PUBLIC_LIFE) leaves the link alone ("Ilhan Omar, a Democratic congresswoman"). So does a trade or
 * a role word right before the full name ("businessman Andrew Yang"; TRADE_TITLES, ROLE_WORDS).
 */
export const describedAsSomebodyElse = (pick: DatasetEntity, h: Hit, ctx: ArticleView): boolean =>
  perHit(described, h, pick.id, () => describedElse(pick, h, ctx)); // (asked by prepare, then by decide: read once, hit-view.ts)
const described = new WeakMap<Hit, Map<string, boolean>>();
function describedElse(pick: DatasetEntity, h: Hit, ctx: ArticleView): boolean {
  // "a nurse also called Rachel Reeves", "Tony Blair (no relation)": a namesake by the article's own word (later in a long appositive too:
  // "Mark Carney, a retired miner who … and is no relation of the prime minister", namesake-disclaimer.ts).
  if (h.tokens >= 2 && namesakeSaid(ctx.text, h.span)) return true;
  // "Charles III of Spain", "Felipe VI of Castile": a regnal name with another realm after it is an earlier monarch's.
  if (h.tokens >= 2 && otherRealm(pick, h, ctx.text)) return true;
  // "King Charles II", "a King Charles spaniel": another monarch's number after the title and name, or a thing named after them.
  if (h.tokens >= 2 && (/^ [IVX]{1,4}\b/.test(ctx.text.slice(h.span.end, h.span.end + 6)) || placeTerm(ctx.text, h.span, undefined))) return true;
  // "Charles III, a lifelong organic gardener,": one name and a regnal number is a monarch's or a pope's, which no private namesake
  // bears, so what the sentence says of his life describes him. (Not a family's numeral after a surname: "Carlos Dominguez III".)
  if (REGNAL_NAME.test(h.key)) return false;
  // "Darren Jones, 34, of Salford, was jailed": an age and a home town after a full name, as news writes of a private person.
  if (h.tokens >= 2 && AGE_AND_HOME.test(ctx.text.slice(h.span.end, h.span.end + 16))) return true;
  // "Wang Yi, a 26-year-old former animator": an age the dataset person, in office since 2013, cannot be (stated-age.ts).
  if (h.tokens >= 2 && tooYoungForOffice(pick, ctx.text.slice(h.span.end, h.span.end + 24), ctx.publishedAt)) return true;
  // "At David Jones in Sydney, shoppers …": a sentence that opens at a full name and then a town is at a business named after somebody.
  if (
    h.tokens >= 2 &&
    AT_VENUE_AFTER.test(ctx.text.slice(h.span.end, h.span.end + 8)) &&
    AT_VENUE_BEFORE.test(ctx.text.slice(Math.max(0, h.span.start - 8), h.span.start))
  )
    return true;
  // "Judge Ann Baker jailed both men": a judge's title before the full name of a person who holds no judicial office,
  // however political the article (a court's is no leader's office).
  if (h.tokens >= 2 && JUDGE_BEFORE.test(ctx.text.slice(Math.max(0, h.span.start - 12), h.span.start)) && !ownWords(pick).has('judge')) return true;
  // "businessman Andrew Yang", "analyst Chris Smith": a trade or a role before the full name that is none of the person's offices (a head of state or
  // government was often something else first; "co-author Dr Lindsay Moore": before an honorific; "metal detectorists X and Y": a pair of full names).
  const before = h.tokens >= 2 ? singular(tradeWordBefore(ctx.text, h.span.start)) : null;
  // ("Shop steward Boris Johnson": a leader too, where the article has no word of public office.)
  if (
    before &&
    (TRADES.has(before) || ROLE_WORDS.has(before) || PRIVATE_ROLES.has(before) || clubRole(ctx.text, h.span.start)) &&
    !ownWords(pick).has(before) &&
    (!pick.roles?.some((r) => LEADERS.test(r.office ?? '')) || !(ctx.official ??= isOfficial(ctx.text)))
  )
    return true;
  const own = ownWords(pick);
  // "examiner Darren Jones", "its chairman, Li Qiang, told", "X, president of the … association": a civilian role or a firm's post (role-conflict.ts).
  if (h.tokens >= 2 && roleConflict(ctx.text, h.span, own, isTrade))
    if (!pick.roles?.some((r) => LEADERS.test(r.office ?? '')) || !(ctx.official ??= isOfficial(ctx.text))) return true;
  // "<full name>, who was headteacher of a primary school": a relative clause giving the name a trade, in an article with no word of
  // public office, is a namesake's (a leader "who was a comedian" in a story of the presidency is not).
  // (After "a" or "an" any noun is a trade, "who was a postman in Leeds"; else one of the lists' or a compound of one, "headteacher".)
  const rel = h.tokens >= 2 ? RELATIVE_TRADE.exec(ctx.text.slice(h.span.end, h.span.end + 80)) : null;
  const trade = rel?.[2];
  if (trade && (rel[1] || isTrade(trade)) && !own.has(trade) && !PUBLIC_LIFE.has(trade) && !TITLE_WORDS.has(trade) && !(ctx.official ??= isOfficial(ctx.text)))
    return true;
  // "X, who runs a bakery in Hamburg": a private life after the name; "The landlord, X, said": a trade before it (no public office in the article).
  if (h.tokens >= 2 && (RELATIVE_PRIVATE.test(ctx.text.slice(h.span.end, h.span.end + 56)) || tradeBeforeComma(ctx.text, h.span.start, own)))
    if (!(ctx.official ??= isOfficial(ctx.text))) return true;
  const m = APPOSITIVE.exec(ctx.text.slice(h.span.end, h.span.end + 80));
  if (!m) return false;
  // "Former prime minister Gordon Brown, a longtime patron,": a title of the person's own office right before the name says who
  // is meant, and the appositive then describes the office-holder (his patronage, his garden, his first trade).
  const titleBefore = wordBefore(ctx.text, h.span.start);
  if (titleBefore && own.has(titleBefore) && (TITLE_WORDS.has(titleBefore) || !!ctx.L?.titles.has(titleBefore))) return false;
  // (Function words say nothing: "Member of Parliament for Maidenhead" and "a dinner lady in Hull for 31 years" share "for".)
  const words = m[1]!
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => !FUNCTION_WORDS.has(w));
  // ("the" only with a trade in it — "the Fife bus driver", "the soul singer" —: "Scholz, the nation learned" is a clause.)
  if (THE_APPOSITIVE.test(m[0]) && !words.some((w) => TRADES.has(w) || ROLE_WORDS.has(w) || PRIVATE_ROLES.has(w))) return false;
  // (A title word after a lower-case noun is that noun's kind of person, no title: "a dinner lady", "a tea lady".)
  return !words.some((w, i) => own.has(w) || PUBLIC_LIFE.has(w) || (TITLE_WORDS.has(w) && (i === 0 || KEEP_TITLE.has(words[i - 1]!))));
}
/** ", who was headteacher of", ", who worked as a nurse in": "a" or "an" (group 1), the trade (group 2), the last word before a preposition or the clause's end. */
const RELATIVE_TRADE =
  /^,\s+who\s+(?:was|is|had\s+been|has\s+been|became|worked\s+as|served\s+as)\s+(?:(an?\s)|the\s+)?\s*(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]+)(?=\s+(?:of|at|for|in|on|with|from)\s|[,.;])/u;
/** A trade or a private role, or a compound ending in one ("headteacher", "schoolteacher"). */
const isTrade = (w: string): boolean =>
  TRADES.has(w) || ROLE_WORDS.has(w) || PRIVATE_ROLES.has(w) || TRADE_ENDS.some((t) => w.length > t.length && w.endsWith(t));
/** Words before a title word that keep it a title ("a former judge", "the late queen"); any other lower-case word makes a noun of it. */
const KEEP_TITLE: ReadonlySet<string> = new Set(
  'former retired late then current acting interim deputy senior junior veteran longtime outgoing incoming ex'.split(' '),
);
/** "Bowls club member Sandra Mason": a member's or an officer's role in a club, a society, a choir or a team. */
const clubRole = (text: string, at: number): boolean => CLUB_ROLE.test(text.slice(Math.max(0, at - 40), at));
const CLUB_ROLE = /\b(?:club|society|choir|team|league|band)\s+(?:member|captain|secretary|treasurer|chair(?:man|woman)?|president)\s+$/i;
const THE_APPOSITIVE = /^,\s+(?:\d{1,3},\s+)?the\s/;
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['', 'of', 'the', 'for', 'and', 'in', 'to', 'on', 'at', 'a', 'an', 'by', 'with', 'from']);
/** Roles of private people an appositive with "the" names ("the bus driver", "the shop owner"), sportsmen's among them. */
const PRIVATE_ROLES: ReadonlySet<string> = new Set(
  (
    'driver worker owner resident student pensioner landlord cleaner steward organiser organizer apprentice electrician plumber ' +
    'caretaker volunteer cashier waiter waitress porter janitor mechanic builder carpenter labourer laborer miner fisherman ' +
    'firefighter paramedic postman postwoman courier receptionist hairdresser researcher co-author lecturer detectorist ' +
    // (Sportsmen's trades that are no name finder's titles: "Boxer Rebellion", "the Jockey Club" are names; not "runner", which ends "front-runner".)
    'cyclist climber sprinter swimmer boxer golfer skier jockey wrestler batsman quarterback guard striker winger goalkeeper midfielder pitcher shortstop linebacker'
  ).split(' '),
);
/** ", who runs a bakery", ", who owned the corner shop", ", who works at a care home", ", who built up a chain of …". */
// (After an age, the perfect too, saying how long: "James Murray, 67, who has run the same round for 40 years", as news introduces a
// private person by age — an office-holder by the office.)
const RELATIVE_PRIVATE =
  /^,\s+(?:who\s+(?:runs|ran|owns|owned|manages|managed|works|worked|drives|drove|built(?:\s+up)?|founded|started|set\s+up|opened)|\d{1,3},\s+who\s+(?:(?:has|had)\s+)?(?:run|runs|ran|owns|owned|manages|managed|works|worked|drives|driven|drove|built(?:\s+up)?|founded|started|set\s+up|opened))\s+(?:(?:at|in|for)\s+)?(?:a|an|the|his|her|their)\s/;
/**
 * "The landlord, ", "their longtime family lawyer, ", "A gritter driver in Aberdeenshire, ": a trade (isTrade) as the noun phrase
 * before the name's comma, perhaps with where the trade is plied (a preposition and a capitalised place).
 */
const TRADE_BEFORE_COMMA =
  /\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\p{Ll}'’-]+\s+){0,2}(\p{Ll}[\p{Ll}-]+)(?:\s+(?:in|from|at|near|on)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?,\s+$/u;
function tradeBeforeComma(text: string, at: number, own: ReadonlySet<string>): boolean {
  const w = TRADE_BEFORE_COMMA.exec(text.slice(Math.max(0, at - 72), at))?.[1];
  return !!w && isTrade(w) && !own.has(w) && !PUBLIC_LIFE.has(w) && !TITLE_WORDS.has(w);
}
/** Trades and roles that end compounds ("headteacher", "schoolteacher"). */
const TRADE_ENDS = [...TRADES, ...PRIVATE_ROLES].filter((t) => t.length >= 5);
/** A trade's plural read as the trade ("cashiers", "waitresses"); any other word as it is. */
function singular(w: string | null): string | null {
  if (!w || w.length < 5 || !w.endsWith('s')) return w;
  const one = w.endsWith('sses') ? w.slice(0, -2) : w.slice(0, -1);
  return isTrade(one) ? one : w;
}
/** The word before the name, or before the honorific that stands before it ("co-author Dr", "farmer Mr"). */
function tradeWordBefore(text: string, at: number): string | null {
  const w = wordBefore(text, at);
  if (w !== 'dr' && w !== 'mr' && w !== 'mrs' && w !== 'ms' && w !== 'prof') return w;
  const m = HONORIFIC_AT_END.exec(text.slice(Math.max(0, at - 8), at));
  return m ? wordBefore(text, at - m[0].length) : w;
}
const HONORIFIC_AT_END = /(?<=\s)(?:Dr|Mr|Mrs|Ms|Prof)\.?\s$/;
/** "At " opening the text or a sentence, and " in " and a capitalised word after the name. */
const AT_VENUE_BEFORE = /(?:^|[.!?]["”’]?\s+)At\s+$/;
const AT_VENUE_AFTER = /^\s+in\s+\p{Lu}/u;
/** A judge's title, capitalised, right before a name ("Judge", "Magistrate"; not the verb: "voters will judge Ann Baker"). */
const JUDGE_BEFORE = /(?:^|[^\p{L}])(?:Judge|Magistrate)\s+$/u;
/** A regnal name ("Charles III") followed by "of" and a realm that none of the person's roles is of. */
function otherRealm(pick: DatasetEntity, h: Hit, text: string): boolean {
  if (!REGNAL_END.test(h.key)) return false;
  const realm = REALM_AFTER.exec(text.slice(h.span.end, h.span.end + 48))?.[1];
  return !!realm && !pick.roles?.some((r) => !!r.ofName && aliasKey(r.ofName) === aliasKey(realm));
}
const REGNAL_END = / [ivx]+$/;
const REGNAL_NAME = /^\S+ [ivx]+$/;
const REALM_AFTER = /^ of (?:the )?(\p{Lu}[\p{L}'’-]*(?: (?:and )?\p{Lu}[\p{L}'’-]*){0,3})/u;
/**
 * The words of the person's role titles, of two letters or more ("Texas's" gives "texas", not an "s" that "the 1970s" shares).
 * Once per record: asked of every full name of a person, each time it is linked (the set is only read).
 */
const ownWords = (pick: DatasetEntity): ReadonlySet<string> => {
  let words = OWN_WORDS.get(pick);
  if (!words) OWN_WORDS.set(pick, (words = new Set(pick.roles?.flatMap((r) => r.title.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length > 1) ?? [])));
  return words;
};
const OWN_WORDS = new WeakMap<DatasetEntity, ReadonlySet<string>>();
/**
 * Two or more dataset people under one full name (candidates of one hit): the one whose dated roles
 * cover the article's date — undefined when the hit is not such a name, null when none or several
 * do ("Abdoulaye Diop" in 2010 is Mali's finance minister of 2001–2012, not the foreign minister).
 */
export function inOfficeThen(h: Hit, date: string): DatasetEntity | null | undefined {
  const people = h.candidates.filter((c) => c.type === 'person');
  // (A family name with its particle, "Al-Sabah", is no one person's full name.)
  if (people.length < 2 || NAME_PARTICLES.has(h.key.slice(0, h.key.indexOf(' ')))) return undefined;
  const then = people.filter((p) =>
    p.roles?.some((r) => [r, ...(r.earlierTerms ?? []), ...(r.seen ? [{ since: r.seen.since, until: r.seen.asOf }] : [])].some((t) => covers(t, date))),
  );
  return then.length === 1 ? then[0]! : null;
}
/** A term (since … until, ISO dates or their year and month) covers the date; an open term runs on. */
const covers = (t: { since?: string; until?: string }, date: string): boolean => !!t.since && t.since <= date && (!t.until || date < t.until);

/** ", a 34-year-old teacher from …", ", 58, a bus driver from …" up to the clause's end. */
const APPOSITIVE = /^,\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+([^,.;:()\u201c\u201d"]{3,70})/u;
/** ", 34, of " or ", 34, from " and a capitalised word. */
const AGE_AND_HOME = /^,\s?\d{1,3},\s(?:of|from)\s\p{Lu}/u;

/**
 * A head of state or government (any term the dataset records) of a country the article names, or the head of an
 * international body it names, called by a one-word alias of three letters or more ("Li", "He", "Xi" are too short).
 */
export function leadsNamed(pick: DatasetEntity, h: Hit, ctx: ArticleView & { sure?: Map<string, DatasetEntity> }): string | null {
  if (h.key.length < 3) return null;
  if (pick.roles?.some((r) => !!r.of && /^ho[sg]:/.test(r.office ?? '') && ctx.countries!.has(r.of)))
    return 'surname of a head of state or government of a country the article names';
  // ("The World Trade Organization met … Okonjo-Iweala said": the head of an international body named in full.)
  return pick.roles?.some((r) => !!r.of && /^head:/.test(r.office ?? '') && ctx.sure!.has(r.of)) ? 'surname of the head of a body the article names' : null;
}
