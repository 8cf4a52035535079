import type { DatasetEntity, Span } from '../types';
import { aliasKeyMemo } from '../dataset/alias-key';

/*
 * What a division of a country is, and its own kind written before its bare name. Apart from seat-cities.ts, which reads the
 * article's context, so that the run matcher (link.ts) can ask it without importing the linker's modules.
 */

/** A province, state or department (the dataset's Place fact), not a city or a country. */
export const isDivision = (c: DatasetEntity): boolean =>
  c.type === 'place' && c.facts.some((f) => f.label === 'Place' && /^Administrative division\b/.test(f.value));
/**
 * The division's own kind right before its bare name, as Irish counties are written ("County Kerry", "County Cork": the dataset's
 * "Kerry County"): the division, however everyday the bare word ("cork") and though the kind opens a longer capitalised run.
 */
export function kindBefore(places: readonly DatasetEntity[], key: string, text: string, span: Span): DatasetEntity | undefined {
  if (text.charCodeAt(span.start - 1) !== 32 || !places.some(isDivision)) return undefined;
  // (The word before is keyed once per call, not once per division, and through the memo: it is a word, asked at every mention of a place.)
  const before = aliasKeyMemo(text.slice(text.lastIndexOf(' ', span.start - 2) + 1, span.start - 1));
  if (!before) return undefined;
  const whole = `${key} ${before}`;
  return places.find((c) => isDivision(c) && (aliasKeyMemo(c.name) === whole || c.aliases.some((a) => aliasKeyMemo(a) === whole)));
}

/**
 * The division's kind as its own record gives it ("Administrative division of Italy (region)": "region"; "(two-tier county)": "county"),
 * written in lower case right after its bare name: "the Marche region", "Uva province", "Washington state", "Kent county council". A
 * writer who names the kind means the division, as with its own name in full (seat-cities.ts namedWithKind, which asks it only of a name
 * the dataset gives one place: a kind does not choose between namesakes, "the Punjab province" of a story of India is India's state).
 */
export function recordKindAfter(c: DatasetEntity, text: string, span: Span): boolean {
  if (text.charCodeAt(span.end) !== 32) return false;
  const kind = c.type === 'place' ? RECORD_KIND.exec(c.facts.find((f) => f.label === 'Place')?.value ?? '')?.[1] : undefined;
  return !!kind && text.startsWith(kind, span.end + 1) && !/^[\p{L}-]/u.test(text.slice(span.end + 1 + kind.length, span.end + 2 + kind.length));
}
const RECORD_KIND = /^Administrative division of [^(]+\((?:[\p{L}-]+ )*(\p{Ll}+)\)$/u;
