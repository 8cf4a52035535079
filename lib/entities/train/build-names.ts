/**
 * Builds assets/ner/given-names.json: the given names the name finder reads as evidence that a
 * capitalised pair is a person ("Helen Okafor") and that a place or a leader's surname next to it is
 * part of somebody else's name ("Jack London", "Omar Hassan al-Bashir").
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

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../assets/ner/given-names.json');
const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
const names: string[] = [];
for (const [word, tags] of Object.entries(lexicon)) {
  const t = ([] as string[]).concat(tags);
  if (!/^[\p{Ll}][\p{Ll}'-]+$/u.test(word)) continue; // single words only
  if (t.includes('MaleName') || t.includes('FemaleName') || t.includes('FirstName')) names.push(word);
}
names.sort();
const out = {
  about: 'Given names (lower case) from the lexicon of compromise 14 (MIT licence): words tagged MaleName, FemaleName or FirstName. Built by lib/entities/train/build-names.ts.',
  givenNames: names.join(' '),
};
writeFileSync(OUT, JSON.stringify(out, null, 1) + '\n');
console.log(`${names.length} given names → ${OUT}`);
