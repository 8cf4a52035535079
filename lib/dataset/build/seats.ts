/**
 * Seats of power (assets/curated/seats-of-power.json): places that stand for a government or an
 * institution ("the Kremlin", "Downing Street"). Split from the dataset build's entry point
 * (lib/tools/build-dataset.ts).
 */
import { addAlias, addFact, addWeak, newDraft, slug, type Draft } from './draft';

/** One entry of the curated seats-of-power file. */
export interface CuratedSeat {
  name: string;
  aliases?: string[];
  standsFor: string;
  country: string;
  organization?: string;
  weak?: boolean;
  source: string;
}

/** A place draft per seat, in file order; ids taken from (and added to) `placeIds`. */
export function buildSeats(seats: CuratedSeat[], placeIds: Set<string>, countryOf: (label: string) => { id: string; name: string } | undefined): Draft[] {
  const out: Draft[] = [];
  for (const s of seats) {
    let id = `place:${slug(s.name)}`;
    if (placeIds.has(id)) id = `${id}-seat`;
    placeIds.add(id);
    const d = newDraft(id, 'place', s.name);
    if (s.weak) {
      d.alias.clear();
      addWeak(d, s.name);
    }
    for (const a of s.aliases ?? []) {
      if (s.weak) addWeak(d, a);
      else addAlias(d, a, 1);
    }
    d.standsFor = s.standsFor;
    const country = countryOf(s.country);
    if (country) d.countryId = country.id;
    addFact(d, { label: 'Stands for', value: s.standsFor, source: 'curated' });
    if (country) addFact(d, { label: 'Country', value: country.name, source: 'curated' });
    d.summary = `${s.name}: often stands for ${s.standsFor}${country ? ` (${country.name})` : ''}`;
    out.push(d);
  }
  return out;
}
