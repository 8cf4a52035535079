/**
 * "St" and "St." for "Saint" in places', countries' and organisations' names: news writes "St Petersburg", "St Kitts and
 * Nevis", "St. Lucia" far more often than the sources' "Saint …". One alias "St X" covers "St. X" too (aliasKey drops the
 * full stop). The short form takes the rank of the alias it comes from, so that a namesake settles it as it settles the
 * long form.
 *
 * Not made:
 *  - for people ("Saint-Just", a given name "Saint"): a person's name is written as the person writes it;
 *  - from a name ending in a possessive ("Saint John's", "Saint George's"): "St John's" and "St George's" are as often a
 *    church, a college, a hospital or a saint's day, and another city (Newfoundland's) than the dataset's one;
 *  - from a one-word remainder after a possessive or a hyphen ("Saint-Pierre"): only "Saint" as a word before a capitalised
 *    word is abbreviated.
 * A street ("Bay St", "Main St.") gains nothing: the short form opens the alias, as "Saint" opened it.
 */
import type { Draft } from './draft';
import { addAlias } from './draft';

/** "Saint" as a word before a capitalised word. */
const SAINT = /\bSaint (?=\p{Lu})/u;

export function addSaintForms(drafts: Draft[]): number {
  let added = 0;
  for (const d of drafts) {
    if (d.type === 'person') continue;
    for (const { surface, rank } of [...d.alias.values()]) {
      if (!SAINT.test(surface) || /['’]s$/.test(surface)) continue;
      const short = surface.replace(new RegExp(SAINT.source, 'gu'), 'St ');
      const before = d.alias.size;
      addAlias(d, short, rank);
      if (d.alias.size > before) added++;
    }
  }
  return added;
}
