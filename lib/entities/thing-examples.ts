import { THING_KINDS } from '../text/words';
import type { EntityResult } from '../types';
import { listKind, type Kinds } from './list-kind';

/**
 * A name English gives as an example of a kind of things is a thing's, not a person's: "tools like Adobe Sensei", "streaming
 * platforms like Apache Kafka", "retailers such as Wayfair, West Elm", "AI writing assistants like Jasper, Copy.ai", "products
 * like Tom's of Maine", "Harry Potter and other books". Kinds of things or firms only (THING_KINDS, words.ts) — kinds of people
 * ("artists such as Frida Kahlo") make people (kind-of-people.ts). The list is read by list-kind.ts; a part of a member counts
 * ("Mark & Graham"). A title or honorific before the name keeps it. Asked of article-built people's mentions only.
 */
export function withoutThingExamples(text: string, names: EntityResult[]): EntityResult[] {
  return names.filter((e) => !(e.type === 'person' && !e.fromDataset && e.why !== TITLED && e.mentions.some((m) => listKind(text, m.start, m.end, THINGS))));
}

const TITLED = 'article-built: title before the name';
const THINGS: Kinds = { has: (w) => THING_KINDS.has(w) };
