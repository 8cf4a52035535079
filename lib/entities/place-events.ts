import type { DatasetEntity, Span } from '../types';
import type { LexiconSets } from './lexicon-sets';
import { isDivision } from './division-kind';

/**
 * A show, a fair, a fashion week, an airport or a cathedral that English names after the town it is held or stands in ("the
 * Monaco Yacht Show", "the Dubai Airshow", "Copenhagen Fashion Week", "Nairobi Airport", "Cologne Cathedral"): the town's
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
  /^\s(?:(?:International|Fashion|Motor|Boat|Yacht|Book|Film|Air)\s)?(?:Fashion\sWeek|Airshow|Air\sShow|Motor\sShow|Boat\sShow|Yacht\sShow|Book\sFair|Film\sFestival|Airport|Cathedral)\b/u;
