/**
 * Currencies the CIA World Factbook (../shared/data/cia-world-factbook, final edition of January 2026; CC0 1.0 / public domain)
 * names without a country's adjective ("euros (EUR)", "yen (JPY)", "reals (BRL)"), and the countries that pay in each, for
 * names.json `currencies` (build-names.ts): "add a euro to the price" says the article is set where the euro is paid
 * (namesake-abroad.ts). A currency written with its country's adjective ("Kenyan shillings") names the country by that adjective already.
 * Listed as "<word>=<country id>,…", the word in the singular ("euro"); the dataset's country ids are the Factbook's own codes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** "euros (EUR) per US dollar -": a lower-case word, its ISO code, as the Factbook's Exchange rates begin. */
const BARE = /^([a-z][a-z']+) \([A-Z]{3}\) per US dollar/;

export function currencyCountries(factbook: string, countryIds: ReadonlySet<string>): string[] {
  const by = new Map<string, string[]>();
  if (!existsSync(factbook)) return [];
  for (const region of readdirSync(factbook).sort()) {
    const dir = path.join(factbook, region);
    if (!existsSync(dir) || !/^[a-z-]+$/.test(region) || region === 'meta') continue;
    for (const f of readdirSync(dir).sort()) {
      const id = `country:${f.slice(0, -5)}`;
      if (!f.endsWith('.json') || !countryIds.has(id)) continue;
      const profile = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { Economy?: { 'Exchange rates'?: { Currency?: { text?: string } } } };
      const m = BARE.exec(profile.Economy?.['Exchange rates']?.Currency?.text ?? '');
      if (!m) continue;
      // (The plural's "s" off: "euros" → "euro", "reals" → "real"; "yen", "rand", "baht" stay.)
      const word = m[1]!.length > 4 && m[1]!.endsWith('s') ? m[1]!.slice(0, -1) : m[1]!;
      by.set(word, [...(by.get(word) ?? []), id]);
    }
  }
  return [...by].map(([w, ids]) => `${w}=${ids.sort().join(',')}`).sort();
}
