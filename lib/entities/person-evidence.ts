import { HONORIFICS, NAME_PARTICLES, ROLES_OF_FIRMS, TITLE_PREFIXES, TITLE_WORDS } from '../text/words';
import { BELIEF_SAYING_FORMS, SPEECH_VERB_FORMS } from '../text/speech-verbs';
import type { Span } from '../types';
import { bareLow, type Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { listKind, type Kinds } from './list-kind';
import { exampleOfPlaces } from './place-examples';
import { isNameWord, lowerWordBeforeSpace, wordBefore } from './name-words';

export { subjectOfLife } from './life-subject';

/**
 * The small tests of person evidence that the article-people finder asks (lib/entities/article-people.ts):
 * the words around a name that say it is a person's — a role, a speech verb, a verb of a life, a
 * middle initial, a regnal number, particles after a title, two names joined by "and".
 */
/** A title, a role or a word for kin before a name ("analyst", "her brother,"); not "Prime" or "Vice" alone ("Prime Now"). */
export const isRole = (w: string | undefined, L: LexiconSets | null) =>
  !!w && !TITLE_PREFIXES.has(w) && (TITLE_WORDS.has(w) || !!L?.titles.has(w) || !!L?.kin.has(w));

/**
 * An adverb, a gerund or a compound adjective ("Originally designed …", "Staying informed …", "Buying dried beans …", "Cost-effective
 * …"): a word that opens a sentence before a participle as no name does — its subject only before a verb of a life from the list.
 */
export const VERBAL_WORD = /(?:ly|ing)$|-\p{Ll}/u;

/**
 * Verbs whose object is a person only ("accompanied Mandl", "married Hale", "arrested Ghulam Mohiuddin Lone"); not those a company, a
 * party or a country is as often the object of ("met", "hired", "appointed", "endorsed", "told").
 */
export const PERSON_OBJECT_VERBS: ReadonlySet<string> = new Set(
  (
    'married marry accompanied interviewed thanked congratulated divorced befriended mentored pardoned arrested detained kidnapped abducted assassinated murdered jailed imprisoned executed ' +
    // (Their -ing forms, which a clause of a life reads as often: "disqualified for kicking Kawajiri"; not "executing", whose object a program is.)
    'marrying accompanying interviewing thanking congratulating divorcing befriending mentoring pardoning arresting detaining kidnapping abducting assassinating murdering jailing imprisoning'
  ).split(' '),
);

/** A possessive before a word only a person has ("Smith's death", "Carangi's life", "Villeneuve's widow", "Arafat 's passing" as tokenised text writes it). */
export const LIFE_NOUN_AFTER =
  /^ ?['\u2019]s\s+(?:death|life|career|birth|funeral|childhood|marriage|wife|husband|widow|widower|son|daughter|mother|father|brother|sister|parents|biography|memoirs?|autobiography|obituary|grave|reign|youth|passing|assassination|murder|resignation|retirement|birthday|girlfriend|boyfriend|fianc[eé]e?|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|grandfather|grandmother|stepson|stepdaughter|sons|daughters|brothers|sisters|siblings|wives|friends?|mistress|lover|résumé|resume|disciples|descendants|ancestors|tomb|bedside)\b/;

/**
 * "Cécile is a hairdresser", "Barb was a sweetheart": the name said to be one of a kind only people are — a trade no firm is
 * called by, kin, or a word for a person — after "is"/"was" and "a", "an", "such a", "the" or a possessive pronoun ("Edit was the best
 * massage therapist", "Tomas is my dentist"), up to three words of description between.
 */
export const PERSON_NOUNS = String.raw`(?:hairdresser|hairstylist|stylist|barber|mechanic|dentist|lawyer|attorney|therapist|masseuse|masseur|nurse|doctor|surgeon|teacher|tutor|chef|pilot|soldier|photographer|journalist|actor|actress|singer|poet|novelist|painter|musician|comedian|student|mom|mother|father|dad|husband|wife|girl|boy|man|woman|guy|lady|gentleman|sweetheart|sweetie|gem|doll|kid|person|friend|genius|saint)`;
const ONE_OF = String.raw`(?:a|an|such\s+an?|the|my|our|your|his|her|their)`;
const PERSON_NOUN_AFTER = new RegExp(String.raw`^\s+(?:is|was)\s+${ONE_OF}\s+(?:[\p{Ll}-]+\s+){0,3}?${PERSON_NOUNS}\b(?!\s?['\u2019-])`, 'u');
/** "Holly - the owner, knows …": a dash, then "the", "a" or "our" and the same kinds, or the owner, then a comma or another dash. */
const PERSON_DASH_AFTER = new RegExp(
  String.raw`^\s+[-\u2013\u2014]\s+(?:the|a|an|our|my)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:owner|${PERSON_NOUNS})\s*[,\u2013\u2014-]`,
  'u',
);
/** The name is said to be a person (name-scan.ts, `after`: the text after it). */
export const saidToBePerson = (after: string): boolean => PERSON_NOUN_AFTER.test(after) || PERSON_DASH_AFTER.test(after);

/** Given names that are also everyday words or clubs: no person at a sentence's start on a verb alone ("Grace is…", "Chelsea wins"). */
export const WORDLIKE_GIVEN: ReadonlySet<string> = new Set(
  'grace mark chase sue bob jack chuck angel pat chelsea hope faith joy will may june april summer dawn rose lily ivy page guy'.split(' '),
);

const VERB_AFTER = /^(,?)\s+((?:has|had|have|was|is)\s+)?(\p{Ll}+)\b/u;
/**
 * The speech verb (or a belief form: "believes", "thinks") right after a name (", said", " told"), or null. A participle only after a
 * comma or an auxiliary (", adding", "is saying"): without them it opens the clause the capitalised word is part of ("Thought adding a
 * comment would save …").
 */
export function speechAfter(text: string, end: number): boolean {
  const m = VERB_AFTER.exec(text.slice(end, end + 30));
  if (!m || (!m[1] && !m[2] && m[3]!.endsWith('ing'))) return false;
  return SPEECH_VERB_FORMS.has(m[3]!) || BELIEF_SAYING_FORMS.includes(m[3]!);
}
/** Participles of what a firm does to a thing ("owned by", "acquired by"): the name after "by" is as likely a firm's. */
const THINGS_DONE_BY =
  /\b(?:owned|acquired|bought|purchased|made|developed|built|funded|backed|operated|run|released|launched|manufactured|powered|sponsored|supported|provided|offered|sold|distributed|licensed|hosted)\s+by\s$/i;
/** A speech verb right before ("says Tarlo", "wrote Jesse LaBrocca"), "by" or "according to". */
export function speechBefore(lead: string): boolean {
  const w = lowerWordBeforeSpace(lead);
  if (!w) return false;
  // ("Owned by Meta", "acquired by Apple": what a firm does to things, not a byline.)
  if (w === 'by') return !THINGS_DONE_BY.test(lead);
  // ("…send me your suggestions and comments⏎Reply": a verb ending the line before is that line's; a byline's "by" may end it.)
  if (lead.charCodeAt(lead.length - 1) === 10) return false;
  // ("according to" only where the word is "to": lowerWordBeforeSpace reads that word.)
  return (w === 'to' && /according to\s$/.test(lead)) || (SPEECH_VERB_FORMS.has(w) && !/ing$/.test(w));
}

export const REGNAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;
/** A title, role or honorific right before the token at i (in the run or in the text before it). */
export function titledBefore(text: string, ts: Token[], i: number, L: LexiconSets | null): boolean {
  const w = i > 0 ? bareLow(ts[i - 1]!) : wordBefore(text, ts[i]!.start);
  return !!w && (HONORIFICS.has(w) || isRole(w, L));
}

/** A one-letter initial with its full stop at k, between two name words one space apart ("M." in "Jennifer M. Anderson"). */
export function isMiddleInitial(ts: Token[], k: number): boolean {
  const t = ts[k];
  const next = ts[k + 1];
  if (!t || !next) return false;
  // (Every test is run, not only those after a first that holds: see findArticlePeople.)
  const spaced = t.start - ts[k - 1]!.end === 1 && next.start - t.end === 1;
  const named = isNameWord(next);
  const shaped = INITIAL.test(t.text);
  return t.text.length === 2 && shaped && spaced && named;
}

/** A given name, a middle initial and a surname is a person's name unless it ends in a head word ("John F. Kennedy Airport"). */
export function initialEvidence(text: string, span: Span, L: LexiconSets | null, initial = true): string | null {
  if (!initial) return null;
  const low = text.slice(span.start, span.end).toLowerCase();
  const last = low.slice(low.lastIndexOf(' ') + 1);
  if (!L || L.orgHeads.has(last) || L.placeHeads.has(last) || L.otherHeads.has(last) || L.knownOrgs.has(low) || L.knownPlaces.has(low)) return null;
  return L.givenNames.has(low.slice(0, low.indexOf(' '))) ? 'middle initial in the name' : null;
}

/** i, or the index of the name word after particles that follow a title or honorific at i - 1 ("General de Meza"); -1 when none. */
export function particlesAfterTitle(text: string, ts: Token[], i: number, L: LexiconSets | null): number {
  if (ts[i]!.cap || !NAME_PARTICLES.has(ts[i]!.text)) return -1;
  // (The title may have been cut from the run's start as a word that opens sentences.)
  if (!titledBefore(text, ts, i, L)) return -1;
  let p = i;
  while (p < ts.length && !ts[p]!.cap && NAME_PARTICLES.has(ts[p]!.text)) p++;
  return p < ts.length && isNameWord(ts[p]!) ? p : -1;
}
/** The first of the particles right before the name word at i. */
export function particleStart(ts: Token[], i: number): number {
  let f = i;
  while (f > 0 && !ts[f - 1]!.cap && NAME_PARTICLES.has(ts[f - 1]!.text)) f--;
  return f;
}

/** Two one-word names joined by "and" are people's: two given names ("Tina and Vicky"), or a verb of a life or speech after both. */
export function pairEvidence(text: string, a: Span, b: Span, L: LexiconSets | null): boolean {
  if (!L) return false;
  const given = (s: Span) => {
    const low = text.slice(s.start, s.end).toLowerCase();
    const first = low.split(' ')[0]!;
    return L.givenNames.has(first) && !WORDLIKE_GIVEN.has(first);
  };
  // Only one-word names: "Joe and Hunter Biden" shares a surname, "Fortress and Alden" are firms though "Alden" is a given name.
  if (text.slice(a.start, a.end).includes(' ') || text.slice(b.start, b.end).includes(' ')) return false;
  if (given(a) && given(b)) return true;
  // "between the Danevirke and Husum": names after "the" are no people's.
  if (wordBefore(text, a.start) === 'the') return false;
  if (speechAfter(text, b.end)) return true;
  // "historians such as Chandler and Weller": a list of examples of a kind of people.
  const list = listKind(text, a.start, a.end, roleKinds(L));
  if (list?.side === 'before' && !list.inside) return true;
  // ("towns such as Husum and Tonder were flooded": examples of a kind of place; the verb after them is the kind's, place-examples.ts.)
  if (exampleOfPlaces(text, a)) return false;
  // "The team behind Leaf and Grain opened", "platforms like Semrush, Ahrefs, and Moz have": after a preposition the pair is its
  // object, and the verb that follows is not theirs.
  if (GOVERNING.has(wordBefore(text, a.start) ?? '')) return false;
  const m = PAIR_VERB.exec(text.slice(b.end, b.end + 48));
  return !!m && (L.lifeVerbs.has(m[1]!) || /[^e]ed$/.test(m[1]!));
}
/** Prepositions whose object a name right after them is. */
const GOVERNING: ReadonlySet<string> = new Set(
  'with behind like from than to for by of about between against among via into onto upon toward towards beside'.split(' '),
);
/**
 * The kinds pairEvidence takes a list for (list-kind.ts): a plural in -s of a role ("historians", "writers"), not of a role firms
 * hold as often ("market players such as", "industry leaders such as": ROLES_OF_FIRMS). Made once for each lexicon L.
 */
function roleKinds(L: LexiconSets): Kinds {
  if (roles?.L !== L) roles = { L, kinds: { has: (w) => w.endsWith('s') && roleOfPeople(w.slice(0, -1), L), likers: true } };
  return roles.kinds;
}
const roleOfPeople = (one: string, L: LexiconSets) => !ROLES_OF_FIRMS.has(one) && isRole(one, L);
let roles: { L: LexiconSets; kinds: Kinds } | null = null;
/** "… had largely finished", "… were both injured", "… signed": perhaps an auxiliary, "both" or an adverb, then a verb. */
const PAIR_VERB = /^\s+(?:(?:had|have|were|are|both)\s+)?(?:(?:both|all|also|\p{Ll}+ly)\s+)?(\p{Ll}+)\b/u;

/**
 * Where the name starts in a stretch [from, end) of three or more name words right after "<title> of"
 * ("Minister of Defense Hazem Shaalan", "Minister of Finance Mohammed al-Jadaan"): after the office's
 * one word, when three words remain or a given name follows it; 0 when none.
 */
export function officeSplit(ts: Token[], from: number, end: number, L: LexiconSets | null): number {
  if (!L || from < 2 || end - from < 3 || ts[from - 1]!.text !== 'of' || !isRole(bareLow(ts[from - 2]!), L)) return 0;
  // (One word of office only: "Foreign Affairs" left over would be taken for a name of its own.)
  const k = from + 1;
  return isNameWord(ts[k]!) && (end - from === 3 || (L.givenNames.has(ts[k]!.low) && end - k >= 2)) ? k : 0;
}

/**
 * What follows a given name that opens a sentence or a line when it names a person: a comma, colon or
 * semicolon, the line's end or "and" ("Vince,", "Mercedes and Dan"), or — the name alone on its line — a
 * signature's full stop or "!" ("Sophie.", "Jeff!") unless the name is an everyday word ("Grace."): "Mark" may be the verb.
 */
export function givenAtLineStart(text: string, start: number, end: number, low: string): boolean {
  const after = text.slice(end, end + 6);
  if (/^(?:\s*[,:;]|\s*$|\s*\n|\s+and\s)/.test(after)) return true;
  return /^[.!]\s*(?:\n|$)/.test(after) && !WORDLIKE_GIVEN.has(low) && (start === 0 || text[start - 1] === '\n');
}

/**
 * A listed given name ending a run of two one-word names joined by "and", then a plural verb: both are people ("Mercedes and Dan
 * are"); not "Pratt and Whitney builds", "Marks and Spencer every week", "players like Fortress and Alden are". (`from`, `end`: the name's tokens in the run `ts`.)
 */
export function pairedGiven(text: string, ts: Token[], from: number, end: number, L: LexiconSets | null): boolean {
  if (from !== 2 || end !== 3 || ts.length !== 3 || ts[1]!.text !== 'and' || !givenAlone(ts[2]!.low, L)) return false;
  // (Not the object of a preposition or examples: "players like Fortress and Alden are".)
  const w = wordBefore(text, ts[0]!.start);
  return !(w && (GOVERNING.has(w) || w === 'the' || w === 'as')) && PLURAL_VERB.test(text.slice(ts[2]!.end, ts[2]!.end + 8));
}
const PLURAL_VERB = /^ (?:are|were|have|both|do)\b/;

/**
 * A surname of the Irish O' shape ("O'Keefe", "O'Brien"), counted as a listed given name is: a person's where it stands alone mid-
 * sentence ("a replacement for O'Keefe"); not before a possessive "s" ("O'Doul's", "O'Charley's"), nor a known place ("O'Hare").
 */
export function irishSurname(text: string, span: Span): boolean {
  return IRISH_O.test(text.slice(span.start, span.end)) && !/^ ?['\u2019]s\b/.test(text.slice(span.end, span.end + 4));
}
const IRISH_O = /^O['\u2019]\p{Lu}\p{Ll}{2,}$/u;
/** A listed given name, or an O' surname (name-scan.ts). */
export const soleGiven = (text: string, span: Span, low: string, L: LexiconSets | null): boolean => !!L?.soleGivenNames.has(low) || irishSurname(text, span);
/** givenAlone, or an O' surname after `pre` — not "with" or "by", after which a firm so named stands as often ("a book with O'Reilly") (name-scan.ts). */
export const givenAloneAt = (text: string, span: Span, low: string, L: LexiconSets | null, pre: string): boolean =>
  givenAlone(low, L) || (pre !== 'with' && pre !== 'by' && irishSurname(text, span));

/** A given name that is no everyday word and no known place ("Alexander", not "Grace" or "Florence"). */
export const givenAlone = (low: string, L: LexiconSets | null) => !!L && L.soleGivenNames.has(low) && !WORDLIKE_GIVEN.has(low) && !L.knownPlaces.has(low);

/** The words that introduce the name in its clause: "Politico's", "European Commission President". */
export function descriptorBefore(text: string, at: number, L: LexiconSets | null): string | null {
  const lead = text.slice(Math.max(0, at - 60), at);
  const clause = lead.slice(clauseStart(lead));
  const words = clause.trim().split(/\s+/).filter(Boolean).slice(-4);
  if (!words.length) return null;
  // Keep only the capitalised/possessive tail ("Politico's", "analyst") — not verbs or articles.
  const tail: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (UPPER_START.test(w) || isRole(w.toLowerCase().replace(/\.$/, ''), L) || /['\u2019]s$/.test(w)) tail.unshift(w);
    else break;
  }
  return tail.length ? tail.join(' ') : null;
}

/**
 * Where the last clause of `lead` starts: lead.split(/[,;:.!?"\u201c\u201d()\n]|\b(?:and|said|that|but|while|as)\b/).pop(), read
 * backwards by hand (the split asked its regex at each of the 60 characters, for every name the person finder met first). The
 * separators never overlap — a punctuation mark, or a whole ASCII word run — so the last clause follows the rightmost of them.
 */
function clauseStart(lead: string): number {
  for (let i = lead.length - 1; i >= 0;) {
    const c = lead.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201c || c === 0x201d || c === 40 || c === 41 || c === 10)
      return i + 1;
    if (!asciiWord(c)) {
      i--;
      continue;
    }
    let s = i;
    while (s > 0 && asciiWord(lead.charCodeAt(s - 1))) s--;
    if (i - s <= 4 && CLAUSE_WORDS.has(lead.slice(s, i + 1))) return i + 1;
    i = s - 1;
  }
  return 0;
}
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['and', 'said', 'that', 'but', 'while', 'as']);
/** \w without the u flag: [A-Za-z0-9_]. */
const asciiWord = (k: number): boolean => k === 95 || (k >= 48 && k <= 57) || ((k | 32) >= 97 && (k | 32) <= 122);

/**
 * The words of tokens [from, to) without initials ("Jennifer M. Anderson" → Jennifer, Anderson).
 * Pushed, not sliced, filtered and mapped: a mapped array's shape varied, and the compiled person
 * finder deopted reading it.
 */
export function nameParts(ts: Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from, end = Math.min(to, ts.length); k < end; k++) if (!INITIAL.test(ts[k]!.text)) out.push(ts[k]!.text);
  return out;
}
const INITIAL = /^\p{Lu}\.$/u;

/** What the person finder reads around a name (made once: a \p regex literal in a function is rebuilt per call where it is lowered to `new RegExp`). */
export const AROUND_NAME = {
  /** A lower-case word right after the name ("Armenian officials"). */
  lowerNext: /^\s+\p{Ll}/u,
  /** The role word of an appositive after the name (", a senior adviser"). */
  appositiveRole: /^,\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}+)\b/u,
  /** ", who", or an appositive of up to four words and then "who" (", the frozen mummy who"; not ", the report found those who"). */
  whoAfter: /^,\s+(?:(?:the|a|an)\s+(?:(?!(?:those|these|them|people|others|many|some|all|one|ones)\s)[\p{L}'\u2019-]+\s+){0,3}?)?(?:who|whose)\b/u,
  /** The appositive's noun right before its "who" (", the company who" is a firm's, ORGANISATION_BACK_NOUNS). */
  nounBeforeWho: /(\p{Ll}+)\s+(?:who|whose)\b/u,
  /** A verb right after the name ("Suzanne is", "Harlan provides"). */
  verbNext: /^\s+(?:is|was|has|had|will|would|can|could|does|did|\p{Ll}{3,}s)\s/u,
  /** A government named after its leader ("Bush administration"). */
  administration: /^\s+(?:administration|presidency)\b/,
  /** A possessive right before the name ("Smith's Jones"). */
  possessiveBefore: /\p{L}['\u2019]s\s$/u,
  /** …not a contraction of "is" ("What's Worth Noting About Amp", "It's Time"). */
  contractionBefore: /\b(?:what|that|it|there|here|who|he|she|where|how|let|when|why)['\u2019]s\s$/i,
};
const UPPER_START = /^\p{Lu}/u;
