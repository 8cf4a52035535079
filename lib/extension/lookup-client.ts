import type { DatasetLookup } from '../types';
import { sendMessage } from './messaging';

/**
 * The content script's view of the dataset: every look-up is a message to the background, which
 * owns the database. Only the entities a page actually names ever reach the page.
 */
export function createMessageLookup(): DatasetLookup {
  let sources: ReturnType<DatasetLookup['sources']> | null = null;
  return {
    byAliases: (keys) => sendMessage('byAliases', keys),
    byDomain: (domain) => sendMessage('byDomain', domain),
    byIds: (ids) => sendMessage('byIds', ids),
    sources: () => (sources ??= sendMessage('sources')),
  };
}
