import type { EntityResult, Span } from '../types';
import type { LexiconSets } from './lexicon-sets';

/**
 * A person the article built under a dataset person's full name, or under that name after words the link did not take ("Rival Hillary
 * Clinton", "Sleepy Joe Biden", "Democrat Hillary Clinton"), in an article that links the dataset person by that full name: the same
 * person, one card. Why: news names one person many ways in one story, and two cards for one name (one sourced, one built) say the
 * article has two people. Asked only of built people whose names hold a linked dataset person's full name of two words or more; a built
 * person the article also calls something the dataset person is not called (another surname, another given name) stays.
 * A family name written first ("Xi Jinping … Xi's problem", "Kim Jong-un … Kim said") is the person's too: a one-word built person whose
 * word opens a linked two-word name, is no given name nor title (`L`), and is named only after it (seed 29 drew "Xi" built apart).
 */
export function foldIntoDatasetPeople(text: string, entities: EntityResult[], L: LexiconSets | null = null): void {
  const byName = new Map<string, EntityResult>();
  for (const e of entities) if (e.fromDataset && e.type === 'person' && e.name.includes(' ')) byName.set(e.name, e);
  if (!byName.size) return;
  if (L) for (const d of [...byName.values()]) familyFirst(d, L, byName);
  for (let i = entities.length - 1; i >= 0; i--) {
    const e = entities[i]!;
    if (e.fromDataset || e.type !== 'person') continue;
    const d = byName.get(e.name) ?? byName.get(e.name.slice(e.name.indexOf(' ') + 1));
    if (!d) continue;
    if (!e.name.includes(' ') && d.name.startsWith(e.name + ' ') && e.mentions.some((m) => m.start < d.mentions[0]!.start)) continue;
    const spans = e.mentions.map((m) => (!e.name.includes(' ') && d.name.startsWith(e.name + ' ') ? m : within(text, m, d.name)));
    if (spans.some((s) => !s)) continue;
    for (const s of spans) if (!d.mentions.some((m) => m.start === s!.start)) d.mentions.push(s!);
    d.mentions.sort((a, b) => a.start - b.start);
    entities.splice(i, 1);
  }
}

/** Sets `d` under its first word where that is a family name written first (two words, the first no given name nor title, not yet taken). */
function familyFirst(d: EntityResult, L: LexiconSets, byName: Map<string, EntityResult>): void {
  const words = d.name.split(' ');
  const first = words[0]!.toLowerCase();
  if (words.length === 2 && !L.givenNames.has(first) && !L.titles.has(first) && !byName.has(words[0]!)) byName.set(words[0]!, d);
}

/** The mention's part that is the dataset name, or its last word alone (a surname mention); else null. */
function within(text: string, m: Span, name: string): Span | null {
  const s = text.slice(m.start, m.end);
  if (s.endsWith(name) && (s.length === name.length || s[s.length - name.length - 1] === ' ')) return { start: m.end - name.length, end: m.end };
  return name.endsWith(' ' + s) ? m : null;
}
