import { findEntities } from '../../../lib/entities';
import type { DatasetLookup, EntityType } from '../../../lib/types';
import { listsOnly } from './lists-only';

/** The names of the entities of one type that findEntities finds, in its order (the lists only unless a look-up is given). */
export async function namesOf(type: EntityType, text: string, lookup: DatasetLookup = listsOnly): Promise<string[]> {
  return (await findEntities(text, lookup)).entities.filter((e) => e.type === type).map((e) => e.name);
}

/** The texts of those entities' mentions, entity by entity — or all in text order (`inTextOrder`). */
export async function mentionsOf(type: EntityType, text: string, lookup: DatasetLookup = listsOnly, inTextOrder = false): Promise<string[]> {
  const spans = (await findEntities(text, lookup)).entities.filter((e) => e.type === type).flatMap((e) => e.mentions);
  if (inTextOrder) spans.sort((a, b) => a.start - b.start);
  return spans.map((m) => text.slice(m.start, m.end));
}
