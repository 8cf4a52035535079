/**
 * Self time by function of a V8 .cpuprofile (node --cpu-prof), the heaviest first:
 *
 *   npx tsx tests/bench/profile-top.ts FILE.cpuprofile [--top N] [--filter SUBSTRING]
 *
 * Sums the samples whose top frame is each function (name, file, line); with --total also the
 * inclusive time (samples with the function anywhere on the stack, counted once per sample); with
 * --lines NAME the self samples of the functions named NAME by source line, with the line's text
 * (profile an unminified bundle for line numbers: tsx puts each module on one line).
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const argv = process.argv.slice(2);
const file = argv[0]!;
const top = argv.includes('--top') ? Number(argv[argv.indexOf('--top') + 1]) : 40;
const filter = argv.includes('--filter') ? argv[argv.indexOf('--filter') + 1]! : '';
const total = argv.includes('--total');
const prof = JSON.parse(readFileSync(file, 'utf8')) as Profile;

const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n: Node) =>
  `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\/(lib|tests|node_modules)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;

const self = new Map<string, number>();
const incl = new Map<string, number>();
let all = 0;
for (let i = 0; i < prof.samples.length; i++) {
  const dt = prof.timeDeltas[i]! / 1000;
  all += dt;
  let n = byId.get(prof.samples[i]!)!;
  self.set(label(n), (self.get(label(n)) ?? 0) + dt);
  if (!total) continue;
  const seen = new Set<string>();
  for (;;) {
    const l = label(n);
    if (!seen.has(l)) {
      incl.set(l, (incl.get(l) ?? 0) + dt);
      seen.add(l);
    }
    const p = parent.get(n.id);
    if (p === undefined) break;
    n = byId.get(p)!;
  }
}
const rows = [...(total ? incl : self)].filter(([l]) => l.includes(filter)).sort((a, b) => b[1] - a[1]);
console.log(`${all.toFixed(0)} ms sampled; ${total ? 'inclusive' : 'self'} ms:`);
for (const [l, ms] of rows.slice(0, top)) console.log(`${ms.toFixed(1).padStart(9)}  ${((100 * ms) / all).toFixed(1).padStart(5)}%  ${l}`);

if (argv.includes('--lines')) {
  const name = argv[argv.indexOf('--lines') + 1]!;
  const ticks = new Map<string, number>();
  const sources = new Map<string, string[]>();
  for (const n of prof.nodes) {
    if (n.callFrame.functionName !== name) continue;
    const url = n.callFrame.url;
    if (!sources.has(url)) sources.set(url, url.startsWith('file://') ? readFileSync(new URL(url), 'utf8').split('\n') : []);
    for (const t of n.positionTicks ?? []) {
      const key = `${url}\u0000${t.line}`;
      ticks.set(key, (ticks.get(key) ?? 0) + t.ticks);
    }
  }
  for (const [key, n] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    const [url, line] = key.split('\u0000') as [string, string];
    console.log(`${String(n).padStart(6)}  ${line.padStart(6)}  ${(sources.get(url)?.[Number(line) - 1] ?? '').trim().slice(0, 150)}`);
  }
}

if (argv.includes('--under')) {
  // Inclusive time of the callees of the functions named NAME (their direct children, summed by name).
  const name = argv[argv.indexOf('--under') + 1]!;
  const sub = new Map<number, number>(); // node id → inclusive ms
  const incOf = (n: Node): number => {
    if (sub.has(n.id)) return sub.get(n.id)!;
    let ms = 0;
    for (let i = 0; i < prof.samples.length; i++) if (prof.samples[i] === n.id) ms += prof.timeDeltas[i]! / 1000;
    for (const c of n.children ?? []) ms += incOf(byId.get(c)!);
    sub.set(n.id, ms);
    return ms;
  };
  const kids = new Map<string, number>();
  for (const n of prof.nodes) {
    if (n.callFrame.functionName !== name) continue;
    for (const c of n.children ?? []) {
      const k = byId.get(c)!;
      kids.set(label(k), (kids.get(label(k)) ?? 0) + incOf(k));
    }
  }
  console.log(`callees of ${name}, inclusive ms:`);
  for (const [l, ms] of [...kids].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(1).padStart(9)}  ${l}`);
}
