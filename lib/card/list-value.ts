/** How a card shows a fact whose value is a long list. */

const NOTABLE = ['UN', 'EU', 'NATO', 'G-7', 'G-20', 'AU', 'ASEAN', 'OPEC', 'BRICS', 'CSTO', 'OECD', 'WTO'];

/** A long list of acronyms ("ANZUS, APEC, Arctic Council, …") as a count with the best-known few. */
export function listValue(label: string, value: string): string {
  // (Fewer than three commas: fewer than four items, without splitting.)
  const c1 = value.indexOf(',');
  const c2 = c1 < 0 ? -1 : value.indexOf(',', c1 + 1);
  if (c2 < 0 || value.indexOf(',', c2 + 1) < 0) return `${label}: ${value}`;
  const items = value.split(/,\s*/);
  let acronyms = 0;
  for (const i of items) if (acronymItem(i)) acronyms++;
  if (items.length < 4 || acronyms < items.length / 2) return `${label}: ${value}`;
  const set = new Set(items);
  const known = NOTABLE.filter((n) => set.has(n)).slice(0, 4);
  return `${label} ${items.length} international organisations${known.length ? `, including ${known.join(', ')}` : ''}`;
}

/** /^[A-Z][A-Za-z0-9-]{0,6}$/ and /[A-Z].*[A-Z0-9]/ (a capital or digit after the first capital), by char code. */
function acronymItem(s: string): boolean {
  if (s.length < 1 || s.length > 7) return false;
  const c0 = s.charCodeAt(0);
  if (c0 < 65 || c0 > 90) return false;
  let second = false;
  for (let j = 1; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) second = true;
    else if (!(c >= 97 && c <= 122) && c !== 45) return false;
  }
  return second;
}
