import type { DatasetEntity, Span } from '../types';
import type { LexiconSets } from './lexicon-sets';
import { isDivision } from './division-kind';

/**
 * A show, a fair, a fashion week, an airport or a cathedral that English names after the town it is held or stands in ("the
 * Monaco Yacht Show", "the Dubai Airshow", "Copenhagen Fashion Week", "Milan Design Week" — a fashion or design week in lower case
 * too, as a Title Case headline is read (truecase.ts) —, "Nairobi Airport", "Cologne Cathedral"): the town's
 * name in it is the town, not a word of some other longer name (link.ts partOfName). Not a name a person bears ("Victoria",
 * "Sydney": a horse or a ship is named so as often), nor a division's ("Canterbury Cathedral" is Kent's, not New Zealand's
 * region); not a race ("the Valencia Marathon" names a city the dataset may not have) nor a harbour ("Darling Harbour").
 */
export function placeBeforeEvent(text: string, span: Span, key: string, list: readonly DatasetEntity[], L: LexiconSets | null): boolean {
  if (!L || L.givenNames.has(key) || list.some((c) => c.type === 'person' || isDivision(c))) return false;
  return EVENT_AFTER.test(text.slice(span.end, span.end + 32));
}
/** The same read as evidence that the name is the town (country-evidence.ts whereEvidence; the run's checks above have let it through). */
export const townEvent = (text: string, span: Span): string | null =>
  EVENT_AFTER.test(text.slice(span.end, span.end + 32)) ? 'a town’s own show, fair or airport (“the Dubai Airshow”)' : null;
const EVENT_AFTER =
  /^\s(?:(?:International|Fashion|Motor|Boat|Yacht|Book|Film|Air)\s)?(?:Fashion\sWeek|Airshow|Air\sShow|Motor\sShow|Boat\sShow|Yacht\sShow|Book\sFair|Film\sFestival|Airport|Cathedral)\b|^\s(?:[Ff]ashion|[Dd]esign)\s[Ww]eek\b/u;

/**
 * An event English calls by the town it is held in, with its edition before it: "this year's Dakar", "last weekend's Monaco" (the
 * rally, the Grand Prix), "the 45th Dakar", "the 2024 Monaco". An edition is a time's possessive (this, last or next year's, season's,
 * week's, weekend's) or an ordinal or a year after "the"; a place has no editions. Only where the name ends its noun phrase — a
 * stop, a verb ("crossed", "was"), a preposition or a conjunction after it: "this year's Paris marathon" has the event's own noun
 * after it, and the town is the marathon's. Not a country before a plural verb ("last year's England were", its side, which its
 * card stands for).
 */
export function eventByItsPlace(text: string, span: Span, country: boolean): boolean {
  const before = text.slice(Math.max(0, span.start - 28), span.start);
  if (!EDITION_BEFORE.test(before)) return false;
  const after = text.slice(span.end, span.end + 20);
  if (!PHRASE_ENDS_AFTER.test(after)) return false;
  return !(country && PLURAL_VERB_AFTER.test(after));
}
/** Past tenses not in -ed, which follow an event's name as its verb ("last year's Dakar lost three days"). */
const IRREGULAR_PASTS =
  'lost|won|took|went|ran|saw|began|made|drew|left|came|got|gave|held|kept|led|brought|became|met|sent|spent|cost|hit|shook|threw|fell|rose';
const EDITION_BEFORE =
  /(?:\b(?:this|last|next|that)\s+(?:year|season|week|weekend|month)['’]s|\bthe\s+(?:\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural))\s$/i;
const PHRASE_ENDS_AFTER = new RegExp(
  String.raw`^(?:\s*[,.;:!?)\u2014\u2013]|\s*$|\s(?:is|was|has|had|will|would|could|can|may|might|must|should|did|does|were|are|have|begins?|began|starts?|started|ends?|ended|in|at|on|for|from|with|by|to|into|across|through|over|(?:and|or)(?!\s+\p{Lu})|but|which|that|where|when|as|after|before|since|than|\p{Ll}{3,}ed|${IRREGULAR_PASTS})\b)`,
  'u',
);
const PLURAL_VERB_AFTER = /^\s(?:were|are|have)\b/;
