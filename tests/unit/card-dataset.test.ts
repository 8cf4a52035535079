import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze';
import { buildCard } from '../../lib/card';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { loadBundledDataset } from '../../lib/tools/load-dataset';
import { disposeHtml, parseHtml } from '../../lib/tools/parse-html';

// Cards over the bundled dataset (assets/dataset.json): the rules hold on the real data, and the
// then-and-now fixture article reads as it should. Expectations come from the data, not from here.
const ds = loadBundledDataset();

describe('cards over the bundled dataset', () => {
  it('a head of state or government whose office a newer build-time source says changed hands is dated on the country card, and says so', () => {
    // The build reads world-leaders-current (not shipped) only as a signal; the offices it contradicts
    // are listed in assets/dataset-report.md. Every such country line carries its source's date.
    const report = readFileSync(resolve(__dirname, '../../assets/dataset-report.md'), 'utf8');
    const stale = [...report.matchAll(/^- (ho[sg]):(country:[a-z]+): .* contradicted by world-leaders-current/gm)].map((m) => [m[1]!, m[2]!] as const);
    expect(stale.length).toBeGreaterThan(0);
    for (const [office, id] of stale) {
      const e = ds.entities.find((x) => x.id === id)!;
      const line = buildCard(e, ds.sources).lines.find((l) => l.startsWith(office === 'hos' ? 'Chief of state' : 'Head of government'));
      // Dated, from (never "since") its start, and saying that a newer source lists another holder.
      expect(line, `${id} ${office}`).toMatch(/ \((from [^;]*; )?as of \w+ \d{4}\); a newer source \(\d+ \w+ \d{4}\) lists another holder$/);
      expect(line, `${id} ${office}`).not.toMatch(/\bsince\b/);
    }
  });

  it('no card says "in office" for a role the data does not mark current, or repeats a line, or has over 6 hover lines', () => {
    let checked = 0;
    for (const e of ds.entities) {
      if (!e.roles?.length && e.type !== 'country') continue;
      const c = buildCard(e, ds.sources, { mentions: 1 });
      const all = c.groups?.flatMap((g) => g.lines) ?? c.lines;
      expect(c.lines.length, e.id).toBeLessThanOrEqual(6);
      expect(new Set(all).size, e.id).toBe(all.length);
      const current = (e.roles ?? []).filter((r) => r.status === 'current' && !e.died).length;
      expect(all.filter((l) => l.includes(', in office since')).length, e.id).toBeLessThanOrEqual(current);
      for (const l of all) {
        expect(l.split('(').length, `${e.id}: ${l}`).toBe(l.split(')').length);
        expect(l, e.id).not.toMatch(/ of (United States|United Kingdom|Netherlands|Philippines)\b/);
        expect(l, e.id).not.toMatch(/^Member of: .*,.*,.*,/);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('every former role says when it ended, or which newer source no longer has it: no "(2017–)"', () => {
    const bare = ds.entities.flatMap((e) => (e.roles ?? []).filter((r) => r.status === 'former' && !r.until && !r.successor).map((r) => `${e.id}: ${r.title}`));
    expect(bare).toEqual([]);
    for (const e of ds.entities.filter((x) => x.roles?.some((r) => r.status === 'former')).slice(0, 3000))
      for (const l of buildCard(e, ds.sources).lines) expect(l, e.id).not.toMatch(/\(\d{4}–\)|–\)/);
  });

  it('the then-and-now fixture: its date is read, and the card says then and now from the data', async () => {
    const doc = parseHtml(
      readFileSync(resolve(import.meta.dirname, '../fixtures/then-and-now/canberra-2021.html'), 'utf8'),
      'https://example.com/2021/canberra',
    );
    try {
      const { analysis: a } = await analyzeDocument(doc, { lookup: createMemoryLookup(ds) });
      expect(a.publishedAt).toBe('2021-03-10');
      const e = a.entities.find((x) => x.name === 'Scott Morrison');
      const role = ds.entities.find((x) => x.id === e?.id)?.roles?.find((r) => r.since! <= '2021-03-10' && r.until && r.until > '2021-03-10');
      expect(role?.successor, 'the dataset knows who followed').toBeTruthy();
      expect(e!.card.lines[0]).toMatch(new RegExp(`^At the time of this article \\(10 March 2021\\): ${role!.title} of ${role!.ofName}`));
      expect(e!.card.lines[1]).toContain(`${role!.successor!.name} holds the office — as of`);
    } finally {
      await disposeHtml(doc);
    }
  });
});
