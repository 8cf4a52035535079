import type { EntityResult, Span } from '../types';

/**
 * An award called by one name, a given name as often as not ("five Emmy awards", "won a Hugo award", "Tony nominations", "an
 * Oscar winner"): the word before a lower-case word for an award, its nominations or its winners is the award's name. A built
 * one-word person every mention of which stands so is no person ("He was also awarded five Emmy awards": "Emmy" was taken for a
 * given name). A person with a mention elsewhere stays ("Tony said … the Tony award").
 */
const AWARD_AFTER = /^[ -](?:awards?|nominations?|nominees?|nominated|winners?|winning|prizes?|trophy|trophies|medals?|statuettes?)\b/;

/** Whether the mention is an award's name (see the module's comment). */
export const awardName = (text: string, m: Span): boolean => AWARD_AFTER.test(text.slice(m.end, m.end + 14));

/** `built` without the one-word people that are only ever an award's name. */
export function withoutAwardNames(text: string, built: EntityResult[]): EntityResult[] {
  return built.filter((e) => e.type !== 'person' || e.fromDataset || e.name.includes(' ') || !e.mentions.every((m) => awardName(text, m)));
}
