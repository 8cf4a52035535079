import type { DatasetEntity } from '../types';
import type { Hit } from './link';
import type { Context } from './context';
import { hitIndexFrom } from './hit-index';
import { aliasKeyMemo } from '../dataset/alias-key';

/*
 * A seat of power (a site the dataset holds for the office it stands for, with no town of its own: "Capitol Hill", "the
 * Capitol", "the Kremlin", "Downing Street") lies in its country's capital. Named with "in" and another town after it, it is
 * that town's namesake: "Residents of Capitol Hill in Seattle" (the neighbourhood), "outside the Capitol in Sacramento"
 * (California's), "the Kremlin in Kazan" (Tatarstan's). The dataset says where the seat lies: its country, whose capitals
 * carry the fact "Capital of <country>".
 *
 * Read only "<seat> in <Town>": the town a dataset city or capital (every bearer of its name one), or, where the dataset has no
 * such name, a place the name finder's lists know ("Seattle"; not its GeoNames cities, which hold boroughs of capitals:
 * "Westminster"). Not a country or a division of the dataset: "the role of the Kremlin in Ukraine" is the Kremlin acting there.
 * Not where the words after "in" hold the seat's own country or one of its capitals ("Capitol Hill in Washington", "the Kremlin
 * in Moscow", "Downing Street in Britain", "Foggy Bottom in Northwest Washington").
 * Cost: asked only of a seat's record whose name " in " and a capital letter follow.
 */

/**
 * " in " and up to three capitalised words after the seat's name ("in Seattle", "in Northwest Washington"), perhaps after a plural
 * noun of what a neighbourhood holds ("Capitol Hill streets in Seattle", "Capitol Hill bars in Denver": the district's, as "a Tokyo
 * temple" is the town's; not its people or its doings, "Capitol Hill staffers in Seattle", "Kremlin officials in Kazan").
 */
const IN_TOWN =
  /^(?: (?:streets|roads|avenues|homes|houses|apartments|flats|condos|rowhouses|bars|pubs|cafés|cafes|restaurants|shops|stores|businesses|sidewalks|pavements|blocks|parks))? in (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})/u;

const isSeat = (c: DatasetEntity): boolean => c.type === 'place' && !!c.standsFor && !!c.countryId && !c.facts.some((f) => f.label === 'Place');
/** A town of the dataset: a city or a capital, not a country or a division ("the Kremlin in Ukraine" is the Kremlin acting there). */
const isTown = (y: DatasetEntity): boolean => y.type === 'place' && y.facts.some((f) => f.label === 'Place' && /^(?:City|Capital) /.test(f.value));
/** The seat's own country, or one of its capitals. */
const ownGround = (x: DatasetEntity, country: string): boolean =>
  x.id === country || (x.countryId === country && x.facts.some((f) => f.label === 'Place' && f.value.startsWith('Capital of')));

/** The seat of power `c` is named here as another town's namesake: "<seat> (streets) in <Town>", the town not its country's capital. */
export function seatElsewhere(c: DatasetEntity, h: Hit, ctx: Context): boolean {
  if (!isSeat(c)) return false;
  const m = IN_TOWN.exec(ctx.text.slice(h.span.end, h.span.end + 60));
  if (!m) return false;
  const to = h.span.end + m[0].length;
  const from = to - m[1]!.length;
  let town = false;
  for (let i = hitIndexFrom(ctx.hits, from); i < ctx.hits.length; i++) {
    const x = ctx.hits[i]!;
    if (x.span.start >= to) break;
    if (x.candidates.some((y) => ownGround(y, c.countryId!))) return false;
    if (x.span.start === from && x.candidates.length && x.candidates.every(isTown)) town = true;
  }
  if (town) return true;
  // (A name the dataset holds, of a country or a division, is no town: only a name with no dataset hit at "in" is asked of the lists.)
  const at = ctx.hits[hitIndexFrom(ctx.hits, from)];
  // (Not a region of the world the lists hold: "the Kremlin in Siberia" is the Kremlin acting there, as with a country.)
  const key = aliasKeyMemo(m[1]!);
  return (!at || at.span.start !== from) && !!ctx.L?.knownPlaces.has(key) && !ctx.L.regions.has(key);
}
