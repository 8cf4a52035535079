import type { DatasetLookup } from '../../types';

/**
 * A look-up whose name lexicon carries the learned tagger's weights. The extension's look-up does
 * not: the tagger is off in the product (held-out precision fell with it), so its 89 KB of weights
 * stay out of the background bundle; the eval and the tagger's tests read assets/ner/tagger.json
 * and hand it over here.
 */
export function withTaggerWeights(lookup: DatasetLookup, weights: unknown): DatasetLookup {
  const lexicon = lookup.lexicon;
  return lexicon ? { ...lookup, lexicon: async () => ({ ...(await lexicon()), tagger: weights }) } : lookup;
}
