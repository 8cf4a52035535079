import type { EntityResult, Span } from '../types';

/**
 * A person the article built under a dataset person's full name, or under that name after words the link did not take ("Rival Hillary
 * Clinton", "Sleepy Joe Biden", "Democrat Hillary Clinton"), in an article that links the dataset person by that full name: the same
 * person, one card. Why: news names one person many ways in one story, and two cards for one name (one sourced, one built) say the
 * article has two people. Asked only of built people whose names hold a linked dataset person's full name of two words or more; a built
 * person the article also calls something the dataset person is not called (another surname, another given name) stays.
 */
export function foldIntoDatasetPeople(text: string, entities: EntityResult[]): void {
  const byName = new Map<string, EntityResult>();
  for (const e of entities) if (e.fromDataset && e.type === 'person' && e.name.includes(' ')) byName.set(e.name, e);
  if (!byName.size) return;
  for (let i = entities.length - 1; i >= 0; i--) {
    const e = entities[i]!;
    if (e.fromDataset || e.type !== 'person') continue;
    const d = byName.get(e.name) ?? byName.get(e.name.slice(e.name.indexOf(' ') + 1));
    if (!d) continue;
    const spans = e.mentions.map((m) => within(text, m, d.name));
    if (spans.some((s) => !s)) continue;
    for (const s of spans) if (!d.mentions.some((m) => m.start === s!.start)) d.mentions.push(s!);
    d.mentions.sort((a, b) => a.start - b.start);
    entities.splice(i, 1);
  }
}

/** The mention's part that is the dataset name, or its last word alone (a surname mention); else null. */
function within(text: string, m: Span, name: string): Span | null {
  const s = text.slice(m.start, m.end);
  if (s.endsWith(name) && (s.length === name.length || s[s.length - name.length - 1] === ' ')) return { start: m.end - name.length, end: m.end };
  return name.endsWith(' ' + s) ? m : null;
}
