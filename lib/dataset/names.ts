/**
 * Person-name rules shared by the dataset build and (optionally) the linker: normal casing of the
 * Factbook's CAPITALISED surnames, romanisation variants, and a loose "skeleton" for fuzzy
 * matching of one name across sources. No person is named here: only spelling rules.
 */
import { aliasKey } from './alias-key';

/** Lower-case particles that stay lower-case inside a name ("von der", "al-", "bin"). */
const PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'di',
  'del',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'ibni',
  'bint',
  'ben',
  'y',
  'e',
  'i',
  'zu',
  'ter',
  'ould',
]);

const ROMAN = /^(?:[IVX]+)$/;

/** "PETRENKA" → "Petrenka", "SASSOU-Nguesso" → "Sassou-Nguesso", "al-BASHIR" → "al-Bashir". */
export function caseWord(word: string, isFirst: boolean): string {
  if (!isFirst && ROMAN.test(word) && word.length <= 5) return word; // regnal numbers: III, VI (but "XI Jinping")
  const lower = word.toLowerCase();
  if (!isFirst && PARTICLES.has(lower)) return lower;
  return word
    .split(/([-'’])/)
    .map((part, i, parts) => {
      if (part === '-' || part === "'" || part === '’') return part;
      const prev = parts[i - 1];
      const lowerPart = part.toLowerCase();
      // "al-BASHIR": the particle before a hyphen stays lower-case; after an apostrophe inside a
      // word (MULI'AKA'AKA) the letter is lower-case, after "O'" it is not.
      if (i === 0 && parts.length > 1 && PARTICLES.has(lowerPart) && parts[1] === '-') return isFirst ? cap(lowerPart) : lowerPart;
      if ((prev === "'" || prev === '’') && (parts[i - 2] ?? '').length > 1) return lowerPart;
      return part === part.toUpperCase() ? cap(lowerPart) : part;
    })
    .join('');
}

function cap(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/** Display case for a Factbook name: words in capitals become Title case, others stay. */
export function normalCaseName(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w, i) => (/(?:^|[-'’])\p{Lu}{2,}(?:[-'’]|$)/u.test(w) ? caseWord(w, i === 0) : w))
    .join(' ');
}

/**
 * Equivalent transliterations of common Slavic given names. A group lists spellings of one name
 * (Belarusian, Russian, Ukrainian, English); any member generates the others as aliases.
 */
const GIVEN_NAME_GROUPS: string[][] = [
  ['Alyaksandr', 'Aleksandr', 'Alexander', 'Oleksandr', 'Aleksander', 'Alexandr'],
  ['Volodymyr', 'Vladimir', 'Uladzimir'],
  ['Mikhail', 'Mykhailo', 'Mikhailo', 'Mikhal'],
  ['Sergey', 'Sergei', 'Serhiy', 'Serhii', 'Siarhei', 'Syarhey'],
  ['Dmitry', 'Dmitri', 'Dmytro', 'Dzmitry'],
  ['Andrey', 'Andrei', 'Andriy', 'Andrii', 'Andrej'],
  ['Aleksey', 'Alexei', 'Alexey', 'Aleksei', 'Oleksiy', 'Oleksii', 'Alyaksei'],
  ['Yevgeny', 'Evgeny', 'Yevgeniy', 'Yevhen', 'Evgeni'],
  ['Nikolai', 'Nikolay', 'Mykola', 'Mikalai'],
  ['Yuri', 'Yury', 'Yuriy', 'Yurii', 'Yuriy'],
  ['Pyotr', 'Petr', 'Petro', 'Pyatro'],
  ['Yulia', 'Yuliya', 'Julia', 'Yuliia'],
  ['Svetlana', 'Sviatlana', 'Svyatlana', 'Svitlana'],
  ['Anatoly', 'Anatoliy', 'Anatolii'],
  ['Viktor', 'Victor'],
  ['Denis', 'Denys'],
  ['Maria', 'Mariya', 'Mariia'],
  ['Olga', 'Olha', 'Volha'],
  ['Konstantin', 'Kostiantyn', 'Kanstantsin'],
  ['Grigory', 'Hryhoriy', 'Ryhor'],
  ['Ilya', 'Illia', 'Ilia'],
  ['Roman', 'Raman'],
];

const GIVEN_INDEX = new Map<string, string[]>();
for (const group of GIVEN_NAME_GROUPS) for (const name of group) GIVEN_INDEX.set(aliasKey(name), group);

/**
 * Which romanisation family a person's name belongs to, from the country they serve: the -ka/-ko
 * rule is Belarusian only; the other Cyrillic-romanisation rules (-yy/-iy/-y, kh/h, w/v, ts/c, the
 * given-name groups) apply to names romanised from Russian, Ukrainian or Belarusian.
 */
export type NameFamily = 'belarusian' | 'east-slavic' | undefined;

const EAST_SLAVIC = new Set(['country:bo', 'country:rs', 'country:up', 'country:kz', 'country:kg', 'country:ti', 'country:uz', 'country:tx', 'country:md']);

export function nameFamilyOf(countryId: string | undefined): NameFamily {
  if (countryId === 'country:bo') return 'belarusian';
  return countryId && EAST_SLAVIC.has(countryId) ? 'east-slavic' : undefined;
}

/** Spellings of one word under common romanisation differences (the word itself included). */
// `family` has no default: a default parameter also applies to an explicit `undefined` (a name of no
// Slavic family), which once gave a Colombian president the Belarusian spellings "Pyotr" and "Pyatro".
export function wordVariants(word: string, family: NameFamily): string[] {
  const out = new Set<string>([word]);
  if (!family) return [word];
  const group = GIVEN_INDEX.get(aliasKey(word));
  if (group) group.forEach((g) => out.add(g));
  const add = (re: RegExp, to: string) => {
    for (const w of [...out]) {
      const v = w.replace(re, to);
      if (v !== w) out.add(v);
    }
  };
  if (family === 'belarusian') {
    add(/([kK])a$/, '$1o'); // Belarusian -ka ↔ Russian -ko
    add(/([kK])o$/, '$1a');
  }
  add(/yy$/, 'y'); // Ukrainian -yy ↔ -y ↔ -iy ↔ -yi
  add(/yy$/, 'iy');
  add(/yy$/, 'yi');
  add(/(?<=[kn])iy$/, 'y');
  add(/(?<=[kn])iy$/, 'yy');
  add(/(?<=\w)kh/g, 'h'); // kh ↔ h
  add(/^Kh/, 'H');
  add(/(?<=\w)w(?=[aeiouy])/g, 'v'); // Belarusian w ↔ Russian v before a vowel
  add(/(?<=[aeo])w(?=s)/g, 'u'); // Belarusian -owsk- ↔ -ousk-
  add(/^Ts/, 'C'); // ts ↔ c
  add(/(?<=\w)ts(?=[aeiouy])/g, 'c');
  return [...out];
}

/**
 * Name variants of a person: every combination of given-name and surname spellings, capped so one
 * long name cannot explode the alias list.
 */
export function personNameVariants(given: string[], surname: string, cap: number, family: NameFamily): string[] {
  const surnameVariants = surname.split(' ').length === 1 ? wordVariants(surname, family) : [surname];
  const first = given[0];
  const givenVariants = first ? wordVariants(first, family) : [''];
  const out: string[] = [];
  for (const g of givenVariants)
    for (const s of surnameVariants) {
      out.push(g ? `${g} ${s}` : s);
      if (out.length >= cap) return out;
    }
  return out;
}

/**
 * A loose spelling skeleton for matching one name across romanisations: accents and case folded,
 * kh→h, w→v, j→y, ph→f, doubled letters single, vowels dropped after the first letter.
 * "Petrenka" and "Petrenko" share "ptrnk"; "Ivanskyy" and "Ivansky" share "ivnsk".
 */
export function nameSkeleton(word: string): string {
  let s = aliasKey(word).replace(/\s+/g, '');
  s = s.replace(/kh/g, 'h').replace(/ph/g, 'f').replace(/w/g, 'v').replace(/j/g, 'y').replace(/ck/g, 'k').replace(/q/g, 'k');
  s = s.replace(/(.)\1+/g, '$1');
  return s[0] ? s[0] + s.slice(1).replace(/[aeiouy]/g, '') : s;
}
