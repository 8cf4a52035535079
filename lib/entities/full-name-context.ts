/**
 * Whether a person named in full is the dataset person by what the article is about (issue 18): its country and its public
 * life, a title before the name, for a member of Congress American politics or the member's own state (seat-state.ts). Split
 * from namesakes.ts, which reads what the sentence says of the name (a trade, an appositive, an age).
 */
import type { DatasetEntity } from '../types';
import { HONORIFICS, ROLE_WORDS, TITLE_WORDS } from '../text/words';
import { RULER_TITLES } from '../text/name-lexicon';
import type { LexiconSets } from './lexicon-sets';
import { wordBeforeDotSpace } from './name-words';
import type { Hit } from './link';
import { matchesAfterNoLetter } from '../text/letter-start';
import { namedAsOfficeholder } from './sitting-names';
import { seatStateNamed } from './seat-state';
import { deathTold } from './death-told';

/** What of the article these checks read (decide.ts's Context has it all). */
export interface ArticleView {
  text: string;
  L: LexiconSets | null;
  countries?: Set<string>;
  american?: boolean;
  political?: boolean;
  official?: boolean;
  publishedAt?: string | null;
  /** The article's dataset hits (seat-state.ts reads the state's in the name's sentence). */
  hits?: readonly Hit[];
  /** Ids the article names unambiguously (article-context.ts). */
  sure?: Map<string, DatasetEntity>;
}

/** A high title before a surname ("President Putin"); an honorific ("Mr Lee") is not enough. */
export const isOfficeTitle = (w: string | undefined, L: LexiconSets | null) =>
  !!w && !HONORIFICS.has(w) && !NOT_OFFICES.has(w) && (TITLE_WORDS.has(w) || (!!L?.titles.has(w) && RULERS.has(w)));
/** Roles and trades, not offices: "Shopkeeper Anwar", "analyst Lee", "coach Kim" are somebody else than the leader of that name. */
const NOT_OFFICES = ROLE_WORDS;
/** Of the name finder's titles, those of rulers and clergy that do name an office ("Emperor Naruhito", "Sultan Ibrahim"). */
const RULERS: ReadonlySet<string> = new Set(RULER_TITLES.split(' '));
/**
 * A person named in full links only where the article is about the person's country and about public life, or a
 * title stands before the name. The dataset knows people only by their offices, and a full name is shared by others:
 * a documentary maker or a defensive lineman of a congressman's name, a comics writer of a Grenadian minister's, a
 * baker of a former Welsh secretary's, a rebel of 1381 of a Home Secretary's. News names a minister with the
 * country or its places, and with words of politics, nearly always.
 * - A member of Congress only (one of hundreds: "Chris Smith", "John James") asks for words of American politics
 *   (POLITICS) and the United States or any American context; or, in a short text, the state of the member's own seat
 *   named in the name's sentence (seat-state.ts: "Tammy Baldwin toured a trout stream in northern Wisconsin"); or one word
 *   of politics and another American office-holder of the dataset, no member of Congress, named unambiguously ("as Donald
 *   Trump met pharmaceutical executives at the White House, with Bernie Sanders dismissing the deal"): two public figures of
 *   one country in one story are its politics.
 * - Any other person but a head of state or government (whom the press names bare: LEADERS) asks for a word of public
 *   office (OFFICE, POLITICS) or the person's country, its adjective or one of its places: a minister named in a
 *   story on defence jets or a conference in London has the one or the other; a namesake in comics has neither.
 */
export function legislatorInContext(pick: DatasetEntity, h: Hit, ctx: ArticleView): boolean {
  const legislator = isLegislatorOnly(pick);
  if (!legislator && (!pick.roles?.length || pick.roles.some((r) => LEADERS.test(r.office ?? '')))) return true;
  const before = h.before ?? wordBeforeDotSpace(ctx.text.slice(Math.max(0, h.span.start - 16), h.span.start))?.toLowerCase();
  // "President John Kennedy was assassinated": an office no member of Congress holds names a namesake (here a president
  // of 1963, not the senator from Louisiana), however political the article.
  if (legislator && before && NOT_LEGISLATORS.has(before)) return false;
  if (isOfficeTitle(before, ctx.L) || HONORIFICS.has(before ?? '')) return true;
  // ("months after John Kennedy was assassinated in Dallas": a dead namesake of a sitting member, death-told.ts.)
  if (legislator && deathTold(ctx.text, h.span)) return false;
  if (!pick.countryId) return false;
  if (!legislator) return (ctx.official ??= isOfficial(ctx.text)) || countryInContext(pick, ctx) || namedAsOfficeholder(pick, h, ctx.text, ctx.L);
  if ((ctx.political ??= isPolitical(ctx.text)) && countryInContext(pick, ctx)) return true;
  return seatStateNamed(pick, h, ctx.text, ctx.hits, isOfficial) || (officeholderBeside(pick, ctx) && matchesAfterNoLetter(POLITICS, ctx.text, 1));
}
/** Another person of the member's country the article names unambiguously, whom the dataset knows by an office outside Congress. */
const officeholderBeside = (pick: DatasetEntity, ctx: ArticleView): boolean =>
  [...(ctx.sure?.values() ?? [])].some((e) => e !== pick && e.type === 'person' && e.countryId === pick.countryId && !!e.roles?.length && !isLegislatorOnly(e));
/** Offices of heads of state or government, supreme leaders and heads of international bodies (the dataset's office keys). */
export const LEADERS = /^(?:hos|hog|leader|head):/;
/** The article names the entity's country (for the United States: any American context). */
export const countryInContext = (e: DatasetEntity, ctx: ArticleView): boolean =>
  ctx.countries!.has(e.countryId ?? '') || (e.countryId === 'country:us' && !!ctx.american);
/**
 * Words of politics, in English and whole ("politique" and "élection" on a French page are not
 * theirs): a legislator named in an article without any of them is more likely a namesake. (Whole: no letter after, and
 * none before, which letter-start.ts reads.)
 */
const POLITICS =
  /(?:Congress|[Cc]ongress(?:man|woman|ional)|Senate|[Ss]enators?|[Ll]awmakers?|[Ll]egislat(?:ion|ors?|ure)|Democrat(?:s|ic)?|Republicans?|GOP|House|Capitol|[Ee]lections?|[Cc]ampaign(?:s|ed)?|bills?|[Vv]ot(?:e|es|ed|ers?|ing)|[Ii]mpeach\w*|[Aa]dministration|[Gg]overnment|[Pp]olitic(?:s|al|ally|ians?)|[Gg]overnor|[Pp]residential)(?!\p{L})/gu;
/** Two words of politics at least: one alone may be a title's ("House of Cards") or a word in passing. (No letter before either: letter-start.ts.) */
const isPolitical = (text: string): boolean => matchesAfterNoLetter(POLITICS, text, 2);
/** Words of public office anywhere (with POLITICS): a minister's or an official's article uses one of them. */
const OFFICE =
  /(?:[Mm]inist(?:er|ers|ry|ries|erial)|[Pp]arliament(?:s|ary)?|MPs?|[Cc]abinet|[Pp]art(?:y|ies)|[Pp]resident|[Pp]remier|[Cc]hancellor|[Ss]ecretary|[Oo]fficials?|[Dd]iplomat(?:s|ic)?|[Ee]mbass(?:y|ies)|[Aa]mbassadors?|[Ss]ummit|[Ss]anctions|[Pp]olic(?:y|ies)|[Oo]pposition|[Cc]oalition|[Mm]ayor|[Tt]reaty|[Nn]egotiat\w*|[Rr]egime|[Ss]pokes(?:man|woman|person)|[Tt]alks|[Cc]entral [Bb]ank|Federal Reserve|[Cc]onstituen(?:cy|ts))(?!\p{L})/gu;
/** A word of public office or politics. */
export const isOfficial = (text: string): boolean => matchesAfterNoLetter(OFFICE, text, 1) || matchesAfterNoLetter(POLITICS, text, 1);
/** Titles of offices no sitting member of Congress holds (a head of state or government, a monarch, a pope). */
const NOT_LEGISLATORS: ReadonlySet<string> = new Set(['president', 'pres', 'king', 'queen', 'pope', 'emperor', 'premier', 'chancellor', 'minister']);
/** The dataset knows the person only by seats and posts in the US Congress. */
export const isLegislatorOnly = (e: DatasetEntity): boolean => !!e.roles?.length && e.roles.every((r) => LEGISLATIVE.test(r.office ?? ''));
/** Office keys of seats and posts in the US Congress (lib/dataset/build, us-congress-legislators). */
const LEGISLATIVE = /^(?:us-house|us-senate|us-leader):/;
