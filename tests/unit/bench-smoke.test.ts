/**
 * Smoke test of `npm run bench`: the quick, browser-less run finishes and prints its table. Timings
 * are never asserted (they depend on the machine); only that every measured row is there.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(ROOT, '../shared');

function runQuick(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'tests/bench/run.ts', '--quick', '--no-browser'],
      { cwd: ROOT, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run bench --quick --no-browser', () => {
  let out: Awaited<ReturnType<typeof runQuick>>;
  beforeAll(async () => {
    out = await runQuick();
  }, 150_000);

  it('prints the table with every row, targets and PASS/MISS', () => {
    const { code, stdout, stderr } = out;
    expect(code, stderr).toBe(0);
    const header = stdout.split('\n').find((l) => l.startsWith('benchmark'));
    expect(header).toBeDefined();
    for (const col of ['runs', 'median ms', 'p95 ms', 'target', 'result']) expect(header).toContain(col);
    for (const row of [
      'demo article: analysis',
      'demo article: parse HTML (happy-dom)',
      'synthetic 5,000 words: analysis',
      'demo article: Backstory full',
      'demo article: mark.js',
      'demo article: Backstory entities',
      'demo article: compromise',
    ]) {
      expect(stdout).toContain(row);
    }
    expect(stdout).toMatch(/synthetic 5,000 words: analysis.*≤ 15 ms median\s+(PASS|MISS)/);
    expect(stdout).toMatch(/^targets: \d+ PASS, \d+ MISS/m);
    expect(stderr).toContain('Chromium part skipped');
  });

  it.skipIf(!existsSync(path.join(SHARED, 'pages')))('includes the rows that read ../shared (seed page, real pages, non-articles)', () => {
    const { stdout } = out;
    expect(stdout).toMatch(/seed page.*: analysis.*≤ 5 ms median/);
    expect(stdout).toMatch(/scrapinghub \d+ pages: analysis/);
    expect(stdout).toMatch(/detectArticle on \d+ non-articles.*≤ 1 ms median/);
  });
});
