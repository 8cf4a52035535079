import { createMemoryLookup } from '../../../lib/dataset/memory-lookup';
import { findEntities } from '../../../lib/entities';
import { loadBundledDataset } from '../../../lib/tools/load-dataset';

export const lookup = createMemoryLookup(loadBundledDataset());

/**
 * What the name finder makes of `surface` (its first occurrence) in `text`, over the bundled
 * dataset: the entity with a mention exactly there, its dataset record, and any dataset entity
 * mentioned inside that span.
 */
export async function mentionAt(text: string, surface: string) {
  const { entities, records } = await findEntities(text, lookup);
  const start = text.indexOf(surface);
  const e = entities.find((x) => x.mentions.some((m) => m.start === start && m.end === start + surface.length));
  const inside = entities.filter((x) => x.fromDataset && x.mentions.some((m) => m.start >= start && m.end <= start + surface.length));
  return { e, record: e?.id ? records.get(e.id) : undefined, datasetInside: inside };
}
