/**
 * Two more ways a sentence uses an outlet's name as a medium's (outlet-context.ts usedAsMedium; link.ts), read right after it:
 *  - the outlet as the source a reader goes to for a report: "I had to go to the BBC for this report", "see Reuters for the full
 *    story", "thanks to the AP for the coverage" (a report's noun after "for" and a determiner, one word between at most);
 *  - the outlet's own breaking-news service after its acronym: "this BBC Breaking News Alert", "CNN Breaking News" — not a longer
 *    name of something else ("CBS Sports" stays one), and only "Breaking News": "ABC News" may be another outlet's own name.
 * (uner-ewt dev and test half A: "BBC" was found in neither; a dataset outlet called by its acronym needs such a use.)
 * Cost: one or two anchored patterns on 64 characters after an outlet's hit.
 */
import type { Span } from '../types';

const FOR_REPORT_AFTER =
  /^\s+for\s+(?:this|that|the|its|their|his|her|a|an|more|further)\s+(?:[\p{Ll}-]+\s+)?(?:report|reports|reporting|story|stories|article|articles|coverage|footage|interview|piece|update|updates|news)\b/u;
const BREAKING_NEWS_AFTER = /^\s+Breaking\s+News\b/u;

/** The outlet's own breaking-news service after the name at `span` ("BBC Breaking News Alert"). */
export const breakingNewsAfter = (text: string, span: Span): boolean => BREAKING_NEWS_AFTER.test(text.slice(span.end, span.end + 16));

/** The name at `span` is a report's source: "the BBC for this report", or its breaking news after it. */
export const reportSourceAfter = (text: string, span: Span): boolean => {
  const after = text.slice(span.end, span.end + 64);
  return FOR_REPORT_AFTER.test(after) || BREAKING_NEWS_AFTER.test(after);
};
