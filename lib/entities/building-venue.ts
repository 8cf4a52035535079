import type { LexiconSets } from './lexicon-sets';

/**
 * "led the service at Canterbury Cathedral", "Staff at the Louvre Museum walked out", "married in the Rila Abbey": a name ending
 * in the head word of a building that also names the body inside it (a cathedral's chapter, a museum's staff), right after a
 * preposition of where one is, is the building — a place (UNER's LOC covers facilities), as "at Barclays Center" is
 * (name-shapes.ts centreAsVenue). The name finder reads these heads as an organisation's otherwise (lexicon.orgHeads: "the
 * museum said"). Not "church" ("in the Catholic Church" is the body), "office" ("at the Foreign Office"), "hospital", "library",
 * "theatre", whose names are a body's as often where one works; not after "to" or "from" ("donated to the Tate Museum", "a loan
 * from the British Museum": the body gives and takes), nor a body "of" or "for" something ("the Museum of Modern Art" stays).
 * Nor a name a known place opens ("at the Chicago Design Museum"): built-place-doubt.ts reads a known place before common words
 * as something of that place, no place, and would leave the museum no card at all; it stays the organisation it was.
 */
/** Houses of worship by the last word of their name ("Canterbury Cathedral", "East London Mosque"): buildings, no bodies. */
export const WORSHIP_HEADS: ReadonlySet<string> = new Set(['cathedral', 'abbey', 'basilica', 'chapel', 'minster', 'mosque', 'synagogue', 'priory']);
const BUILDING_HEADS: ReadonlySet<string> = new Set([...WORSHIP_HEADS, 'museum']);
/** A preposition of where one is, perhaps "the", right before the name. */
const AT_BUILDING = /(?:^|[^\p{L}])(?:at|in|inside|outside|near|behind|opposite|beside)\s+(?:the\s+)?$/iu;

/** The name [start, …) whose lower-case words are `ws` is a building one is at. */
export function buildingAsVenue(text: string, start: number, ws: string[], L: LexiconSets): boolean {
  if (ws.length < 2 || ws.length > 4 || !BUILDING_HEADS.has(ws[ws.length - 1]!) || ws.includes('of') || ws.includes('for')) return false;
  if (!AT_BUILDING.test(text.slice(Math.max(0, start - 12), start))) return false;
  for (let k = 1; k < ws.length; k++) {
    const prefix = ws.slice(0, k).join(' ');
    if (L.knownPlaces.has(prefix) || L.cities.has(prefix)) return false;
  }
  return true;
}
