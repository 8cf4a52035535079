/** How a card shows a fact whose value is a long list. */

const NOTABLE = ['UN', 'EU', 'NATO', 'G-7', 'G-20', 'AU', 'ASEAN', 'OPEC', 'BRICS', 'CSTO', 'OECD', 'WTO'];

/**
 * A long list of acronyms ("ANZUS, APEC, Arctic Council, …") as a count with the best-known few.
 * The items (between commas and the spaces after them) are read in place: a country's memberships are a
 * hundred items, and splitting them (and a Set of them) on every card of every article was most of a card's cost.
 */
export function listValue(label: string, value: string): string {
  // (Fewer than three commas: fewer than four items, without reading them.)
  const c1 = value.indexOf(',');
  const c2 = c1 < 0 ? -1 : value.indexOf(',', c1 + 1);
  if (c2 < 0 || value.indexOf(',', c2 + 1) < 0) return `${label}: ${value}`;
  let items = 0;
  let acronyms = 0;
  const notable = new Uint8Array(NOTABLE.length); // which of NOTABLE are items
  for (let a = 0; ;) {
    const comma = value.indexOf(',', a);
    const b = comma < 0 ? value.length : comma;
    items++;
    if (acronymItem(value, a, b)) {
      acronyms++;
      // (Every NOTABLE name is an acronym item.)
      for (let k = 0; k < NOTABLE.length; k++) if (b - a === NOTABLE[k]!.length && value.startsWith(NOTABLE[k]!, a)) notable[k] = 1;
    }
    if (comma < 0) break;
    a = comma + 1;
    while (a < value.length && isSpace(value, a)) a++;
  }
  if (items < 4 || acronyms < items / 2) return `${label}: ${value}`;
  const known = NOTABLE.filter((_, k) => notable[k]).slice(0, 4);
  return `${label} ${items} international organisations${known.length ? `, including ${known.join(', ')}` : ''}`;
}

const SPACE = /\s/;
/** /\s/ at i, ASCII by char code. */
function isSpace(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(s[i]!);
}

/** s.slice(a, b) is /^[A-Z][A-Za-z0-9-]{0,6}$/ with /[A-Z].*[A-Z0-9]/ (a capital or digit after the first capital), by char code. */
function acronymItem(s: string, a: number, b: number): boolean {
  if (b - a < 1 || b - a > 7) return false;
  const c0 = s.charCodeAt(a);
  if (c0 < 65 || c0 > 90) return false;
  let second = false;
  for (let j = a + 1; j < b; j++) {
    const c = s.charCodeAt(j);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) second = true;
    else if (!(c >= 97 && c <= 122) && c !== 45) return false;
  }
  return second;
}
