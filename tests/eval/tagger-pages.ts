/**
 * What the learned tagger would add on real article texts (issue 18): the 181 scrapinghub article
 * bodies and the wcxb-dev texts whose page type is "article", analysed by the rules alone and with
 * the tagger combined as `--vote '<Mode as JSON>'` says (combine.ts; default: the tagger's strict
 * vote on people, margin 8). Prints how many mentions it adds and removes, then a seeded random
 * sample of the added ones with their context, to be read and judged by hand.
 *
 *   npx tsx tests/eval/tagger-pages.ts [--vote '{"keep":"all","add":"PER","vote":true,"margin":8}'] [--sample 45] [--seed 1]
 */
import { findEntitiesWithTagger } from '../../lib/entities/tagger/find';
import type { Mode } from '../../lib/entities/tagger/combine';
import { withTaggerWeights } from '../../lib/entities/tagger/with-weights';
import taggerWeights from '../../assets/ner/tagger.json';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { loadBundledDataset } from '../../lib/tools/load-dataset';
import type { EntityResult, Span } from '../../lib/types';
import { seededRandom } from '../../lib/tools/seeded-random';
import { articleTexts } from './links-pages';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1]! : fallback);
const mode = JSON.parse(arg('--vote', '{"keep":"all","add":"PER","vote":true,"voteGiven":true,"strict":true,"margin":8}')) as Mode;
const sample = Number(arg('--sample', '45'));
const seed = Number(arg('--seed', '1')) >>> 0;

const random = seededRandom(seed);

const lookup = withTaggerWeights(createMemoryLookup(loadBundledDataset()), taggerWeights);
const keys = (es: EntityResult[]) => new Set(es.flatMap((e) => e.mentions.map((m: Span) => `${e.type}:${m.start}:${m.end}`)));
const docs = articleTexts();
const added: string[] = [];
let removed = 0;
for (const [id, text] of docs) {
  const before = keys((await findEntitiesWithTagger(text, lookup, { tagger: false })).entities);
  const withIt = (await findEntitiesWithTagger(text, lookup, { tagger: true, mode })).entities;
  const after = keys(withIt);
  for (const k of before) if (!after.has(k)) removed++;
  for (const e of withIt)
    for (const m of e.mentions)
      if (!before.has(`${e.type}:${m.start}:${m.end}`))
        added.push(`${id}\t${e.type}\t«${text.slice(m.start, m.end)}»\t${text.slice(Math.max(0, m.start - 80), m.end + 80).replace(/\s+/g, ' ')}`);
}
console.log(`${docs.length} texts; mentions added ${added.length}, removed ${removed}; mode ${JSON.stringify(mode)}`);
for (let i = added.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [added[i], added[j]] = [added[j]!, added[i]!];
}
added.slice(0, sample).forEach((line, i) => console.log(`${i + 1}\t${line}`));
