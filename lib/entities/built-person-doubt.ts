import type { EntityResult, Span } from '../types';
import type { LexiconSets } from './lexicon-sets';
import { pronounAfter } from './pronoun-evidence';
import { COMMON_SPEECH_FORMS, speechAlternation } from '../text/speech-verbs';
import { LIFE_NOUN_AFTER } from './person-evidence';
import { placeAfterComma } from './built-place-doubt';
import { namedAsThing } from './built-person-things';
import { WORK_MAKERS, agentPair } from './agent-pairs';
import { WEAK_EVIDENCE } from './one-word';
import { FIRM_ACTS_PAST } from '../text/firm-verbs';
import { everydayWords, namedAsNoPerson, shapedAsThing } from './built-person-names';
import { thingByItsNeighbours } from './built-person-neighbours';
import { placeOrProduct } from './built-person-context';

/**
 * Article-built people whose evidence a reader would not accept as a person's (issue 18; the built-people audits,
 * tests/fixtures/links-judged-2026-12-07-s29.json, -s30.json and -s32.json, found firms, apps, products, headings' words, journals
 * and places among them). No card rather than a wrong card: what the article says of such a name, it says as readily of a thing.
 *
 *  - one word, no given name, made a person only by what a firm, a site or a product gets as readily — a speech verb ("Bankrate
 *    notes", "told Gizmodo", "Photo by Pixabay") or its shape alone; or a verb of a life or a list with a person, where a firm's verb
 *    or a firm's list says the thing ("Metasploit released", "Soliant offers") — and nothing in the article is a person's: no "he" or
 *    "she" taking it up ("Dub had his water"), no quotation it speaks ("…,” Cooke said"), no "said" or a verb only people take
 *    ("Tarlo said", "Tarvell enrolled"), no title before it ("Emperor Meiji"), no word of a person named in full ("Abrams" after
 *    "J.J. Abrams"), no person beside it in a list ("Both Johnson and Corbyn");
 *  - one given name, alone or on such evidence, that the words around it make a thing's (givenAsThing: "Spotify or Pandora",
 *    "Anthropic's Claude");
 *  - two words or more typed by their shape alone, shaped as a product's (shapedAsThing: "Amazon Echo", "Canon R5 II") or listed between
 *    things ("Comcast, Condé Nast, Rivian"); or on any
 *    evidence, every word an everyday English word and no given name first (everydayWords: "Claims Adjuster", "Stack Overflow");
 *  - any: a journal's title before a reference's year ("Neurol Sci. 2021;42"), a compound adjective ("Taylor Swift-themed"), the
 *    pronoun "I" run into a name ("Ultimately I tell them").
 * Asked once per article of the built people (index.ts, after every finder); the dataset's people never reach it.
 */
export function withoutDoubtfulPeople(text: string, entities: EntityResult[], L: LexiconSets): void {
  let people: PeopleNamed | null = null; // (made on the first doubt: most articles have none)
  let w = 0;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    if (!(e.type === 'person' && !e.fromDataset && doubtfulPerson(text, e, L, () => (people ??= peopleNamed(text, entities))))) entities[w++] = e;
  }
  entities.length = w;
}

/** Weak evidence alone (one-word.ts WEAK_EVIDENCE, but for "he or she after the name", which is a person's; and the shape), as the card's why says it. */
const WEAK_WHY: ReadonlySet<string> = new Set(
  [...[...WEAK_EVIDENCE].filter((w) => w !== 'he or she after the name'), 'typed by naming conventions'].map((w) => `article-built: ${w}`),
);

function doubtfulPerson(text: string, e: EntityResult, L: LexiconSets, people: () => PeopleNamed): boolean {
  const name = e.name;
  if (e.mentions.every((m) => citedTitle(text, m.end)) || ADJECTIVE_WORD.test(name) || pronounI(text, name, e.mentions)) return true;
  const weak = WEAK_WHY.has(e.why ?? '');
  if (namedAsThing(text, e, weak || e.why === GIVEN_ONLY, L)) return true; // (a wake word, code, a work "by" its author, "the Mona Lisa": built-person-things.ts)
  // (A name shaped as no person's — an everyday word, a foreign place's words, a place of the article's run into it — or marked as a
  // thing's by the signs around it: built-person-names.ts.)
  const said = { spoken: () => personSomewhere(text, e.mentions), personal: () => e.mentions.some((m) => WHO_AFTER.test(text.slice(m.end, m.end + 64))) };
  if (namedAsNoPerson(text, e, L, weak || e.why === GIVEN_ONLY, () => people().places, said)) return true;
  // (A hyphenated word's piece, a model's code after it, one item of a list of things; a place's or a product's words: -neighbours.ts, -context.ts.)
  if (thingByItsNeighbours(text, e, L, weak || e.why === GIVEN_ONLY, people) || placeOrProduct(text, e, L, said.spoken)) return true;
  if (!ONE_WORD.test(name))
    return (
      (e.why === SHAPE_ONLY && (shapedAsThing(name, L, people().orgs) || e.mentions.every((m) => listedWithThing(text, m, L, people(), true)))) ||
      everydayWords(name, L)
    );
  if (L.givenNames.has(name.toLowerCase())) return (weak || e.why === GIVEN_ONLY) && e.mentions.some((m) => givenAsThing(text, m, L, people()));
  // (agent-pairs.ts's "refined by Heisenberg and Pauli" reports a speech verb's why, but its participles take a person's agent.)
  if (!weak || personSomewhere(text, e.mentions) || e.mentions.some((m) => titledAt(text, m.start, L) || agentPair(text, m))) return false;
  const p = people();
  if (p.words.has(name) || e.mentions.some((m) => listedWith(text, m, p))) return false;
  // (A verb of a life and a list with a person are what a surname in prose has as often — "Kipling also met", "Brooks and Carson had
  // finished" —: doubted only where a firm's verb or a firm's or a place's list says the thing.)
  if (e.why !== LIFE && e.why !== LISTED) return true;
  return e.mentions.some((m) => FIRM_VERB_AFTER.test(text.slice(m.end, m.end + 32)) || listedWithThing(text, m, L, p));
}
const LIFE = 'article-built: subject of a verb of a life';
const LISTED = 'article-built: listed with a person';
/**
 * What a firm, a site or a product does, as the subject's verb ("Metasploit released an exploit", "Amazon launched RDS", "Soliant
 * offers", "Canva established a fund"): a person does these far less often than a firm does.
 */
const FIRM_VERB_AFTER = new RegExp(
  String.raw`^\s+(?:\p{Ll}+ly\s+|also\s+|just\s+|has\s+|have\s+|had\s+)?(?:${[
    ...FIRM_ACTS_PAST,
    ...'produced published developed established offers offered provides provided sells manufactures manufactured introduced outperformed processed implemented revealed ranked rounded intends operates operated hosts ships shipped debuted rolled'.split(
      ' ',
    ),
  ].join('|')})\b`,
  'u',
);
const SHAPE_ONLY = 'article-built: typed by naming conventions';
const GIVEN_ONLY = 'article-built: given name';
const ONE_WORD = /^\S+$/;

/**
 * The people whose evidence stands — the dataset's, and names of two words or more — by their words ("Abrams" after "J.J. Abrams",
 * "Liu" after "Liu He") and by their mentions' ends, for a list's neighbour ("Both Johnson and Corbyn", "Trump, Farage, Meloni").
 */
interface PeopleNamed {
  words: Set<string>;
  starts: Set<number>;
  ends: Set<number>;
  /** Where the article's organisations and places start and end (the dataset's and the built ones). */
  thingStarts: Set<number>;
  thingEnds: Set<number>;
  /** What the article names as an organisation, in lower case ("amazon"); as a place or a country, the words it writes ("tokyo"). */
  orgs: Set<string>;
  places: Set<string>;
}
function peopleNamed(text: string, entities: readonly EntityResult[]): PeopleNamed {
  const out: PeopleNamed = {
    words: new Set(),
    starts: new Set(),
    ends: new Set(),
    thingStarts: new Set(),
    thingEnds: new Set(),
    orgs: new Set(),
    places: new Set(),
  };
  for (const e of entities) {
    if (e.type !== 'person') {
      if (e.type === 'organization') out.orgs.add(e.name.toLowerCase());
      const place = e.type === 'place' || e.type === 'country';
      for (const m of e.mentions) {
        if (place) out.places.add(text.slice(m.start, m.end).toLowerCase());
        out.thingStarts.add(m.start);
        out.thingEnds.add(m.end);
      }
      continue;
    }
    if (!e.fromDataset && ONE_WORD.test(e.name)) continue;
    for (const w of e.name.split(/\s+/)) out.words.add(w);
    for (const m of e.mentions) {
      out.starts.add(m.start);
      out.ends.add(m.end);
    }
  }
  return out;
}

/** A list's neighbour, right before or after the mention, is one of those people. */
function listedWith(text: string, m: Span, p: PeopleNamed): boolean {
  const b = JOINED_BEFORE.exec(text.slice(Math.max(0, m.start - 8), m.start));
  if (b && p.ends.has(m.start - b[0].length)) return true;
  const a = JOINED_AFTER.exec(text.slice(m.end, m.end + 8));
  return !!a && p.starts.has(m.end + a[0].length);
}
const JOINED_BEFORE = /(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$/;
const JOINED_AFTER = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)/;

/** Some mention is spoken of as a person: a "he" or "she" after it, a quotation it speaks. */
function personSomewhere(text: string, mentions: Span[]): boolean {
  let person = 0;
  let thing = 0;
  for (const m of mentions) {
    const after = text.slice(m.end, m.end + 64);
    if (pronounAfter(text, m.start, m.end) || quoteSpoken(text, m) || PERSON_VERB_AFTER.test(after) || WHO_AFTER.test(after)) return true;
    if (LIFE_NOUN_AFTER.test(after.replace(OWN, '$1')) || ROLE_APPOSITIVE.test(after) || CREATOR_BY.test(text.slice(Math.max(0, m.start - 16), m.start)))
      return true; // ("Rossington's own daughter", "Smith's death": a life's or kin's possessive)
    const k = pronounInSentence(text, m.end);
    if (k === 1) person++;
    else if (k === 2) thing++;
  }
  return person > thing;
}

/**
 * A verb only a person is the subject of, right after the name (perhaps after an adverb): "Tarlo said the plant would close",
 * "Watson says", "Gupta added that …", "Zencey argues that …", "Quorbel is saying", "…, adding that …", "Carr wrote the book",
 * "Tarvell enrolled", "Hale married" — not what a firm or a site does as readily ("Bankrate notes", "Canstar
 * reports", "Metasploit released", "Focal is"), nor a body's statement ("…, said in a statement").
 */
const PERSON_VERB_AFTER = new RegExp(
  String.raw`^(?:,\s+${speechAlternation(['add'], 'ing')}\s+that|\s+(?:\p{Ll}+ly\s+)?(?:(?:${COMMON_SPEECH_FORMS.join('|')})(?!\s+(?:in|on)\s+(?:a|an|the|that|its|their)\s+(?:\p{Ll}+\s+)?statement)|${speechAlternation(['add', 'explain', 'argue', 'insist', 'recall', 'admit', 'concede'], 'finite')}\s+that|${speechAlternation(['write'], 'finite')}|(?:is|was)\s+${speechAlternation(['say', 'tell'], 'ing')}|died|married|enrolled|studied|graduated|retired|resigned|fled|fought|sang|starred|taught|grew\s+up|was\s+born))\b`,
  'u',
);

/**
 * The first pronoun after the mention in its own sentence, where no other capitalised word stands between that it could be
 * about: 1 a person's ("Dub had his water", "a guildknight named Yeva killed her first dragon"), 2 a thing's or a group's ("the
 * report that Amazon produced … in their region"), 0 none ("Belotti interrogated the report that Amazon produced. His post …":
 * the next sentence may be about somebody else).
 */
function pronounInSentence(text: string, end: number): 0 | 1 | 2 {
  const m = PRONOUN_AHEAD.exec(text.slice(end, end + 160));
  return !m ? 0 : m[1] ? 1 : 2;
}
const PRONOUN_AHEAD = /^[^.!?\n\p{Lu}]*?\b(?:(he|his|him|himself|she|her|hers|herself)|(it|its|itself|they|their|them|themselves))\b/u;

/**
 * A title of four letters or more, capitalised, right before ("Emperor Meiji", "Chairman Schiff", "Coach Vogel"): not a title that
 * is an adjective's or a rank's word as often ("General Studies", "Gen Zers", "Master", "Chief").
 */
function titledAt(text: string, start: number, L: LexiconSets): boolean {
  const m = TITLE_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (!m) return false;
  const low = m[1]!.toLowerCase();
  return L.titles.has(low) && !TITLE_ADJECTIVES.has(low);
}
const TITLE_BEFORE = /(?<![\p{L}-])(\p{Lu}\p{Ll}{3,})\s$/u;
const TITLE_ADJECTIVES: ReadonlySet<string> = new Set('general major chief senior junior master fellow private grand great first'.split(' '));

/**
 * ", who …", ", an 18 year old who …": a relative clause of a person after the name (a firm is "which" or "that").
 */
const OWN = /^(['\u2019]s)\s+own\b/;
/**
 * ", a goat herder.", ", an Ethiopian farmer,", ", the director;": an appositive ending in a noun of one who does something (-er, -or,
 * -ist, -ian) where the phrase ends — a person's role ("Roccat, a maker of gaming mice" goes on with "of": a firm's line).
 */
const ROLE_APPOSITIVE = /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?\p{Ll}{2,}(?:er|or|ist|ian)[,.;)]/u;
/** "Chosen by Esmay", "Picked by Rai", "illustrated by Mill", "written by Okafor": a choice's or a work's maker, a person's act. */
const CREATOR_BY = new RegExp(String.raw`\b(?:chosen|picked|curated|${WORK_MAKERS})\s+by\s$`, 'i');
const WHO_AFTER = /^,\s+(?:(?:a|an|the)\s[^,.;:]{0,40}?\s)?who\b/u;

/** "…,” Cooke said", "“…,” says Richter", "Schiff asked. “That's …": a quotation's close right before the name, or an opening after its verb. */
function quoteSpoken(text: string, m: Span): boolean {
  return QUOTE_CLOSED.test(text.slice(Math.max(0, m.start - 24), m.start)) || QUOTE_OPENS.test(text.slice(m.end, m.end + 24));
}
const QUOTE_CLOSED = /[,.!?]["\u201d\u2019']\s+(?:\p{Ll}+\s+)?$/u;
const QUOTE_OPENS = /^\s+\p{Ll}+[,:.]?\s+["\u201c]/u;

/**
 * A one-word given name with no other evidence that the words around it make a thing's (what a reader takes it for):
 *  - listed with an organisation or a place ("Spotify or Pandora", "Google, Alexa, Siri", "Charleston, Savannah, St. Simons Island",
 *    "Madeira, Vermouth, Sherry, Marsala"): a list holds things of one kind;
 *  - after another name's possessive ("Anthropic's Claude", "Google's Jules"): a firm's product; a person is named in full there
 *    ("Anthropic's Dario Amodei") or by a kin or a role word ("his wife Michelle");
 *  - before a model's code ("a Scarlett 2i2 interface", "Kia EV6", "Genesis GV60"): a product line's name.
 */
function givenAsThing(text: string, m: Span, L: LexiconSets, p: PeopleNamed): boolean {
  const before = text.slice(Math.max(0, m.start - 48), m.start);
  const after = text.slice(m.end, m.end + 48);
  if (MODEL_AFTER.test(after) || OWNER_BEFORE.test(before)) return true;
  if (placeAfterComma(text, m.end, L)) return true; // ("Cary, North Carolina", "Charlotte, United States": a town before its state)
  return listedWithThing(text, m, L, p);
}

/**
 * Listed with an organisation or a place of the article's, or a well-known one, right before or after the mention; with `both`, on
 * both sides ("Comcast, Condé Nast, Rivian": a name of two words, whose neighbour on one side may be a person's affiliation —
 * "the Senate, Bukola Saraki, Senator …", "Britain’s Andy Murray").
 */
function listedWithThing(text: string, m: Span, L: LexiconSets, p: PeopleNamed, both = false): boolean {
  const before = text.slice(Math.max(0, m.start - 48), m.start);
  const after = text.slice(m.end, m.end + 48);
  // (A comma alone joins a list only where the list goes on — past the name or past the neighbour: "Like Singapore, Adeline may …"
  // fronts a phrase; "adidas, Nike, Pandora" is a list.)
  const b = LISTED_BEFORE.exec(before);
  const a = LISTED_AFTER.exec(after);
  if (b && (b[2]!.trim() !== ',' || !!a || LIST_GOES_BACK.test(before.slice(0, before.length - b[0].length)))) {
    if (p.thingEnds.has(m.start - b[0].length + b[1]!.length) || knownThing(b[1]!, L)) {
      if (!both) return true;
    } else if (both) return false;
  } else if (both) return false;
  if (!a) return false;
  const goesOn = a[1]!.replace(POSSESSIVE, '').trim() !== ',' || !!b || LIST_GOES_ON.test(after.slice(a[0].length));
  return goesOn && (p.thingStarts.has(m.end + a[0].length - a[2]!.length) || knownThing(a[2]!, L));
}
const POSSESSIVE = /^['\u2019]s/;
/** The list goes on before the neighbour ("adidas, Nike, …") or after it ("…, Macy’s, Kellogg’s, NBC"). */
const LIST_GOES_BACK = /(?:,|\sand|\sor|&)\s*$/;
const LIST_GOES_ON = /^(?:['\u2019]s)?(?:,|\s+(?:and|or|&)\s)/;
/** A model's code: letters and digits mixed in one word ("2i2", "EV6", "GV60", "X1"). */
const MODEL_AFTER = /^\s(?=[\p{L}\d-]*\d)(?=[\p{L}\d-]*\p{L})[\p{L}\d-]+\b/u;
/** A capitalised name's possessive right before ("Anthropic's ", "Google’s "). */
const OWNER_BEFORE = /\p{Lu}[\p{L}\d]*['\u2019]s\s$/u;
/** The list's neighbour before: one to three capitalised words (group 1), then a comma, "and", "or" or "&" (group 2). */
const LISTED_BEFORE = /(\p{Lu}[\p{L}\d.&'\u2019-]*(?:\s\p{Lu}[\p{L}\d.&'\u2019-]*){0,2})(,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$/u;
/** The list's neighbour after: a comma, "and", "or" or "&" (group 1), then one to three capitalised words (group 2). */
const LISTED_AFTER = /^((?:['\u2019]s)?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+))(\p{Lu}[\p{L}\d.&'\u2019-]*(?:\s\p{Lu}[\p{L}\d.&'\u2019-]*){0,2})/u;
/** A well-known organisation, company or place by the word lists (the neighbour may be no entity of the article's). */
function knownThing(name: string, L: LexiconSets): boolean {
  const low = name.toLowerCase();
  return L.knownOrgs.has(low) || L.companies.has(low) || L.knownPlaces.has(low) || L.cities.has(low);
}

/**
 * "Neurol Sci. 2021;42:1325–34", "Annu Rev Med. 2021;72:45–62": a reference's year and volume after the name — a journal's
 * title, abbreviated, in a list of references.
 */
const citedTitle = (text: string, end: number): boolean => CITED_AFTER.test(text.slice(end, end + 12));
const CITED_AFTER = /^\.?\s(?:19|20)\d\d\s?;/;

/**
 * "Taylor Swift-themed", "Southern-fried Sherlock", "Oeko-Tex-certified Tencel": a word ending in a participle after its hyphen is
 * an adjective ("Cheuk Hau-yip", "Shin Chang-ho" are names' syllables).
 */
const ADJECTIVE_WORD = /\p{L}-\p{Ll}{2,}(?:ed|ing)(?![\p{L}-])/u;

/** "Ultimately I tell them", "Brown I look forward": the pronoun "I" ending the name, before its verb ("Sadri I, Nikookheslat SD" is an author's initial). */
function pronounI(text: string, name: string, mentions: Span[]): boolean {
  // (A verb in the present or a modal after it — "I tell", "I look", "I will" —: "Amyntas I accepted", "Henry I was" are a king's
  // regnal number before the story's past tense.)
  return name.endsWith(' I') && mentions.every((m) => VERB_AFTER_I.test(text.slice(m.end, m.end + 24)));
}
const VERB_AFTER_I = /^ (?!was\b|had\b|\p{Ll}+ed\b)\p{Ll}/u;
