import type { EntityResult } from '../types';
import type { Token } from './candidates';
import type { LowerWords } from './article-words';
import type { LexiconSets } from './lexicon-sets';
import { firstTokenAt, isNameWord, opensSentence } from './name-words';
import { addArticlePlace } from './article-place';
import { OverlapIndex } from './overlap';

const WHY = 'article-built: a town before its state or country ("Saginaw, Michigan")';

/**
 * A town named as English writes addresses and datelines: its name, a comma, then its US state or its country ("Saginaw,
 * Michigan", "Google, Inc. of Mountain View, California", "a hospital in Varkala, India", "Fallujah, Iraq."). The state or
 * country is a place found already; the one to three capitalised words right before its comma, when no finder took them, are
 * a place too. (State codes after a town are state-codes.ts's: "Lawrence, KS".)
 *
 * Guards: the state or country ends its clause (a stop, a comma, a bracket, a dash, a ZIP code or the text's end follow: not
 * "For Zorvex, Iraq is a market", "Ahmed, Iraq's envoy"); the town's words are name words (no month or weekday: "On Tuesday,
 * Iraq."), none the article writes in lower case, the first opening no sentence ("Overall, France."), no given name first
 * unless the lists know the town ("Dear Maria, Spain."), no institution's or event's head last ("Harvard University,
 * Massachusetts"), and a longer capitalised run before them is no town's ("Chief Executive Tom Reed, Iraq.").
 * Cost: a look before each mention of a state or a country only.
 */

/** What may follow the state or country that ends an address: the text's end, a stop, a comma, a bracket, a dash, a ZIP code. */
const AFTER = /^(?:\s*$|[.,;:!?)\]"\u201d]|\s+(?:\d{5}\b|[-\u2013\u2014(]))/u;
const MIXED = /^\p{Lu}(?=.*\p{Ll})[\p{L}'\u2019.-]*$/u;

export function townsBeforeStates(text: string, tokens: Token[], found: readonly EntityResult[], L: LexiconSets, lower: LowerWords): EntityResult[] {
  const out = new Map<string, EntityResult>();
  let taken: OverlapIndex | null = null;
  let people: Set<number> | null = null;
  for (const e of found) {
    const state = e.type === 'country' || (e.type === 'place' && L.usStates.has(e.name.toLowerCase()));
    if (!state) continue;
    for (const m of e.mentions) {
      if (text.charCodeAt(m.start - 2) !== 44 || text.charCodeAt(m.start - 1) !== 32 || !AFTER.test(text.slice(m.end, m.end + 8))) continue;
      // The town: one to three mixed-case name words right before the comma, one space apart, no capital word before them.
      const b = firstTokenAt(tokens, m.start) - 1;
      if (b < 0 || tokens[b]!.end !== m.start - 2) continue;
      let a = b;
      while (a > b - 2 && a > 0 && tokens[a - 1]!.cap && tokens[a]!.start - tokens[a - 1]!.end === 1) a--;
      if (a > 0 && tokens[a - 1]!.cap && tokens[a]!.start - tokens[a - 1]!.end === 1) continue;
      if (!townShaped(text, tokens, a, b, L, lower)) continue;
      const span = { start: tokens[a]!.start, end: tokens[b]!.end };
      if (!taken) {
        taken = new OverlapIndex(found.flatMap((x) => x.mentions));
        people = new Set(found.filter((x) => x.type === 'person').flatMap((x) => x.mentions.map((p) => p.end)));
      }
      if (taken.overlaps(span) || people!.has(span.end)) continue;
      addArticlePlace(out, found, text, span, WHY);
    }
  }
  return [...out.values()];
}

/** Tokens a … b read as a town's name: see the module's comment. */
function townShaped(text: string, tokens: Token[], a: number, b: number, L: LexiconSets, lower: LowerWords): boolean {
  if (opensSentence(text, tokens[a]!.start)) return false;
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (!isNameWord(t) || !MIXED.test(t.text) || lower.has(t.low) || L.lead.has(t.low) || L.titles.has(t.low)) return false;
  }
  const last = tokens[b]!.low;
  if (L.orgHeads.has(last) || L.otherHeads.has(last)) return false;
  const low = text.slice(tokens[a]!.start, tokens[b]!.end).toLowerCase();
  return !L.givenNames.has(tokens[a]!.low) || L.cities.has(low) || L.knownPlaces.has(low);
}
