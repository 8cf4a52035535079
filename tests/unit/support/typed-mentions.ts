import { findEntities } from '../../../lib/entities';
import type { DatasetLookup } from '../../../lib/types';
import { listsOnly } from './lists-only';

/** "type surface" for every mention, in text order (by default no dataset: only the name finder's lists). */
export async function typedMentions(text: string, lookup: DatasetLookup = listsOnly): Promise<string[]> {
  const { entities } = await findEntities(text, lookup);
  return entities
    .flatMap((e) => e.mentions.map((m) => ({ at: m.start, s: `${e.type} ${text.slice(m.start, m.end)}` })))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.s);
}
