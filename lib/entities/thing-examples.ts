import { THING_KINDS } from '../text/words';
import type { EntityResult, Span } from '../types';

/**
 * A name English gives as an example of a kind of things is a thing's, not a person's: "tools like Adobe Sensei", "streaming
 * platforms like Apache Kafka", "retailers such as Wayfair, West Elm", "AI writing assistants like Jasper, Copy.ai", "products
 * like Tom's of Maine". Kinds of things or firms only (THING_KINDS, words.ts) — kinds of people ("artists such as Frida Kahlo")
 * make people (kind-of-people.ts). A title or honorific before the name keeps it. Asked of article-built people's mentions
 * only, on 120 characters before each.
 */
export function withoutThingExamples(text: string, names: EntityResult[]): EntityResult[] {
  return names.filter((e) => !(e.type === 'person' && !e.fromDataset && e.why !== TITLED && e.mentions.some((m) => exampleOfThings(text, m))));
}

const TITLED = 'article-built: title before the name';
/** What opens a list of examples (the last one before the name is the list's). */
const OPENERS = [' like ', ' such as ', ' including '];
/**
 * The list's members from the opener to the name: "Semrush, Ahrefs, and ", "Brindle, Marsh and ". "And" joins the last member only:
 * after "… and Reforesting Landscapes, " the list has closed.
 */
const MEMBERS = /^(?:[\p{Lu}0-9][^,.;:!?\n]{0,40},\s+)*(?:[\p{Lu}0-9][^,.;:!?\n]{0,40}?,?\s+(?:and|or|&)\s+)?$/u;
/** The kind, right before the opener ("platforms", "Tools,"). */
const KIND = /(\p{L}+),?$/u;

/** (Found with lastIndexOf, the members then read from there: a regex searched over the whole stretch cost 10 µs a mention.) */
function exampleOfThings(text: string, m: Span): boolean {
  if (!listedHere(text, m.start)) return false;
  const lead = text.slice(Math.max(0, m.start - 120), m.start);
  let at = -1;
  let len = 0;
  for (const w of OPENERS) {
    const i = lead.lastIndexOf(w);
    if (i > at) [at, len] = [i, w.length];
  }
  if (at < 0 || !MEMBERS.test(lead.slice(at + len))) return false;
  const k = KIND.exec(lead.slice(Math.max(0, at - 24), at));
  return !!k && THING_KINDS.has(k[1]!.toLowerCase());
}

/**
 * Whitespace before the name, and before that a comma or a word an opener or a joiner ends in: what an opener then MEMBERS need
 * right at the name (asked first: most names stand in no list, and the slice and the three searches cost more).
 */
function listedHere(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && SPACE.test(text[i]!)) i--;
  if (i === at - 1 || i < 0) return false;
  return text.charCodeAt(i) === 44 || LIST_WORDS.some((w) => text.endsWith(w, i + 1));
}
const SPACE = /\s/;
/** The words OPENERS and MEMBERS' joiners end in. */
const LIST_WORDS = ['like', 'as', 'including', 'and', 'or', '&'];
