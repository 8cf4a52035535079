/**
 * The learned name tagger (lib/entities/tagger): its weights load or are refused whole, the hashed
 * features it tags with are the trainer's string features, and it adds people the rules miss in
 * sentences it was never trained on (written for this test, in none of the labelled sets).
 */
import { describe, expect, it } from 'vitest';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { findByRules, findEntities as rulesOnly } from '../../lib/entities';
import { findEntitiesWithTagger as findEntities } from '../../lib/entities/tagger/find';
import { lexiconSets } from '../../lib/entities/lexicon-sets';
import { evidenceOf } from '../../lib/entities/tagger/combine';
import { candidates, featureHash, HashSink, tokenFeatures, writeFeatures } from '../../lib/entities/tagger/features';
import { loadTagger } from '../../lib/entities/tagger/tagger';
import { withTaggerWeights } from '../../lib/entities/tagger/with-weights';
import taggerWeights from '../../assets/ner/tagger.json';
import { NAME_LEXICON } from '../../lib/text/name-lexicon';
import { loadBundledDataset } from '../../lib/tools/load-dataset';
import type { DatasetLookup } from '../../lib/types';

/** The shipped lexicon has no weights (the tagger is off in the product); the tests hand them over. */
const lookup = withTaggerWeights(createMemoryLookup(loadBundledDataset()), taggerWeights);
const WEIGHTS: unknown = taggerWeights;
const people = async (text: string, options?: { tagger?: boolean }) =>
  (await findEntities(text, lookup, options)).entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));

describe('learned name tagger', () => {
  it('loads the shipped weights and refuses damaged ones whole', () => {
    expect(loadTagger(WEIGHTS)?.labels).toEqual(['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC']);
    const good = WEIGHTS as { labels: string[]; scale: number; weights: Record<string, string> };
    const [f, v] = Object.entries(good.weights)[0]!;
    for (const bad of [
      undefined,
      'weights',
      {},
      { ...good, labels: ['B-PER', 'O'] },
      { ...good, labels: [...good.labels, 'B-MISC'] },
      { ...good, scale: 0 },
      { ...good, weights: { [f]: v + ',1' } },
      { ...good, weights: { [f]: v.replace(/^[^,]*/, 'x') } },
      { ...good, weights: { [f]: 7 } },
      { ...good, weights: {} },
    ])
      expect(loadTagger(bad)).toBeNull();
  });

  it('a damaged weights file leaves the rules alone, never an error', async () => {
    const text = 'Her mentor, Castellanos, encouraged her to apply. Thanks to Rosalind Achebe for the photos.';
    const damaged: DatasetLookup = { ...lookup, lexicon: async () => ({ ...NAME_LEXICON, tagger: { labels: ['O'], scale: 1, weights: { b: 'NaN' } } }) };
    const rules = await findEntities(text, lookup, { tagger: false });
    expect(JSON.stringify((await findEntities(text, damaged, { tagger: true })).entities)).toBe(JSON.stringify(rules.entities));
  });

  it('tags with hashes of exactly the features the trainer reads as strings', async () => {
    const text = 'Speaking in Nairobi on Monday, Wanjiru Kamau said the Kenya Red Cross had sent 40 trucks. "We are ready," Kamau told Reuters.';
    const r = await findByRules(text, lookup);
    const ev = evidenceOf(r);
    const read = candidates(text, r.tokens);
    expect(read.filter(Boolean).length).toBeGreaterThan(5);
    r.tokens.forEach((_, i) => {
      if (!read[i]) return;
      const sink = new HashSink();
      writeFeatures(text, r.tokens, i, ev, lexiconSets(NAME_LEXICON), sink);
      expect(sink.out).toEqual(tokenFeatures(text, r.tokens, i, ev, lexiconSets(NAME_LEXICON)).map(featureHash));
    });
  });

  it('is off unless asked for', async () => {
    const text = 'Her mentor, Castellanos, encouraged her to apply.';
    const product = JSON.stringify((await rulesOnly(text, lookup)).entities);
    expect(product).toBe(JSON.stringify((await findEntities(text, lookup, { tagger: false })).entities));
    // …and the tagger, when asked, does change this sentence's findings: the product's stage is the one without it.
    expect(product).not.toBe(JSON.stringify((await findEntities(text, lookup, { tagger: true })).entities));
  });

  it('finds people the rules miss in sentences it was not trained on', async () => {
    const cases: [string, string][] = [
      ['Critics compared the painting to work by Oduya and Varga.', 'Varga'],
      ['I had lunch with Priyanka and Tomasz yesterday.', 'Tomasz'],
      ['Her mentor, Castellanos, encouraged her to apply.', 'Castellanos'],
    ];
    for (const [text, name] of cases) {
      expect(await people(text, { tagger: false }), text).not.toContain(name);
      expect(await people(text, { tagger: true }), text).toContain(name);
    }
  });

  it('adds no link to the dataset: a trap stays unlinked with the tagger on', async () => {
    // The tagger only adds article-built people; every dataset link is the rules' decision.
    for (const text of ['Winger Chad Morris crossed for the equaliser in the 88th minute.', 'The deli sells Madeira cake and Parma ham.']) {
      const on = (await findEntities(text, lookup, { tagger: true })).entities.filter((e) => e.fromDataset).map((e) => e.id);
      const off = (await findEntities(text, lookup, { tagger: false })).entities.filter((e) => e.fromDataset).map((e) => e.id);
      expect(on).toEqual(off);
    }
  });
});
