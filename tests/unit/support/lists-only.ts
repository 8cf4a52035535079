import { NAME_LEXICON } from '../../../lib/entities/lexicon';
import type { DatasetLookup } from '../../../lib/types';

/** No dataset: only the name finder's shapes and word lists (assets/ner/names.json). */
export const listsOnly: DatasetLookup = {
  byAliases: async () => ({}),
  byDomain: async () => [],
  byIds: async () => [],
  sources: async () => ({}),
  lexicon: async () => NAME_LEXICON,
};
