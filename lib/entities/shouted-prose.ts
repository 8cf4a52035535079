import type { DatasetEntity } from '../types';
import { aliasKeyMemo } from '../dataset/alias-key';
import type { Hit } from './link';
import type { LexiconSets } from './lexicon-sets';
import { placedHere, type PlaceView } from './place-evidence';
import { localPersonAfter } from './place-sites';
import { tradeWordAfter } from './place-trades';
import { wordBefore } from './name-words';
import { opensDateline, shouted, shoutedLine } from './shouted';
import { inCapitals, JOURNEY } from './shouted-names';

/**
 * A place's or a country's name in a line written all in capitals (a shouted headline, a dateline), after the linker found no longer
 * name around it (link.ts: shouted.ts's rules, or no capitalised word beside it that a name goes on with).
 *
 * The capitals of such a line say nothing, so what prose writes in lower case around a place says place here too, read in lower case:
 * "PLANETARIUM DOME BUCKLES IN STORM; TURIN MAYOR PROMISES REPAIRS" is "… Turin mayor promises repairs" (what only a place has after
 * its name), "STUFFED POLAR BEAR FOUND IN DERBY ATTIC" is "… found in Derby attic" (a preposition of place). placedHere (place-evidence.ts)
 * reads that view of the line, the name itself kept as written: the same evidence prose needs, no looser (and no journey's word, below), but for one
 * of its people right after it ("BY NORFOLK WIDOW"), whose article a headline drops. Only a place's record: a
 * country's one-word name asks for its own evidence (country-evidence.ts, shouted.ts shoutedCountry).
 * A dataset country or place opening a dateline ("SINGAPORE — The port authority has …"; shouted.ts opensDateline) is that country, as a
 * town there is: not a name somebody bears as a given name, a US state's, or an everyday word ("TURKEY — Roast the bird for …").
 * Cost: asked only of a one-word place or country hit in capitals that would otherwise link, after the shouted rules; one lower-cased line.
 */
export function shoutedPlaceEvidence(c: DatasetEntity, h: Hit, ctx: PlaceView): string | null {
  const { text, L } = ctx;
  if (c.type === 'place' && shouted([c], h.key, text, h.span, L)) return 'a place’s name in a headline shouted in capitals';
  if (opensDateline(c, text, h.span) && (c.type === 'place' || plainCountry(c, h, L)))
    return `a ${c.type === 'place' ? 'town' : 'country'} opening a news dateline`;
  if (c.type !== 'place' || !inCapitals(text, h) || !shoutedLine(text, h.span.start) || JOURNEY.has(wordBefore(text, h.span.start) ?? '')) return null;
  const lowered = lowerLine(text, h);
  const said = placedHere(h, { ...ctx, text: lowered } as PlaceView);
  if (said) return `${said}, read in a line shouted in capitals`;
  // ("MODEL SHIPS LEFT TO NATION BY NORFOLK WIDOW", "AS KENT FARMER WINS PRIZE": one of its people by trade or by kin right after the name; a
  // headline drops the "a" or "the" that prose asks before them, place-sites.ts. Not a name that is an everyday word: "TURKEY FARMER".)
  const after = lowered.slice(h.span.end, h.span.end + 60);
  return !L?.everyday.has(h.key) && (localPersonAfter(after) || tradeWordAfter(after))
    ? 'one of a place’s people right after its name, in a line shouted in capitals'
    : null;
}

/**
 * A country's own name that no person bears (no dataset person, no given name), no US state carries and no everyday word spells
 * ("SINGAPORE", not "JORDAN", "GEORGIA", "TURKEY").
 */
const plainCountry = (c: DatasetEntity, h: Hit, L: LexiconSets | null): boolean =>
  !!L &&
  aliasKeyMemo(c.name) === h.key &&
  !h.candidates.some((e) => e.type === 'person') &&
  !L.givenNames.has(h.key.split(' ')[0]!) &&
  !L.usStates.has(h.key) &&
  !L.everyday.has(h.key);

/**
 * The text with the hit's line in lower case but the hit itself, each character for one ("İ" kept: its lower case is two), so that every
 * offset stays.
 */
function lowerLine(text: string, h: Hit): string {
  const a = text.lastIndexOf('\n', h.span.start - 1) + 1;
  const n = text.indexOf('\n', h.span.end);
  const b = n < 0 ? text.length : n;
  let line = '';
  for (let i = a; i < b; i++) {
    const ch = text[i]!;
    const low = ch.toLowerCase();
    line += i >= h.span.start && i < h.span.end ? ch : low.length === 1 ? low : ch;
  }
  return text.slice(0, a) + line + text.slice(b);
}
