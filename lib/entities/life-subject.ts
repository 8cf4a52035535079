import { PRAISE_WORDS } from '../text/words';
import type { LexiconSets } from './lexicon-sets';

// The subject of a verb of a life ("Winstone enrolled", "Kipling also met"): a test of person evidence that the name scan asks of a
// one-word name (name-scan.ts), kept apart from person-evidence.ts for that file's length.

/** A verdict after "was" (PRAISE_WORDS and the plainest ones; "Dessert was good"): said of things as often as of people, no verb of a life. */
const VERDICT_AFTER = new RegExp(`^\\s+(?:(?:so|very|really|pretty|too|quite)\\s+)?(?:good|great|bad|nice|delicious|${[...PRAISE_WORDS].join('|')})\\b`);
const LIFE_VERB_AFTER = /^\s+(?:(?:also|then|later|never|next|soon|still|once|first|eventually|subsequently|\p{Ll}+ly)\s+)?(\p{Ll}+)\b/u;
/**
 * Verbs that people, more than companies or places, are the subjects of ("Winstone enrolled",
 * "Kipling also met", "Stalin had begun"); a past tense in -ed counts too, one adverb may stand between.
 * `verbal`: the name is shaped as an adverb, a gerund or a compound (VERBAL_WORD) and no given name; `opens`: it opens a sentence.
 */
export function subjectOfLife(text: string, end: number, L: LexiconSets | null, verbal = false, opens = false): boolean {
  if (!L) return false;
  const m = LIFE_VERB_AFTER.exec(text.slice(end, end + 40));
  if (!m) return false;
  const w = m[1]!;
  if (w === 'was' && VERDICT_AFTER.test(text.slice(end + m[0].length, end + m[0].length + 24))) return false;
  if (L.lifeVerbs.has(w) || PRESENT_LIFE.has(w) || MIND_PAST.has(w)) return true;
  if ((verbal && opens) || !/[^e]ed$|[^aeiou]ied$/.test(w) || /(?:need|speed|seed|bleed|feed|breed|reed)$|^(?:red|hundred|sacred|naked|wicked)$/.test(w))
    return false;
  // "Conduct detailed audits", "Build customized reports", "Woman owned business": at a sentence's or an item's start, a word in -ed
  // before a noun is that noun's adjective and the word before it a verb's imperative or a noun, no subject ("Chamberlain placed
  // blame", after a comma, stays).
  return !(opens && ATTRIBUTIVE_AFTER.test(text.slice(end + m[0].length, end + m[0].length + 24)));
}
/**
 * Present tenses of verbs only people are the subjects of, in which Wikipedia tells a plot or a life ("Nomi meets Molly", "Shinji
 * decides", "Lisa remarks"): not those firms, markets and places take in news as often ("wins", "leads", "takes", "falls",
 * "becomes", "returns", "moves", "joins", "plays", "agrees").
 */
const PRESENT_LIFE: ReadonlySet<string> = new Set(
  'meets marries dies decides remarks realizes realises confesses befriends seduces flees attempts pretends'.split(' '),
);
/** A lower-case word that is no function word nor adverb ("finished second", "moved abroad"): a noun or an adjective right after the word in -ed. */
const ATTRIBUTIVE_AFTER =
  /^\s+(?!(?:a|an|the|his|her|their|its|my|our|your|this|that|these|those|some|all|each|every|no|not|him|them|me|us|it|who|which|what|when|where|how|there|here|to|in|on|at|by|for|from|with|into|onto|of|up|out|down|off|over|about|as|after|before|back|away|and|or|but|than|more|most|through|during|since|until|against|along|around|across|under|himself|herself|themselves|first|second|third|fourth|fifth|last|early|late|home|again|together|alone|abroad|today|yesterday|overnight|once|twice|well|hard|fast|forward|ahead)\b)\p{Ll}+\b(?<!ly)/u;
/**
 * Irregular past tenses of a mind or a body, which only people are the subjects of ("Foley thought he was", "Nadia wept", "Ruiz
 * swore an oath"): a past in -ed counts by its ending, these have none. Not "felt", "knew", "saw", "understood", which news says of
 * firms and states ("Apple felt the pressure", "Facebook knew", "Moscow saw a threat").
 */
const MIND_PAST: ReadonlySet<string> = new Set('thought wept slept swore forgave forgot dreamt knelt'.split(' '));
