/**
 * What the officeholder-source readers share (dates, row counts, label resolvers). The readers
 * themselves, each turning rows into dated claims (people.ts), live one per source:
 * Wikidata officeholder snapshots (every-politician-scrapers, 2021-11 … 2023-01, one snapshot date
 * per row), Wikidata world leaders 2022 (for countries the snapshots miss), the US Congress
 * legislators (members, presidents, vice presidents; 2026-06-15), the IfG ministers database (UK;
 * 2026-06-19), and world-leaders-current (August 2026, CC BY-SA): read at build time only, as a
 * signal that an office changed, never shipped. One file per reader:
 * wikidata-claims.ts, us-claims.ts, uk-claims.ts, newer-holders.ts.
 */

const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
/** A trimmed ISO date (year, month or day), or undefined. */
export const iso = (s: string | undefined) => (s && ISO.test(s.trim()) ? s.trim() : undefined);

export interface SourceStats {
  rows: number;
  claims: number;
  skipped: number;
}

export type CountryIdOf = (label: string) => string | undefined;
export type OrgOf = (label: string) => { id: string; name: string } | undefined;
