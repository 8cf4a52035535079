import type { LexiconSets } from './lexicon-sets';

/*
 * The money an article counts in says where it is set. Two readers, each asked where its rule was measured:
 * - a currency's sign (`namedByCurrency`): "raised £2,000", "a ₹500 fine" (place-evidence.ts foreignInAmerica);
 * - a currency's word (`paidIn`): "add a euro", "120 million yen" (namesake-abroad.ts), from names.json `currencies`.
 */

/**
 * A sum in a country's own currency says where a story is set ("raised £2,000", "a ₹500 fine", "A$1.2 billion"): "Pupils at Sutton
 * Primary in Norfolk raised £2,000 for their twin school in New Hampshire" is set in England, though the American state's name
 * makes the article American, where a foreign division needs its country named (place-evidence.ts foreignInAmerica). Read only
 * there: as evidence for any place of the country it linked "Derby shoes … for £25 a pair" (tuning traps, session 29).
 * Only signs one country writes (not "$", "€" or "¥", which many do), before a number, with no letter glued before the sign
 * ("E£" is Egypt's pound; "US$" no Singapore dollar).
 */
/** (The signs as the Unicode Standard's Currency Symbols block and the newspapers' ISO 4217 prefixes write them: a stable reference.) */
const SIGNS: Readonly<Record<string, string>> = {
  '£': 'country:uk',
  '₹': 'country:in',
  '₩': 'country:ks',
  '₦': 'country:ni',
  '₱': 'country:rp',
  '₺': 'country:tu',
  '₴': 'country:up',
  '₽': 'country:rs',
  '₪': 'country:is',
  '₫': 'country:vm',
  R$: 'country:br',
  A$: 'country:as',
  AU$: 'country:as',
  C$: 'country:ca',
  CA$: 'country:ca',
  NZ$: 'country:nz',
  HK$: 'country:hk',
  S$: 'country:sn',
};
const SUM = /(?<!\p{L})([£₹₩₦₱₺₴₽₪₫]|R\$|AU?\$|CA?\$|NZ\$|HK\$|S\$)\s?\d/gu;

/** The text holds a sum in the country's own currency. */
export function namedByCurrency(text: string, countryId: string): boolean {
  for (const m of text.matchAll(SUM)) if (SIGNS[m[1]!] === countryId) return true;
  return false;
}

/**
 * Countries whose currency the article counts in ("a euro", "5 euros", "120 million yen"; names.json `currencies`, from the CIA World
 * Factbook): a sum, a number or "a"/"one" before the currency's word in lower case (an everyday word only after a number: "a real
 * chance", "a yen for" count nothing). Read once per article.
 */
export function paidIn(ctx: { text: string; L: LexiconSets | null; paidIn?: ReadonlySet<string> }): ReadonlySet<string> {
  if (ctx.paidIn) return ctx.paidIn;
  const out = new Set<string>();
  const L = ctx.L;
  if (L?.currencies.size)
    for (const m of ctx.text.matchAll(AMOUNT)) {
      const word = m[2]!.endsWith('s') && !L.currencies.has(m[2]!) ? m[2]!.slice(0, -1) : m[2]!;
      const ids = L.currencies.get(word);
      if (ids && (/\d|million|billion/.test(m[1]!) || !L.everyday.has(word))) for (const id of ids) out.add(id);
    }
  return (ctx.paidIn = out);
}
/** A number, a sum or "a"/"one" (group 1), then a lower-case word (group 2). */
const AMOUNT = /(?<![\p{L}\d])(\d[\d,.]*(?:\s+(?:million|billion))?|[Aa]|[Oo]ne)\s+(\p{Ll}[\p{Ll}']+)(?![\p{L}])/gu;
