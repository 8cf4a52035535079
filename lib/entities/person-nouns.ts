import type { Span } from '../types';
import { opensSentence } from './name-words';
import { LIFE_NOUN_AFTER } from './person-evidence';
import { endsBeforeSpaces, possessiveAt } from './hit-view';

/**
 * A name owning, or named as the owner of, what only a person has (asked by amongPeople, kind-of-people.ts):
 *  - after a possessive: the person's mind, works, people and life's events, perhaps after one or two words that describe them
 *    ("Sappho's collected poems", "Strauß's lifetime", "Napoleon's soldiers", tokenised "Picasso 's paintings");
 *  - before "of": kin and a life's events ("the son of Teispes", "the reign of Darius", "the marriage of Herod Antipas and
 *    Herodias"), the way Wikipedia names historical people; and a likeness of a given name ("two statues of David").
 * The nouns are those a firm, a team, a product or a place is seldom said to own ("Shakespeare's plays", "Aristotle's works": a
 * firm's works are a factory, written without a name before them): not "army", "campaign", "lawyers",
 * "supporters", "album", "film" or "philosophy" (a country's, a club's, a band's, a studio's, a firm's as often), nor "the death
 * of" (a product's: "the death of Flash") or "the father of" (an invention's: "the father of Linux").
 */
const PERSON_OWNED = [
  // Kin and life's events besides LIFE_NOUN_AFTER's.
  'stepfather stepmother stepbrother stepsister half-brother half-sister grandparents grandchildren grandsons granddaughters in-laws',
  'father-in-law mother-in-law son-in-law daughter-in-law brother-in-law sister-in-law',
  'lifetime boyhood girlhood adolescence deathbed burial cremation coronation abdication accession inauguration impeachment',
  'imprisonment incarceration acquittal candidacy presidency premiership governorship papacy pontificate chancellorship',
  'kingship wedding honeymoon pregnancy divorce affair romance illness suicide murderer assassin assassins mourners',
  // The mind and the body.
  'mind thoughts psyche temperament beard moustache mustache hair eyes smile wounds corpse skull',
  // Works of one hand.
  'poems poetry poem novels novel novella sonnets sonnet sonatas sonata symphony symphonies concerto concertos operas oratorio',
  'libretto paintings sculptures portraits treatise essays essay memoir diary diaries sermons sermon teachings',
  'theology writings prose screenplay biographers plays works apology apologies delusions',
  // What science names after its finder ("Fermat's last theorem", "Planck's constant", "Darwin's theory").
  'theory theorem theorems conjecture lemma hypothesis paradox equation equations constant',
  // The people around one.
  'aides bodyguard bodyguards entourage henchmen cronies confidant confidante protégé protege mentor tutor pupils apprentice',
  'admirers lieutenants commander commanders generals soldiers troops',
  // Those one works, studies, plays or lives beside, and where one's life began ("Ashley's co-workers", "Lell's classmates",
  // "Polo's birthplace"): a firm has staff and a team players, none has classmates or a hometown.
  'colleague colleagues co-workers coworkers classmate classmates teammate teammates bandmate bandmates co-star co-stars roommate roommates',
  'ex-wife ex-husband ex-girlfriend ex-boyfriend bride groom godfather godmother godson goddaughter hometown birthplace',
  // A poet's reading of his own work ("Ferlinghetti's recitation").
  'recitation recitations',
]
  .join(' ')
  .split(' ');

/** A word describing the noun: an adverb, a participle, an adjective's ending, a year, or a few words of age and order. */
const MODIFIER = String.raw`(?:\p{Ll}+(?:ly|ed|en|ous|al|ic|ive|ful|est)|1\d{3}|20\d{2}|late|early|first|second|third|fourth|fifth|last|eldest|elder|youngest|younger|only|own|famous|beloved|former|future|young|great|longtime|long-time|best-known|lesser-known|many|few|two|three|four|five|several)`;
const OWNED_AFTER = new RegExp(String.raw`^ ?['\u2019]s\s+(?:${MODIFIER}\s+){0,2}(?:${PERSON_OWNED.join('|')})\b(?!\s?['\u2019-])`, 'u');

/** Kin, and those bound to one, before "of" ("the son of", "the widow of", "the assassin of"). */
const KIN_OF =
  'son|sons|daughter|daughters|wife|husband|widow|widower|mother-in-law|father-in-law|son-in-law|daughter-in-law|brother|sister|' +
  'grandson|granddaughter|grandfather|grandmother|grandsons|granddaughters|nephew|niece|cousin|uncle|aunt|stepson|stepdaughter|' +
  'stepfather|stepmother|consort|mistress|heir|heiress|disciple|disciples|biographer|assassin|assassins|murderer';
/** …and a life's events ("the reign of", "the marriage of"). */
const OF_NOUNS = `${KIN_OF}|reign|marriage|wedding|funeral|burial|coronation|abdication|assassination|murder|widowhood|biography|memoirs|tomb|grave`;
/** The noun and "of" right before the name, perhaps an earlier name and "and" between ("the marriage of Herod Antipas and …"). */
const NOUN_OF_BEFORE = new RegExp(String.raw`\b(?:${OF_NOUNS})\s+of\s+(?:(?:\p{Lu}[\p{L}'\u2019-]*\s+){1,4}(?:and|or)\s+)?$`, 'u');

/** A likeness before "of" ("two statues of David", "a cartoon of Mohammed"): a person's, where the name is a given name (givenAlone). */
const LIKENESS_OF_BEFORE =
  /\b(?:statues?|busts?|portraits?|caricatures?|cartoons?|paintings?|pictures?|photos?|photographs?|drawings?|sketch|sketches|likeness|icons?|images?)\s+of\s$/;

/** "Velzimov himself never visited": a reflexive only a person takes (a firm is "itself"). */
const HIMSELF_AFTER = /^,?\s+(?:himself|herself)\b/;
/** "Teispes, the son of Achaemenes", "Velzimov, the younger brother of the king", "Quarrender, his widow, …": kin in an appositive. */
const KIN_APPOSITIVE_AFTER = new RegExp(
  String.raw`^,\s+(?:(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${KIN_OF})\s+of\b|(?:his|her)\s+(?:[\p{Ll}-]+\s+)?(?:wife|husband|widow|widower|son|daughter|brother|sister|mother|father)\s*,)`,
  'u',
);

/** Why what stands around the name [start, end) makes it a person's, or null (`given`: the name is a given name that is no place). */
export function ownedByPerson(text: string, start: number, end: number, given = false): string | null {
  const after = text.slice(end, end + 60);
  const possessive = possessiveAt(text, end); // (both patterns open with the possessive)
  if (possessive && LIFE_NOUN_AFTER.test(after)) return 'possessive of a life ("Smith\'s death")';
  if (possessive && OWNED_AFTER.test(after)) return 'possessive of what a person has ("Sappho\'s poems")';
  // (Not a gerund opening its sentence, whose object the reflexive is: "Cloaking himself in …".)
  const gerund = text.endsWith('ing', end) && opensSentence(text, start);
  if (
    (HIMSELF_AFTER.test(after) || (after.charCodeAt(0) === 44 && KIN_APPOSITIVE_AFTER.test(after))) &&
    !gerund &&
    !NO_KIN_OF.has(text.slice(start, end).toLowerCase())
  )
    return 'himself, or kin of another';
  const lead = text.slice(Math.max(0, start - 70), start);
  if (given && endsBeforeSpaces(text, start, 'of') && LIKENESS_OF_BEFORE.test(lead)) return 'a likeness of the name ("a statue of David")';
  // (NOUN_OF_BEFORE ends on "of", "and" or "or" and white space: asked only there.)
  const of = endsBeforeSpaces(text, start, 'of') || endsBeforeSpaces(text, start, 'and') || endsBeforeSpaces(text, start, 'or');
  if (!of || !NOUN_OF_BEFORE.test(lead) || NO_KIN_OF.has(text.slice(start, end).toLowerCase())) return null;
  return 'kin or life of the name ("the son of …")';
}

/**
 * The name owns, by a possessive, what only a person has (see above): a person's after a place's preposition too ("near Marlowe's
 * birthplace", "in Springsteen's hometown", "in Ryan's mind"), where a one-word name is otherwise read as a place's.
 */
export function ownsWhatPeopleOwn(text: string, span: Span): boolean {
  return possessiveAt(text, span.end) && ownedByPerson(text, span.start, span.end) !== null;
}

/** "Son of God", "Son of Man", "Daughters of Zion", "Sons of Liberty": what scripture and names of groups set after kin, no one's name. */
const NO_KIN_OF: ReadonlySet<string> = new Set(['god', 'man', 'zion', 'heaven', 'earth', 'liberty', 'freedom', 'anarchy', 'thunder', 'darkness', 'light']);
