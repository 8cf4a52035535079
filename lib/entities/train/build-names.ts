/**
 * Builds assets/ner/names.json: the given names the name finder reads as evidence that a
 * capitalised pair is a person ("Helen Okafor") and that a place or a leader's surname next to it is
 * part of somebody else's name ("Jack London", "Omar Hassan al-Bashir"); and well-known
 * organisations and places the dataset does not carry ("Boeing said" is not a person; "San Diego" is a place).
 *
 * Source: the lexicon of compromise 14 (MIT licence, github.com/spencermountain/compromise), words
 * tagged MaleName, FemaleName or FirstName. compromise leaves out names that are also places or
 * common words ("Paris", "Georgia", "Jordan"), which is what we want: those stay places unless the
 * words around them say otherwise.
 *
 * Run: npx tsx lib/entities/train/build-names.ts (writes the file; byte-identical for the same compromise).
 * The list ships in the background with the other word lists (DatasetLookup.lexicon), never in
 * the content script.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../assets/ner/names.json');
const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
const names: string[] = [];
const orgs: string[] = [];
const places: string[] = [];
for (const [word, tags] of Object.entries(lexicon)) {
  const t = ([] as string[]).concat(tags);
  // Multi-word entries are kept with "_" for spaces; abbreviations ("st", "calif") are left out.
  const entry = word.replace(/ /g, '_');
  if (/^[\p{Ll}][\p{Ll}'-]+$/u.test(word) && (t.includes('MaleName') || t.includes('FemaleName') || t.includes('FirstName'))) names.push(word);
  if (!/^[\p{Ll}\p{N}][\p{Ll}\p{N}' .-]+$/u.test(word) || word.length < 4) continue;
  if (t.includes('Organization') || t.includes('SportsTeam')) orgs.push(entry);
  else if (t.includes('City') || t.includes('Region') || t.includes('Country') || (t.includes('Place') && !t.includes('Abbreviation'))) places.push(entry);
}
names.sort();
orgs.sort();
places.sort();
const out = {
  about:
    'From the lexicon of compromise 14 (MIT licence), lower case, "_" for spaces: given names (MaleName, FemaleName, FirstName), organisations (Organization, SportsTeam) and places (City, Region, Country, Place). Built by lib/entities/train/build-names.ts.',
  givenNames: names.join(' '),
  organizations: orgs.join(' '),
  places: places.join(' '),
};
writeFileSync(OUT, JSON.stringify(out, null, 1) + '\n');
console.log(`${names.length} given names, ${orgs.length} organisations, ${places.length} places → ${OUT}`);
