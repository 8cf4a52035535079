/**
 * The long-task measurement alone (issue #7): `npx tsx tests/bench/run.ts --only longtask [--runs N] [--trace]`.
 *
 * Same page (bigArticle, 2.5 MB), same heartbeat, same threshold as the full bench's row, repeated
 * `--runs` times in one browser (median reported, as the machine is noisy), and one plain-browser
 * run for the page's own blocking. `--trace` records a Chromium trace (devtools.timeline + V8
 * sampling profiler) of each extension run and prints what every main-thread task over 50 ms after
 * DOMContentLoaded contained: the trace events under it and the content script's hottest functions.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page as PwPage } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM, CHROMIUM_FLAGS } from '../e2e/harness/paths';
import { servePages } from '../e2e/harness/server';
import {
  clearReports,
  ensureBuild,
  HEARTBEAT_SCRIPT,
  launchPlain,
  NAME_SHIM,
  pageTimes,
  sleep,
  waitForReport,
  type BrowserOptions,
  type LongTask,
} from './browser';
import { bigArticle, realParagraphs } from './inputs';
import { medianOf, type Row } from './stats';

export interface LongTaskOptions extends BrowserOptions {
  runs: number;
  /** Record a light trace of each run: when the content script started, and what long tasks held. */
  trace: boolean;
  /** Add V8's sampling profiler to the trace (slower runs; names the functions in each long task). */
  profile?: boolean;
  /** Another unpacked build to measure (e.g. an unminified one, for readable function names in traces). */
  extDir?: string;
}

/** The e2e harness's launch, with the extension directory as a parameter. */
async function launchExt(dir: string): Promise<{ context: BrowserContext; raw: PwPage; close: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'backstory-longtask-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: ['--headless=new', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_FLAGS],
  });
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const raw = context.pages()[0] ?? (await context.newPage());
  return { context, raw, close: async () => (await context.close(), rmSync(profile, { recursive: true, force: true })) };
}

const maxOf = (l: LongTask[] | null, from = -Infinity) => Math.max(0, ...(l ?? []).filter((t) => t.start >= from).map((t) => t.duration));
const fmt = (l: LongTask[] | null, from = -Infinity) =>
  (l ?? [])
    .filter((t) => t.start >= from)
    .map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`)
    .join(' ');

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread CPU time, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown> & { data?: Record<string, unknown>; name?: string };
  id?: string;
}

const LIGHT = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'blink.user_timing'];
const PROFILE = [...LIGHT, 'v8', 'blink', 'disabled-by-default-v8.cpu_profiler'];

async function startTrace(cdp: CDPSession, categories: string[]): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: categories,
      excludedCategories: ['*'],
    },
  });
  return async () => {
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/** What the renderer main thread's tasks over 50 ms contained: nested events ≥ 2 ms and hot functions. */
/** The renderer main thread that parsed the page. */
function mainThread(events: TraceEvent[]): TraceEvent | undefined {
  return events.find(
    (e) =>
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'ParseHTML'),
  );
}

/** JS entry points in a task: script of some page or extension world ran in it. */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'RunMicrotasks', 'v8.callFunction', 'EvaluateScript', 'RunPostTaskCallback', 'TimerFire']);

/**
 * What a top-level main-thread task was: "render" (a frame: style, layout, pre-paint, paint,
 * commit, including the page's own), "heartbeat" (the measuring page's own timer), "script"
 * (any other script: the content script's slices, its message replies) or "other" (GC, parsing,
 * IPC without script). Only the light categories are needed.
 */
export function taskKind(task: TraceEvent, inside: TraceEvent[]): 'render' | 'heartbeat' | 'script' | 'other' {
  const src = String(task.args?.src_func ?? '');
  if (src.includes('BeginMainFrame') || inside.some((e) => e.name === 'WebFrameWidgetImpl::UpdateLifecycle' || e.name === 'PrePaint' || e.name === 'Layerize'))
    return 'render';
  if (inside.some((e) => e.name === 'FunctionCall' && e.args?.data?.functionName === 'beat')) return 'heartbeat';
  return inside.some((e) => SCRIPT_EVENTS.has(e.name)) ? 'script' : 'other';
}

/** The renderer main thread's top-level tasks from `fromTs` on, each with its kind. */
function tasksFrom(events: TraceEvent[], main: TraceEvent, fromTs: number): { dur: number; kind: ReturnType<typeof taskKind> }[] {
  const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur != null).sort((a, b) => a.ts - b.ts);
  // The scheduler's RunTask holds the task and the microtask checkpoint after it (where promise
  // continuations run); ThreadControllerImpl::RunTask only the task.
  const runs = on.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts >= fromTs);
  const top = runs.filter((e) => !runs.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur! && (o.ts < e.ts || o.dur! > e.dur!)));
  return top.map((t) => ({
    dur: t.dur! / 1000,
    kind: taskKind(
      t,
      on.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur!),
    ),
  }));
}

function explain(events: TraceEvent[], dclTs: number): string[] {
  const main = mainThread(events);
  if (!main) return ['(no renderer main thread in the trace)'];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur != null).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const long = onMain.filter((e) => (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.dur! > 50_000 && e.ts >= dclTs);
  // The outermost task only (the scheduler nests RunTask events).
  const tasks = long.filter((e) => !long.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur! && (o.ts < e.ts || o.dur! > e.dur!)));
  // CPU profile samples (V8 sampling profiler) on that thread: ProfileChunk events hold nodes + samples.
  const nodes = new Map<number, { fn: string; url: string; line: number; parent?: number }>();
  const samples: { ts: number; node: number }[] = [];
  let t = 0;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== main.pid) continue;
    const d = (e.args?.data ?? {}) as {
      cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: { functionName: string; url: string; lineNumber?: number } }[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const n of d.cpuProfile?.nodes ?? [])
      nodes.set(n.id, { fn: n.callFrame.functionName || '(anon)', url: n.callFrame.url ?? '', line: n.callFrame.lineNumber ?? -1, parent: n.parent });
    const ids = d.cpuProfile?.samples ?? [];
    const deltas = d.timeDeltas ?? [];
    if (!samples.length && ids.length) {
      const startEv = events.find((x) => x.name === 'Profile' && x.pid === main.pid && x.id === e.id);
      t = (startEv?.args?.data as { startTime?: number } | undefined)?.startTime ?? e.ts;
    }
    for (let i = 0; i < ids.length; i++) {
      t += deltas[i] ?? 0;
      samples.push({ ts: t, node: ids[i]! });
    }
  }
  const out: string[] = [];
  for (const task of tasks) {
    const all = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
    out.push(`task at ${((task.ts - dclTs) / 1000).toFixed(0)} ms after DCL, ${(task.dur! / 1000).toFixed(1)} ms (${taskKind(task, all)})`);
    const inside = all.filter((e) => e.dur! >= 2000);
    const stack: TraceEvent[] = [];
    for (const e of inside.slice(0, 60)) {
      while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts) stack.pop();
      const d = e.args?.data ?? {};
      const detail = [
        d.functionName,
        d.url && String(d.url).split('/').slice(-2).join('/'),
        d.lineNumber != null ? `:${d.lineNumber}` : '',
        d.elementCount != null ? `elements ${d.elementCount}` : '',
        d.type,
      ]
        .filter(Boolean)
        .join(' ');
      out.push(`  ${'  '.repeat(stack.length)}${e.name} ${(e.dur! / 1000).toFixed(1)} ms ${detail}`);
      stack.push(e);
    }
    // Self time per function (content script's frames named by file:line) for samples inside the task.
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    let n = 0;
    for (let i = 0; i < samples.length; i++) {
      const s = samples[i]!;
      if (s.ts < task.ts || s.ts > task.ts + task.dur!) continue;
      const dt = (samples[i + 1]?.ts ?? s.ts) - s.ts;
      n += dt;
      const leaf = nodes.get(s.node);
      if (!leaf) continue;
      const key = (x: { fn: string; url: string; line: number }) => `${x.fn} ${(x.url ?? '').split('/').slice(-1)[0]}:${x.line}`;
      self.set(key(leaf), (self.get(key(leaf)) ?? 0) + dt);
      const seen = new Set<string>();
      for (let id: number | undefined = s.node; id != null; id = nodes.get(id)?.parent) {
        const f = nodes.get(id);
        if (!f) break;
        const k = key(f);
        if (seen.has(k)) continue;
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + dt);
      }
    }
    const top = (m: Map<string, number>) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 14)
        .map(([k, v]) => `    ${(v / 1000).toFixed(1)} ms  ${k}`);
    out.push(`  sampled ${(n / 1000).toFixed(1)} ms; self time:`, ...top(self), '  total time (inclusive):', ...top(total));
  }
  if (!tasks.length) out.push('(no renderer task over 50 ms after DCL)');
  return out;
}

/** Rows are pushed as they are measured. */
export async function runLongTask(rows: Row[], opts: LongTaskOptions): Promise<void> {
  const section = 'Chromium: long tasks on the 2.5 MB page (focused)';
  const buildNote = opts.extDir ? opts.extDir : ensureBuild(opts);
  const big = bigArticle(2.5 * 1024 * 1024, realParagraphs());
  const server = await servePages({ [`/${encodeURIComponent(big.name)}`]: big.html });
  const url = `${server.origin}/${encodeURIComponent(big.name)}`;
  let ext: Awaited<ReturnType<typeof launchExt>> | null = null;
  let plain: Awaited<ReturnType<typeof launchPlain>> | null = null;
  try {
    ext = await launchExt(opts.extDir ?? CHROME_BUILD);
    const sw = ext.context.serviceWorkers()[0]!;
    await ext.context.addInitScript({ content: NAME_SHIM + HEARTBEAT_SCRIPT });
    const page: PwPage = ext.raw;
    const results: number[] = [];
    const sinceStart: number[] = [];
    const traced: number[] = [];
    const cpu: number[] = [];
    const scripted: number[] = [];
    let totals: number[] = [];
    for (let i = 0; i < opts.runs; i++) {
      opts.log(`chromium: long tasks on the ${big.name}, with the extension, run ${i + 1}/${opts.runs}`);
      await clearReports(sw);
      const cdp = opts.trace || opts.profile ? await ext.context.newCDPSession(page) : null;
      const stop = cdp ? await startTrace(cdp, opts.profile ? PROFILE : LIGHT) : null;
      await page.goto(url, { waitUntil: 'load' });
      const rep = await waitForReport(sw, url, 120_000);
      await sleep(1500);
      const t = await pageTimes(page);
      const after = maxOf(t.long, t.dcl);
      results.push(after);
      totals.push(rep?.ms.total ?? NaN);
      opts.log(
        `  longest after DCL ${after.toFixed(0)} ms; gaps [${fmt(t.long)}] DCL ${t.dcl.toFixed(0)}; ms ${JSON.stringify(Object.fromEntries(Object.entries(rep?.ms ?? {}).map(([k, v]) => [k, Math.round(v)])))}`,
      );
      if (cdp && stop) {
        const events = await stop();
        // The trace clock is monotonic µs; DCL from the trace's own navigation marks ties it to the page's clock.
        const dclEv =
          events
            .filter((e) => e.name === 'domContentLoadedEventEnd')
            .map((e) => e.ts)
            .sort((a, b) => b - a)[0] ?? 0;
        // Before the content script's first evaluation nothing on the main thread can be its work:
        // blocks that end before it (the page's own layout after parsing, say) are not the extension's.
        const evalTs = events
          .filter((e) => e.name === 'EvaluateScript' && String(e.args?.data?.url ?? '').includes('content-scripts/content.js'))
          .map((e) => e.ts)
          .sort((a, b) => a - b)[0];
        if (evalTs != null) {
          const csStart = t.dcl + (evalTs - dclEv) / 1000;
          const own = Math.max(0, ...(t.long ?? []).filter((g) => g.start + g.duration > csStart).map((g) => g.duration));
          sinceStart.push(own);
          // Exact, from the trace: the renderer main thread's longest task from the evaluation on
          // (conservative: the page's own rendering updates after that count too).
          const main = mainThread(events);
          const longest = main
            ? Math.max(
                0,
                ...events
                  .filter(
                    (e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.ts >= evalTs - 1000,
                  )
                  .map((e) => e.dur! / 1000),
              )
            : NaN;
          traced.push(longest);
          // The same tasks' thread CPU time (tdur): on a busy machine a task's wall time is mostly
          // waiting for a core, which CPU time leaves out (seen: a 102 ms task that used 16 ms of CPU).
          cpu.push(
            main
              ? Math.max(
                  0,
                  ...events
                    .filter(
                      (e) =>
                        e.pid === main.pid &&
                        e.tid === main.tid &&
                        e.ph === 'X' &&
                        e.name === 'ThreadControllerImpl::RunTask' &&
                        e.ts >= evalTs - 1000 &&
                        e.tdur != null,
                    )
                    .map((e) => e.tdur! / 1000),
                )
              : NaN,
          );
          // The same tasks by kind: script tasks are the content script's own work (the page runs
          // no script but the heartbeat); render tasks are frames, the page's own included.
          const kinds = main ? tasksFrom(events, main, evalTs - 1000) : [];
          const longestOf = (k: string) => Math.max(0, ...kinds.filter((x) => x.kind === k).map((x) => x.dur));
          scripted.push(longestOf('script'));
          opts.log(
            `  content script evaluated at ${csStart.toFixed(0)} ms (${(csStart - t.dcl).toFixed(0)} ms after DCL); longest heartbeat block ending after that: ${own.toFixed(0)} ms; longest traced task from then on: ${longest.toFixed(1)} ms (longest script task ${longestOf('script').toFixed(1)}, render ${longestOf('render').toFixed(1)}, other ${longestOf('other').toFixed(1)} ms)`,
          );
        } else opts.log('  content script evaluation not found in the trace');
        const file = path.join('/tmp', `backstory-longtask-trace-${i + 1}.json`);
        writeFileSync(file, JSON.stringify({ traceEvents: events }));
        for (const line of explain(events, dclEv)) opts.log(`  ${line}`);
        opts.log(`  trace written to ${file}`);
        await cdp.detach();
      }
    }
    opts.log(`chromium: long tasks on the ${big.name}, without the extension`);
    plain = await launchPlain();
    const pctx = await plain.newContext({ viewport: { width: 1280, height: 900 } });
    await pctx.addInitScript({ content: NAME_SHIM + HEARTBEAT_SCRIPT });
    const pp = await pctx.newPage();
    await pp.goto(url, { waitUntil: 'load' });
    await sleep(1500 + medianOf(totals) * 1.5);
    const without = await pageTimes(pp);
    const plainAfter = maxOf(without.long, without.dcl);
    const med = medianOf(results);
    // A block that ended before the content script was first evaluated cannot be its work (the
    // page's own layout after parsing often lands just after DCL): with a trace, the row counts
    // the blocks that end after that moment; without one, every block after DCL (an upper bound).
    const attributed = sinceStart.length === results.length;
    const rowMed = attributed ? medianOf(sinceStart) : med;
    rows.push({
      section,
      name: `${big.name}: longest main-thread block ${attributed ? 'ending after the content script starts' : 'after DCL'}, extension (median of ${results.length})`,
      runs: results.length,
      median: rowMed,
      figure: `${attributed ? `runs: ${sinceStart.map((r) => r.toFixed(0)).join(', ')}; ` : ''}after DCL: ${results.map((r) => r.toFixed(0)).join(', ')} vs ${plainAfter.toFixed(0)} ms without`,
      target: 'no content-script task > 50 ms',
      pass: rowMed <= Math.max(50, plainAfter),
      note: `heartbeat gaps (the page's own layout and paint count too); ${buildNote}; plain gaps [${fmt(without.long)}] DCL ${without.dcl.toFixed(0)}; content script ms.total median ${medianOf(totals).toFixed(0)}`,
    });
    if (traced.length) {
      const tmed = medianOf(traced);
      rows.push({
        section,
        name: `${big.name}: longest main-thread task from the content script's start (trace, median of ${traced.length})`,
        runs: traced.length,
        median: tmed,
        figure: `runs: ${traced.map((r) => r.toFixed(0)).join(', ')}; heartbeat blocks ending after the start: ${sinceStart.map((r) => r.toFixed(0)).join(', ')}`,
        target: '≤ 50 ms',
        pass: tmed <= 50,
        note: `Chromium trace, renderer main thread RunTask events from the content script's first evaluation on (conservative: page rendering in that window counts too, the page's own loading frames included when the content script starts before them); the most thread CPU time any of them used: ${cpu.map((r) => r.toFixed(1)).join(', ')} ms`,
      });
      const smed = medianOf(scripted);
      rows.push({
        section,
        name: `${big.name}: longest task running script from the content script's start (trace, median of ${scripted.length})`,
        runs: scripted.length,
        median: smed,
        figure: `runs: ${scripted.map((r) => r.toFixed(0)).join(', ')}`,
        target: '≤ 50 ms',
        pass: smed <= 50,
        note: "the same tasks without frames (style, layout, paint, commit: the browser's, the page's own included), the heartbeat's timer and script-free tasks (GC, IPC): the content script's slices and message replies, with their GC",
      });
    }
    totals = [];
  } finally {
    await plain?.close().catch(() => undefined);
    await ext?.close().catch(() => undefined);
    await server.close();
  }
}
