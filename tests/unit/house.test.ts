/**
 * The house rules, checked by tools rather than by review: the type check, the linter, the
 * formatter, no import cycles and no oversized modules in lib/. Each check runs the real tool and
 * fails with its own output, so a red line here says exactly what to fix.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesUnder } from './support/files';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name: string) => path.join(ROOT, 'node_modules/.bin', name);

/** Runs a tool; returns its combined output and whether it exited 0. */
function run(cmd: string, args: string[]): { ok: boolean; out: string } {
  try {
    const out = execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    return { ok: true, out };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

describe('house rules', { timeout: 240_000 }, () => {
  it('type-checks (tsc --noEmit)', () => {
    const r = run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
    expect(r.out).toBe('');
    expect(r.ok).toBe(true);
  });

  it('lints clean (eslint)', () => {
    const r = run(bin('eslint'), ['--max-warnings', '0', '.']);
    expect(r.out.trim()).toBe('');
    expect(r.ok).toBe(true);
  });

  it('is formatted (prettier --check)', () => {
    const r = run(bin('prettier'), ['--check', '--log-level', 'warn', '.']);
    expect(r.out.trim()).toBe('');
    expect(r.ok).toBe(true);
  });

  it('has no import cycles (madge --circular)', () => {
    const r = run(bin('madge'), [
      '--circular',
      '--json',
      '--no-spinner',
      '--extensions',
      'ts,tsx',
      '--ts-config',
      'tsconfig.json',
      'lib',
      'entrypoints',
      'components',
    ]);
    expect(r.ok).toBe(true);
    // --json prints the cycles found, each a list of files: none is an empty list.
    expect(JSON.parse(r.out.slice(r.out.indexOf('[')))).toEqual([]);
  });

  it('keeps every module in lib/ to 300 lines or fewer', () => {
    const over = filesUnder(path.join(ROOT, 'lib'), /\.tsx?$/)
      // (A final newline ends the last line; it does not start another: `wc -l` counts the same.)
      .map((f) => ({ file: path.relative(ROOT, f), lines: readFileSync(f, 'utf8').replace(/\n$/, '').split('\n').length }))
      .filter((f) => f.lines > 300);
    expect(over).toEqual([]);
  });
});
