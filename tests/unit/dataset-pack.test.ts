/**
 * The shipped (packed) dataset is the bundled one, field for field: `unpack(pack(d))` equals `d`
 * on the real bundled file, and packing saves what it promises.
 */
import { describe, expect, it } from 'vitest';
import { pack, unpack } from '../../lib/dataset/pack';
import { loadBundledDataset } from '../../lib/tools/load-dataset';
import type { Dataset } from '../../lib/types';

const copy = (d: Dataset): Dataset => JSON.parse(JSON.stringify(d));

describe('dataset packing', () => {
  it('round-trips the bundled dataset exactly', () => {
    const d = loadBundledDataset();
    const back = unpack(JSON.parse(JSON.stringify(pack(copy(d)))));
    expect(back.entities.length).toBe(d.entities.length);
    expect(back).toEqual(d);
  });

  it('ships under the 5 MB that Mozilla’s linter still parses, sources written as codes and read back', () => {
    const d = loadBundledDataset();
    const shipped = JSON.stringify(pack(copy(d)));
    // (web-ext lint and AMO refuse to parse a file over 5 MB: FILE_TOO_LARGE fails the Firefox package.)
    expect(Buffer.byteLength(shipped)).toBeLessThan(5 * 1024 * 1024);
    expect(shipped).not.toContain(':"wikidata-officeholders"');
    const one: Dataset = {
      version: 'v',
      builtAt: '2026-01-01',
      sources: { a: { name: 'A', asOf: '2026-01-01', licence: 'CC0' }, b: { name: 'B', asOf: '2026-02-01', licence: 'CC0' } },
      entities: [{ id: 'person:p', type: 'person', name: 'P', aliases: [], facts: [{ label: 'L', value: 'V', source: 'b' }], died: '2020', diedSource: 'a' }],
    };
    expect(JSON.stringify(pack(copy(one)))).toContain('"#1"');
    expect(unpack(JSON.parse(JSON.stringify(pack(copy(one)))))).toEqual(one);
  });

  it('keeps a missing as-of missing and a role of no country without a name', () => {
    const d: Dataset = {
      version: 'v',
      builtAt: '2026-01-01',
      sources: { a: { name: 'A', asOf: '2026-01-01', licence: 'CC0' } },
      entities: [
        { id: 'country:xx', type: 'country', name: 'Xland', aliases: ['Xland', 'X'], facts: [] },
        {
          id: 'person:p',
          type: 'person',
          name: 'P Q',
          aliases: ['Q'],
          facts: [],
          roles: [
            { title: 'Mayor', of: null, ofName: null, source: 'a' },
            { title: 'President', of: 'country:xx', ofName: 'Xland', source: 'a', asOf: '2026-01-01', successor: { name: 'R', entityId: null, source: 'a' } },
            { title: 'Minister', of: 'country:xx', ofName: 'Other name', source: 'a', asOf: '2025-05-05' },
          ],
        },
        { id: 'place:y', type: 'organization', name: 'Y', aliases: [], facts: [] },
      ],
    };
    expect(unpack(JSON.parse(JSON.stringify(pack(copy(d)))))).toEqual(d);
  });

  it('makes the shipped file smaller by a fifth or more', () => {
    const d = loadBundledDataset();
    const full = JSON.stringify(d).length;
    const packed = JSON.stringify(pack(copy(d))).length;
    expect(packed).toBeLessThan(full * 0.8);
  });
});
