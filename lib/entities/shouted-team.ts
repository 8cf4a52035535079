import type { Span } from '../types';

/**
 * A country's or a place's name on a shouted line before a plural and a word of a team's player or staff ("HIGH TACKLE ON NEW
 * ZEALAND WARRIORS PROP", "GOLD COAST TITANS COACH QUITS"): a club's name, its nickname after the place, as running text reads
 * "the New Zealand Warriors prop" (link.ts: a capitalised word after a place makes a longer name). A line in capitals hides
 * where a name ends; a team's member after the plural shows the plural is the club's nickname, not a noun of the sentence
 * ("NEW ZEALAND FARMERS PROTEST": a verb after it).
 * Cost: one sticky-free match on 40 characters after a shouted country's or place's name.
 */
const TEAM_AFTER =
  /^\s\p{Lu}{2,}S\s(?:PROP|HOOKER|COACH|CAPTAIN|SKIPPER|STAR|STRIKER|FORWARD|WINGER|FULLBACK|HALFBACK|FIVE-EIGHTH|PLAYER|BOSS|GOALKEEPER|DEFENDER|MIDFIELDER|QUARTERBACK|PITCHER|FLANKER|CENTRE|SIGNING|RECRUIT|ROOKIE)S?(?![\p{L}'’-])/u;

/** The shouted name at `span` opens a club's name (see the module's comment). */
export const teamAfterShouted = (text: string, span: Span): boolean => TEAM_AFTER.test(text.slice(span.end, span.end + 40));
