/**
 * lib/card/list-value.ts tests list items by char code instead of two regexes and looks the
 * notable organisations up in a set: it must say exactly what the regex version said, on edge
 * strings and on every fact value of the bundled dataset.
 */
import { describe, expect, it } from 'vitest';
import { listValue } from '../../lib/card/list-value';
import { loadBundledDataset } from '../../lib/tools/load-dataset';

const NOTABLE = ['UN', 'EU', 'NATO', 'G-7', 'G-20', 'AU', 'ASEAN', 'OPEC', 'BRICS', 'CSTO', 'OECD', 'WTO'];

/** The regex version, as it stood before. */
function reference(label: string, value: string): string {
  const items = value.split(/,\s*/);
  if (items.length < 4 || items.filter((i) => /^[A-Z][A-Za-z0-9-]{0,6}$/.test(i) && /[A-Z].*[A-Z0-9]/.test(i)).length < items.length / 2)
    return `${label}: ${value}`;
  const known = NOTABLE.filter((n) => items.includes(n)).slice(0, 4);
  return `${label} ${items.length} international organisations${known.length ? `, including ${known.join(', ')}` : ''}`;
}

describe('listValue', () => {
  it('says what the regex version says on edge items', () => {
    const items = ['A', 'AB', 'Ab', 'A1', 'a1', 'G-7', 'G-', 'A-b', 'ABCDEFG', 'ABCDEFGH', 'ÉU', 'A B', 'AbcdefG', '', 'UN', 'NATO', '1A', 'A\u00e9B'];
    for (let i = 0; i < items.length; i++)
      for (let j = 0; j < items.length; j++) {
        const value = [items[i], items[j], 'EU', items[(i + j) % items.length], 'Arctic Council'].join(', ');
        expect(listValue('Member of', value)).toBe(reference('Member of', value));
      }
    expect(listValue('Member of', 'UN, EU, NATO, G-7, Arctic Council')).toBe('Member of 5 international organisations, including UN, EU, NATO, G-7');
    expect(listValue('Includes', 'France, Spain, Italy, Portugal')).toBe('Includes: France, Spain, Italy, Portugal');
  });

  it('says what the regex version says on every fact of the bundled dataset', () => {
    let lists = 0;
    let counted = 0;
    for (const e of Object.values(loadBundledDataset().entities))
      for (const f of e.facts) {
        const got = listValue(f.label, f.value);
        expect(got).toBe(reference(f.label, f.value));
        if (f.value.split(',').length > 3) lists++;
        if (got.includes(' international organisations')) counted++;
      }
    expect(lists).toBeGreaterThan(100);
    expect(counted).toBeGreaterThan(50);
  });
});
