import type { DatasetEntity, Span } from '../types';
import type { Hit } from './link';
import type { LexiconSets } from './lexicon-sets';

/**
 * A city's name in a list of grapes or wines is the grape's or the wine's (the seed-24 links audit: "Popular white wine
 * varietals: Chardonnay, Riesling, Sauvignon Blanc, Sémillon, Moscato (Muscat), Pinot Grigio" opened Oman's capital, and
 * "Malbec, Syrah (also known as Shiraz), Bordeaux, Barbera, Sangiovese" the French city). Many grapes and wines carry a
 * town's name (Muscat, Bordeaux, Chablis, Marsala), and a list holds one kind of thing. Evidence, all of it: the sentence
 * brings the list in with a word of wine (a varietal, a grape, a wine: "white wine varietals:", "wines such as"); the name
 * is an item of a list (commas, "and", "or") of three or more short capitalised names, alone or in brackets after another
 * ("Moscato (Muscat)"); and no other item is a place — none a dataset name of a place or a country, none a place the
 * lexicon knows. ("wines from Bordeaux, Napa and Mendoza": places beside it, the city stays; "Sauternes from France" is no
 * list.) Only a city's card goes: a country or a region named in such a list stays.
 */

/** Words of wine before the list. */
const WINE = /\b(?:varietals?|grapes?|wines?)\b/i;
/** An item: up to four capitalised words (a particle or an article between them), with an optional bracket after it. */
const ITEM = /^(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|del|di|du|la|le)\s+)?\p{Lu}[\p{L}'’.-]*){0,3})(?:\s*\(([^()]{1,40})\))?$/u;

/** A dataset city or capital. */
export const isCity = (c: DatasetEntity): boolean => c.type === 'place' && c.facts.some((f) => f.label === 'Place' && /^(?:City|Capital)\b/.test(f.value));

/** What of the article the test reads: the dataset's hits (places among them) and the lexicon's places. */
export interface WineView {
  hits: Hit[];
  L: LexiconSets | null;
}

/** A full stop, "!" or "?" at `i` (/[.!?]/.test(text[i] ?? '')). */
const stopAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63;
};

/** The name at `span` stands in a list of grapes or wines with no place beside it. */
export function inWineList(text: string, span: Span, v: WineView): boolean {
  // The sentence: from the line's start or the last sentence's end to the line's end or the sentence's end.
  // (Char codes, not a regex per character; the colon sought back to the sentence's start only, not to the text's: asked per name.)
  let a = span.start;
  while (a > 0 && text.charCodeAt(a - 1) !== 10 && !(stopAt(text, a - 2) && text.charCodeAt(a - 1) === 32)) a--;
  let b = span.end;
  while (b < text.length && text.charCodeAt(b) !== 10 && !(stopAt(text, b) && /\s/.test(text[b + 1] ?? ' '))) b++;
  // The list: after the sentence's last colon before the name (a heading's "varietals:"), items split at commas and at "and", "or".
  let from = a;
  for (let i = Math.min(span.start, text.length - 1); i >= a; i--)
    if (text.charCodeAt(i) === 58) {
      from = i + 1;
      break;
    }
  const items: { m: RegExpExecArray | null; start: number }[] = [];
  const SPLIT = /,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+/g;
  let at = from;
  for (const sep of [...text.slice(from, b).matchAll(SPLIT), null]) {
    const end = sep ? from + sep.index : b;
    const raw = text.slice(at, end);
    const lead = raw.length - raw.trimStart().length;
    items.push({ m: ITEM.exec(raw.trim()), start: at + lead });
    if (sep) at = end + sep[0].length;
  }
  const k = items.findIndex((it, i) => it.start <= span.start && (i + 1 === items.length || span.end <= items[i + 1]!.start));
  const own = items[k]?.m;
  if (!own || !(own[1] === text.slice(span.start, span.end) || own[2]?.trim() === text.slice(span.start, span.end))) return false;
  // The run of names around it (a clause before or after the list is no item of it): three or more, no other a place, and
  // the list brought in by a word of wine ("red wine varietals:", "wines such as").
  let i = k;
  let j = k;
  while (i > 0 && items[i - 1]!.m) i--;
  while (j + 1 < items.length && items[j + 1]!.m) j++;
  if (j - i < 2 || !WINE.test(text.slice(a, items[i]!.start))) return false;
  for (let x = i; x <= j; x++) if (x !== k && isPlace(items[x]!.m![1]!, items[x]!.start, v)) return false;
  return true;
}

/** A list item is a place: a dataset hit there with a place's or a country's card, or a place the lexicon knows. */
function isPlace(item: string, start: number, v: WineView): boolean {
  const low = item.toLowerCase();
  if (v.L && (v.L.knownPlaces.has(low) || v.L.cities.has(low) || v.L.usStates.has(low) || v.L.regions.has(low))) return true;
  return v.hits.some((h) => h.span.start === start && h.candidates.some((c) => c.type === 'place' || c.type === 'country'));
}
