/**
 * Two versions of the code timed in one process, alternated run by run (A B A B …), so that load from other work on the
 * machine falls on both alike:
 *
 *   npx esbuild tests/bench/profile-analyze.ts --bundle --platform=node --format=esm --packages=external --outfile=tests/.perf/a.mjs
 *   (the same from the other version's tree into tests/.perf/b.mjs: tests/.perf is two levels down, as the bundle's asset paths need)
 *   npx tsx tests/bench/profile-ab.ts tests/.perf/a.mjs tests/.perf/b.mjs [--runs N] [--entities]
 *
 * Prints min and median ms of each, and the median of the per-pair differences (B − A), by wall time and by the process's CPU time.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Runner } from './profile-analyze';

const argv = process.argv.slice(2);
const [fileA, fileB] = argv.filter((a) => a.endsWith('.mjs'));
const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 200;
const entitiesOnly = argv.includes('--entities');

type Bundle = { prepare: () => Runner; timeRuns: (job: () => Promise<unknown>, n: number) => Promise<number[]>; minMedian: (ms: number[]) => string };
const load = async (f: string) => (await import(pathToFileURL(path.resolve(f)).href)) as Bundle;

const a = await load(fileA!);
const b = await load(fileB!);
const ra = a.prepare();
const rb = b.prepare();
const jobA = entitiesOnly ? ra.entities : ra.analyze;
const jobB = entitiesOnly ? rb.entities : rb.analyze;
// warm-up
for (let i = 0; i < 30; i++) {
  await a.timeRuns(jobA, 1);
  await b.timeRuns(jobB, 1);
}
const msA: number[] = [];
const msB: number[] = [];
// (Process CPU time of each run too: on a machine other work loads, wall time swings by 2-3x between runs and CPU time does not.)
const cpuA: number[] = [];
const cpuB: number[] = [];
const timed = async (bundle: Bundle, job: () => Promise<unknown>, cpu: number[]): Promise<number> => {
  const before = process.cpuUsage();
  const ms = (await bundle.timeRuns(job, 1))[0]!;
  const used = process.cpuUsage(before);
  cpu.push((used.user + used.system) / 1000);
  return ms;
};
for (let i = 0; i < runs; i++) {
  // (Each pair's order flips too: a collection left by one run lands on the next, either one.)
  const first = i % 2 ? 'b' : 'a';
  const ta = first === 'a' ? await timed(a, jobA, cpuA) : 0;
  const tb = await timed(b, jobB, cpuB);
  msA.push(first === 'a' ? ta : await timed(a, jobA, cpuA));
  msB.push(tb);
}
const diff = msB.map((x, i) => x - msA[i]!).sort((x, y) => x - y);
const job = entitiesOnly ? 'findEntities' : 'analyze';
console.log(`${job}, ${runs} alternated runs each on ${ra.chars} chars (${ra.chunks} chunks)`);
console.log(`  A ${fileA}: ${a.minMedian(msA)}`);
console.log(`  B ${fileB}: ${b.minMedian(msB)}`);
console.log(`  B − A per pair: median ${diff[diff.length >> 1]!.toFixed(2)} ms`);
const cpuDiff = cpuB.map((x, i) => x - cpuA[i]!).sort((x, y) => x - y);
console.log(`  process CPU time: A ${a.minMedian(cpuA)}; B ${b.minMedian(cpuB)}; B − A per pair: median ${cpuDiff[cpuDiff.length >> 1]!.toFixed(2)} ms`);
