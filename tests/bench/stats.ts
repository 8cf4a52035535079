/** Timing and table helpers for the benchmark: warm-up, repeated runs, median and p95, PASS/MISS rows. */

export interface Timing {
  runs: number;
  median: number;
  p95: number;
  samples: number[];
}

export const now = (): number => performance.now();

/** Nearest-rank percentile of already-measured samples (ms). */
export function percentile(samples: number[], p: number): number {
  if (!samples.length) return NaN;
  const s = [...samples].sort((a, b) => a - b);
  const rank = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[rank]!;
}

export function summarise(samples: number[]): Timing {
  return { runs: samples.length, median: percentile(samples, 50), p95: percentile(samples, 95), samples };
}

/**
 * Time `fn` `runs` times after `warmup` untimed calls. `setup` runs before each call and is not
 * timed (fresh DOM for mark.js, which changes the page it highlights).
 */
export async function measure<S>(
  fn: (s: S) => unknown | Promise<unknown>,
  opts: { runs: number; warmup?: number; setup?: () => S | Promise<S>; teardown?: (s: S) => unknown },
): Promise<Timing> {
  const samples: number[] = [];
  const total = (opts.warmup ?? 2) + opts.runs;
  for (let i = 0; i < total; i++) {
    const s = (opts.setup ? await opts.setup() : undefined) as S;
    const t0 = now();
    await fn(s);
    const dt = now() - t0;
    if (opts.teardown) await opts.teardown(s);
    if (i >= total - opts.runs) samples.push(dt);
  }
  return summarise(samples);
}

/** Many inputs, one sample each per round: the median over inputs of each input's median. */
export function medianOf(values: number[]): number {
  return percentile(values, 50);
}

export interface Row {
  section: string;
  name: string;
  runs?: number | string;
  median?: number;
  p95?: number;
  /** Free text: a ratio, a size, a note. */
  figure?: string;
  target?: string;
  /** true PASS, false MISS, undefined no target. */
  pass?: boolean;
  note?: string;
}

export const ms = (v: number | undefined): string => (v == null || Number.isNaN(v) ? '—' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

export function ratio(rival: number, ours: number): string {
  if (!ours || Number.isNaN(ours) || Number.isNaN(rival)) return '—';
  return `${(rival / ours).toFixed(1)}×`;
}

/** Plain-text table, one block per section, PASS/MISS next to each targeted figure. */
export function formatTable(rows: Row[]): string {
  const header = ['benchmark', 'runs', 'median ms', 'p95 ms', 'figure', 'target', 'result'];
  const cells = rows.map((r) => [
    r.name,
    r.runs == null ? '' : String(r.runs),
    ms(r.median),
    ms(r.p95),
    r.figure ?? '',
    r.target ?? '',
    r.pass == null ? '' : r.pass ? 'PASS' : 'MISS',
  ]);
  const width = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((v, i) => (i === 0 || i === 4 || i === 5 ? v.padEnd(width[i]!) : v.padStart(width[i]!)))
      .join('  ')
      .trimEnd();
  const out: string[] = [line(header), width.map((w) => '-'.repeat(w)).join('  ')];
  let section = '';
  rows.forEach((r, i) => {
    if (r.section !== section) {
      section = r.section;
      out.push(`[${section}]`);
    }
    out.push(line(cells[i]!));
    if (r.note) out.push(`    ↳ ${r.note}`);
  });
  return out.join('\n');
}
