import type { DatasetEntity } from '../types';

/*
 * "a studio founded by Wang Yi, a 26-year-old former animator": an age stated beside a full name that the dataset person cannot
 * be. The dataset has no birth dates, but it dates every office it gives a person: whoever has held an office since 2013 was of age
 * (ADULT) then, and so in a later year is at least ADULT years and the years since then old. An age below that is a namesake's.
 *
 * The year the article speaks in is its date where known; else the latest date the dataset saw the person in office (an article read
 * later only makes the person older, so the bound holds for any article written after it).
 */

/** The youngest age at which anybody holds an office the dataset records. */
const ADULT = 18;

/** ", a 26-year-old", ", 26,", ", aged 26,": the age an appositive gives right after the name (group 1, 2 or 3). */
const AGE_AFTER = /^,\s+(?:(?:a|an)\s+(\d{1,3})-year-old\b|(\d{1,3}),|aged\s+(\d{1,3})\b)/;

const year = (d: string | undefined): number | null => (d && /^\d{4}/.test(d) ? Number(d.slice(0, 4)) : null);

/** The age stated right after the name (`after`: the text from the name's end), or null. */
export function statedAge(after: string): number | null {
  const m = AGE_AFTER.exec(after.slice(0, 24));
  return m ? Number(m[1] ?? m[2] ?? m[3]) : null;
}

/** The dataset person cannot be the age the article gives after the name: younger than of age in the first year the dataset has them in office. */
export function tooYoungForOffice(pick: DatasetEntity, after: string, publishedAt?: string | null): boolean {
  if (pick.type !== 'person' || !pick.roles?.length) return false;
  const age = statedAge(after);
  if (age === null) return false;
  let first = Infinity;
  let last = -Infinity;
  for (const r of pick.roles) {
    for (const d of [r.since, ...(r.earlierTerms ?? []).map((t) => t.since)]) first = Math.min(first, year(d) ?? Infinity);
    // (In office at `asOf` unless the role has ended: then only until `until`.)
    for (const d of [r.since, r.until, r.status === 'former' ? undefined : r.asOf]) last = Math.max(last, year(d) ?? -Infinity);
  }
  const now = year(publishedAt ?? undefined) ?? last;
  return Number.isFinite(first) && Number.isFinite(now) && age < ADULT + (now - first);
}
