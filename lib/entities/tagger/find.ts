import type { DatasetLookup } from '../../types';
import { findByRules, type EntityFindings } from '../index';
import { withTagger, type Mode } from './combine';
import { loadTagger } from './tagger';

/**
 * The entity stage with the learned tagger beside the rules, for the eval and the tagger's tests.
 * The product does not use it: on held-out data the tagger adds people at a small cost in precision,
 * and on real articles most of the people it adds are brands and products (tests/eval/ner.ts
 * reports both rows). `tagger: false` is the rules alone, as `findEntities`.
 */
export async function findEntitiesWithTagger(text: string, lookup: DatasetLookup, options: { tagger?: boolean; mode?: Mode } = {}): Promise<EntityFindings> {
  const r = await findByRules(text, lookup);
  const tagger = options.tagger === true ? loadTagger(r.lexicon?.tagger) : null;
  const entities = tagger && r.L ? withTagger(r, tagger, r.L, options.mode) : r.entities;
  return { entities, records: r.records, adjectiveCountries: r.adjectiveCountries };
}
