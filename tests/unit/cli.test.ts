import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { topLevelQuotes } from '../../lib/card/view';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = resolve(ROOT, '../shared/seeds/000_59ca9e13b7f063f4.txt');
const DEMO = resolve(ROOT, 'assets/demo/article.html');

function analyze(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'lib/tools/analyze.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return {
    code: r.status,
    lines: r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
    stderr: r.stderr,
    stdout: r.stdout,
  };
}

const isSpan = (s: any, len: number) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= len;

/** The CLI's documented shape, checked field by field. */
function expectShape(o: any) {
  expect(typeof o.file).toBe('string');
  expect(typeof o.isArticle).toBe('boolean');
  expect(typeof o.articleScore).toBe('number');
  expect(o.title === null || typeof o.title === 'string').toBe(true);
  expect(o.publisher === null || (typeof o.publisher.name === 'string' && (o.publisher.entityId === null || typeof o.publisher.entityId === 'string'))).toBe(
    true,
  );
  expect(typeof o.text).toBe('string');
  const n = o.text.length;
  for (const e of o.entities) {
    expect(e.id === null || typeof e.id === 'string').toBe(true);
    expect(typeof e.name).toBe('string');
    expect(['person', 'organization', 'country', 'place', 'outlet', 'other']).toContain(e.type);
    expect(typeof e.fromDataset).toBe('boolean');
    expect(e.mentions.length).toBeGreaterThan(0);
    for (const m of e.mentions) expect(isSpan(m, n)).toBe(true);
    expect(typeof e.card.title).toBe('string');
    expect(Array.isArray(e.card.lines)).toBe(true);
    for (const s of e.card.sources) expect(typeof s.name === 'string' && typeof s.asOf === 'string').toBe(true);
  }
  for (const q of o.quotes) {
    expect(isSpan(q, n)).toBe(true);
    expect(['direct', 'indirect']).toContain(q.kind);
    if (q.speaker) {
      expect(typeof q.speaker.name).toBe('string');
      expect(typeof q.speaker.anonymous).toBe('boolean');
      expect(q.speaker.entityId === null || typeof q.speaker.entityId === 'string').toBe(true);
      if (q.speaker.start !== null) expect(isSpan(q.speaker, n)).toBe(true);
    }
    if (q.cue) expect(isSpan(q.cue, n)).toBe(true);
  }
  for (const c of o.claims) {
    expect(isSpan(c, n)).toBe(true);
    expect(c.kinds.length).toBeGreaterThan(0);
    expect(typeof c.reason).toBe('string');
  }
  expect(typeof o.ms.total).toBe('number');
}

describe('npm run analyze', () => {
  it('prints one JSON line per file in order; a bad file gets an error line and exit code 1', () => {
    const r = analyze(DEMO, '/nonexistent/file.html', DEMO);
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(3);
    expect(r.lines[0].file).toBe(DEMO);
    expectShape(r.lines[0]);
    expect(r.lines[1]).toEqual({ file: '/nonexistent/file.html', error: expect.any(String) });
    expectShape(r.lines[2]);
    expect(r.lines[0].isArticle).toBe(true);
    expect(r.lines[0].entities.map((e: any) => e.name)).toContain('Alexander Lukashenko');
    // The counts are the popup's: quotes by topLevelQuotes, so a direct fragment inside the same
    // speaker's paraphrase is not counted twice (the demo once printed 12 where the popup said 9).
    const o = r.lines[0];
    expect(o.counts).toEqual({ entities: o.entities.length, quotes: topLevelQuotes(o.quotes).length, claims: o.claims.length });
    expect(o.counts.quotes).toBeLessThan(o.quotes.length);
  });

  it('--text treats the file as an article body, verbatim', () => {
    const r = analyze('--text', DEMO);
    expect(r.code).toBe(0);
    expectShape(r.lines[0]);
    expect(r.lines[0].text).toBe(readFileSync(DEMO, 'utf8'));
  });

  it('a .txt file, or a file with no markup, is read as an article body without --text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-cli-'));
    const body = 'The council met on Tuesday.\nOfficials said the harbour would reopen in May, according to two people familiar with the plan.\n';
    writeFileSync(join(dir, 'story.txt'), body);
    writeFileSync(join(dir, 'story'), body);
    const r = analyze(join(dir, 'story.txt'), join(dir, 'story'));
    expect(r.code).toBe(0);
    for (const o of r.lines) {
      expectShape(o);
      expect(o.isArticle).toBe(true);
      expect(o.text).toBe(body);
      expect(o.quotes.length).toBeGreaterThan(0);
    }
    // A binary file, named .txt or not, gets an error line, not an analysis of its bytes.
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, 'blob'), Buffer.from([1, 2, 0, 3]));
    const bin = analyze(join(dir, 'image.txt'), join(dir, 'blob'));
    expect(bin.code).toBe(1);
    expect(bin.lines.map((l: any) => l.error)).toEqual(['not a text file', 'not a text file']);
  });

  it('writes a large result whole to a pipe (a consumer such as jq gets valid JSON)', async () => {
    // About 1 MB of JSON: far past the 64 KiB a pipe takes before the writer must wait. Before the
    // fix, process.exit() ran while stdout still held most of it and the reader got a cut line.
    const dir = mkdtempSync(join(tmpdir(), 'backstory-cli-big-'));
    const paras: string[] = [];
    for (let i = 0; i < 1500; i++) {
      paras.push(`Officials in district ${i} said the harbour would reopen in May. "We are ready for visitors number ${i}," Maria Keller said on Tuesday.`);
    }
    const body = paras.join('\n') + '\n';
    writeFileSync(join(dir, 'big.txt'), body);
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, 'lib/tools/analyze.ts'), join(dir, 'big.txt')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    const out = Buffer.concat(chunks).toString('utf8');
    expect(code).toBe(0);
    expect(out.length).toBeGreaterThan(256 * 1024);
    expect(out.endsWith('}\n')).toBe(true);
    const o = JSON.parse(out);
    expect(o.text).toBe(body);
    expectShape(o);
    expect(o.quotes.filter((q: any) => q.kind === 'direct' && q.speaker?.name === 'Maria Keller')).toHaveLength(1500);
  }, 120_000);

  describe.skipIf(!existsSync(SEED))('on the seed article' + (existsSync(SEED) ? '' : ' (skipped: ../shared is absent)'), () => {
    it('--text output follows the shape and finds the gold people', () => {
      const r = analyze('--text', SEED);
      expect(r.code).toBe(0);
      const o = r.lines[0];
      expectShape(o);
      // Every gold entity is found by one of its gold mentions, and its card says what the gold says.
      const gold = JSON.parse(readFileSync(SEED.replace(/\.txt$/, '.gold.json'), 'utf8'));
      for (const g of gold.entities) {
        const e = o.entities.find((x: any) => x.mentions.some((m: any) => g.mentions.includes(o.text.slice(m.start, m.end))));
        expect(e, g.name).toBeTruthy();
        expect(e.type, g.name).toBe(g.type);
        const card = [e.card.title, ...e.card.lines].join(' ');
        for (const must of g.cardMustSay) expect(card, g.name).toContain(must);
      }
      const luka = o.entities.find((e: any) => e.name === 'Alexander Lukashenko');
      expect(luka.card.lines.join(' ')).toMatch(/President of Belarus.*1994/);
      expect(luka.card.sources[0]).toEqual({ name: 'CIA World Factbook', asOf: expect.stringMatching(/^2026-01/) });
    });
  });
});
