/**
 * A sum in a country's own currency says where a story is set ("raised £2,000", "a ₹500 fine", "A$1.2 billion"): "Pupils at Sutton
 * Primary in Norfolk raised £2,000 for their twin school in New Hampshire" is set in England, though the American state's name
 * makes the article American, where a foreign division needs its country named (place-evidence.ts foreignInAmerica). Read only
 * there: as evidence for any place of the country it linked "Derby shoes … for £25 a pair" (tuning traps, session 29).
 * Only signs one country writes (not "$", "€" or "¥", which many do), before a number, with no letter glued before the sign
 * ("E£" is Egypt's pound; "US$" no Singapore dollar).
 */
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
