/**
 * The aliases a person's name yields: the full name, given name + surname, Arabic article and
 * patronymic forms, romanisation variants, and the bare surname (rank 2, linked alone only for
 * leading officeholders). Split from the PeopleBuilder (people.ts), which calls it for every name.
 */
import { aliasKey } from '../alias-key';
import { normalCaseName, personNameVariants, wordVariants, type NameFamily } from '../names';
import { addAlias, type Draft } from './draft';
import { ARABIC_GIVEN, ARABIC_GIVEN_GROUPS } from './person-names';

/** Adds the aliases of one name to `d`; its plain given names go into `givenNames`. */
export function addPersonNameAliases(d: Draft, family: NameFamily, givenNames: Set<string>, given: string[], surname: string, full: string): void {
  addAlias(d, full, 0);
  // Dotted initials are written with and without dots ("J.D. Vance", "JD Vance").
  if (/\b(?:\p{Lu}\.){2,}/u.test(full))
    addAlias(
      d,
      full.replace(/\b((?:\p{Lu}\.){2,})/gu, (m) => m.replace(/\./g, '')),
      0,
    );
  if (!surname) return;
  // "Ferdinand Marcos, Jr.": the name without its generational suffix is the father's ("Ferdinand Marcos fled to Hawaii in
  // 1986"), so every shorter form this name yields keeps the suffix; the bare surname (rank 2) is asked for introduction anyway.
  const suffix = GENERATION.exec(full)?.[1];
  const derived = (surface: string, rank: number): void => addAlias(d, suffix ? `${surface} ${suffix}` : surface, rank);
  const plainGiven = given.filter((g) => !/\.$/.test(g) && !/^\(/.test(g));
  // The press drops middle names: given name + surname. Not a leading "Mohammed" before another given
  // name: the person goes by the other one ("Mohammed Irfaan Ali" is Irfaan Ali, never "Muhammad Ali").
  const firstUsed = !(plainGiven.length > 1 && ARABIC_GIVEN.has(aliasKey(plainGiven[0]!)));
  if (plainGiven.length && firstUsed) derived(`${plainGiven[0]} ${surname}`, 0);
  // Arabic article and patronymic variants: "el-Sisi" / "al-Sisi" / "Sisi"; "bin Salman".
  const arabic = /^(?:al|el)[- ]/i.exec(surname);
  const surnames = [surname];
  if (arabic) {
    const bare = surname.replace(/^(?:al|el)[- ]/i, '');
    surnames.push(`al-${bare}`, `el-${bare}`, bare);
  }
  for (const s of surnames) {
    if (plainGiven.length) {
      derived(`${plainGiven.join(' ')} ${s}`, 1);
      if (firstUsed) derived(`${plainGiven[0]} ${s}`, 1);
    }
  }
  if (firstUsed) for (const v of personNameVariants(plainGiven, surname, 24, family)) derived(v, 1);
  if (plainGiven[0] && firstUsed && ARABIC_GIVEN.has(aliasKey(plainGiven[0])))
    for (const g of ARABIC_GIVEN) derived(`${g.charAt(0).toUpperCase()}${g.slice(1)} ${surname}`, 1);
  const group = plainGiven[0] ? ARABIC_GIVEN_GROUPS.find((g) => g.some((x) => aliasKey(x) === aliasKey(plainGiven[0]!))) : undefined;
  // A final ayn or hamza written as an apostrophe is often written as a doubled vowel ("al-Shara'" / "al-Sharaa").
  const ayn = /([aeiou])['’]$/.exec(surname) ? [surname, surname.replace(/([aeiou])['’]$/, '$1$1')] : [surname];
  for (const g of group ?? (arabic || ayn.length > 1 ? [plainGiven[0] ?? ''] : []))
    for (const sn of ayn)
      for (const v of arabic ? [sn, sn.replace(/^(?:al|el)[- ]/i, 'al-'), sn.replace(/^(?:al|el)[- ]/i, 'el-')] : [sn]) if (g) derived(`${g} ${v}`, 1);
  if (/^(?:bin|ibn|bint|ben)\s/i.test(surname)) {
    derived(surname, 1);
    // "Faisal bin Farhan Al Saud" → "Faisal bin Farhan": the given name and the father's.
    const father = /^((?:bin|ibn|bint|ben)\s+\S+)\s+\S/i.exec(surname)?.[1];
    if (father && plainGiven.length) {
      derived(`${plainGiven.join(' ')} ${father}`, 1);
      if (ARABIC_GIVEN.has(aliasKey(plainGiven[0]!))) for (const g of ARABIC_GIVEN) derived(`${g.charAt(0).toUpperCase()}${g.slice(1)} ${father}`, 1);
    }
  } else {
    for (const s of surnames) addAlias(d, s, 2);
    if (surname.split(' ').length === 1) for (const v of wordVariants(surname, family)) addAlias(d, v, 2);
  }
  for (const g of plainGiven) givenNames.add(aliasKey(g));
}

/** A generational suffix ending a full name: ", Jr.", " Sr." (not a regnal number: "Abdullah II" is no father's name). */
const GENERATION = /,?\s+(Jr|Sr)\.?$/;

/**
 * The surname the source marks in capitals, where a second surname follows it: "Keiko Sofia FUJIMORI Higuchi", "Carlos Diego
 * MESA Gisbert" (the Factbook writes Spanish names so, the father's surname first). The press writes the first given name and
 * the marked surname ("Keiko Fujimori"); the aliases above take the last word for the surname ("Keiko Higuchi"). A name whose
 * marked surname ends it gains nothing here ("Luis Alberto ARCE Catacora" does; "Rodrigo PAZ" has it already).
 */
export function addMarkedSurnameAlias(d: Draft, raw: string): void {
  const tokens = raw.split(/\s+/).filter(Boolean);
  const caps = (t: string) => /\p{Lu}{2}/u.test(t) && !/\p{Ll}/u.test(t.replace(/^[a-z]{1,3}-/, ''));
  const a = tokens.findIndex(caps);
  let b = a;
  while (b + 1 < tokens.length && caps(tokens[b + 1]!)) b++;
  if (a < 1 || b >= tokens.length - 1 || caps(tokens[0]!)) return;
  addAlias(d, normalCaseName([tokens[0]!, ...tokens.slice(a, b + 1)].join(' ')), 1);
}
