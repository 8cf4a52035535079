import type { EntityResult, Span } from '../types';
import { pronounAfter } from './pronoun-evidence';
import { officeWord } from './one-word';
import type { LexiconSets } from './lexicon-sets';

/**
 * Article-built people whose NAME, or the signs right by it, read as no person's, whatever the sentence says of it (issue 18; the
 * built-people audits, tests/fixtures/links-judged-2026-12-07-s29.json, -s30.json, -s32.json and
 * built-people-judged-2026-12-07-seed38.json: the wrong cards that the evidence rules of built-person-doubt.ts kept were mostly names
 * shaped so). The rules read the name, the marks around it and what else the article names — not one sentence's words — so that
 * they hold on pages nobody read. Asked once per built person from built-person-doubt.ts (namedAsNoPerson):
 *
 *  - markedAsThing: a trade mark's sign after it, one word in single quotation marks, a price after it (a product, a cultivar, a
 *    song's title, a line in a price list);
 *  - writtenLower: one word on a given name's or its shape's evidence alone that the article also writes in lower case inside
 *    its sentences ("Jack stands" beside "the jack under the frame");
 *  - determinedOneWord: one word after an article or a determiner at every mention, on weak evidence ("a Hugo award");
 *  - everydayWord: one word that is an everyday English word and no given name ("Tip", "Join", "Python", "Stay", "Woman", "Golf",
 *    "Teams"): a heading's, a list item's, a product's or an imperative's word capitalised — a person only where the article
 *    speaks of it as one ("Dub had his water") or the sentence makes it a surname (surnameInProse: "…, and Cross purchased it");
 *  - foreignLead: two words or more opened by a Romance (or Thai) article, preposition or place word ("Petit Verdot", "Corso
 *    Monforte", "Chateau Bellecru", "Santa Barbara", "St Emilion", "Tha Phraya"): a place's, a wine's, a street's or a house's name;
 *  - verbFirst: a verb's form or a superlative first ("Using Claude", "Welcoming Damian", "Dearest Erin"): a heading's or a
 *    greeting's words run into a name;
 *  - placeInName: on weak evidence, two words or more whose first word the article names as a place on its own and is no given
 *    name ("Tokyo Metro" beside "Tokyo", "Ukraine Marie Yovanovitch", "Taos Pueblo"): a place's line, sight or house, or a place
 *    run into the name after it — not "India Doris" (the place's word alone before one given name: a given name the lexicon
 *    lacks). A place's word last is a surname as often ("media mogul, Debola Lagos" in a story from Lagos): not asked.
 * The shape rules of two words or more moved here from built-person-doubt.ts (shapedAsThing, everydayWords) are asked there.
 */
/**
 * Asked for each article-built person (built-person-doubt.ts): `weak` when its evidence is a given name's, its shape or what a firm
 * gets as readily; `places` the words the article names as a place or a country; `said` what the article says of it as of a person
 * (a "he" or "she", a quotation, "said": `spoken`; a relative "who": `personal`).
 */
export function namedAsNoPerson(
  text: string,
  e: EntityResult,
  L: LexiconSets,
  weak: boolean,
  places: () => ReadonlySet<string>,
  said: { spoken: () => boolean; personal: () => boolean },
): boolean {
  const name = e.name;
  const one = !name.includes(' ');
  if (markedAsThing(text, name, e.mentions)) return true;
  if (one && (e.why === GIVEN_ONLY || e.why === SHAPE_ONLY) && writtenLower(text, name, L)) return true;
  if (weak && determinedOneWord(text, name, e.mentions)) return true;
  if (everydayWord(name, L) && !said.spoken() && !e.mentions.some((m) => surnameInProse(text, m, L))) return true;
  // (A saint's name is a person's: "Saint Canice, who also gave his name to the town".)
  if (foreignLead(name, L) && !said.personal() && !e.mentions.some((m) => pronounAfter(text, m.start, m.end))) return true;
  return verbFirst(name, L) || (weak && placeInName(name, places(), L));
}
const GIVEN_ONLY = 'article-built: given name';
const SHAPE_ONLY = 'article-built: typed by naming conventions';

/** The first word a form in "-ing", "-ed" or "-est" of an everyday word, and no given name ("Using", "Welcoming", "Dearest"). */
function verbFirst(name: string, L: LexiconSets): boolean {
  const sp = name.indexOf(' ');
  if (sp < 0) return false;
  const first = name.slice(0, sp).toLowerCase();
  const m = VERB_FORM.exec(first);
  if (!m || L.givenNames.has(first)) return false;
  const stem = m[1]!;
  // ("using": "use"; "leaping": "leap"; "dearest": "dear"; "discounted": "discount"; "sitting": "sit" — not "sibling", "Ahmed", "Irving".)
  return L.everyday.has(stem) || L.everyday.has(stem + 'e') || (DOUBLED.test(stem) && L.everyday.has(stem.slice(0, -1)));
}
const VERB_FORM = /^(\p{Ll}{2,})(?:ing|ed|est)$/u;
const DOUBLED = /([b-df-hj-np-tv-z])\1$/;

/** One word, an everyday English word and no given name. */
function everydayWord(name: string, L: LexiconSets): boolean {
  if (name.includes(' ')) return false;
  const low = name.toLowerCase();
  return L.everyday.has(low) && !L.givenNames.has(low);
}

/**
 * What keeps an everyday word a surname or a given name the lexicon lacks, at one mention (the caller asks too for a "he" or "she",
 * a quotation, "said"): the subject of a past tense in mid-sentence ("…, and Cross purchased it in 1862", "when Flair was on the
 * committee": a heading's or a list item's word opens its line, an imperative its sentence — "Stay tuned", "Serve chilled"); a
 * leader's term after it ("the Bush administration"); given names on both sides of it in a list ("Steve, Rod and Elyse"; a list of things may hold one: "Cursor, Copilot, Claude").
 */
function surnameInProse(text: string, m: Span, L: LexiconSets): boolean {
  const after = text.slice(m.end, m.end + 40);
  if (TERM_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  if (MID_SENTENCE.test(before)) {
    const v = PAST_AFTER.exec(after);
    if (v && (v[1]!.endsWith('ed') ? !ADJECTIVE_PARTICIPLES.has(v[1]!) : L.lifeVerbs.has(v[1]!))) return true;
  }
  // ("Judge Rice ruled", "Mr. Cross": an honorific or an office before it — "MS Teams", in capitals, is a firm's.)
  const t = TITLE_BEFORE.exec(before);
  if (t && titleAt(t)) return true;
  const b = GIVEN_BEFORE.exec(before);
  const a = GIVEN_AFTER.exec(after);
  return !!b && !!a && L.soleGivenNames.has(b[1]!.toLowerCase()) && L.soleGivenNames.has(a[1]!.toLowerCase());
}
const TERM_AFTER = /^\s+(?:administration|government|presidency|cabinet|campaign|doctrine|regime|era)\b/;
/** A lower-case word or a comma right before: inside a sentence, not at a line's, a heading's or a sentence's start, nor after a capitalised word. */
const MID_SENTENCE = /(?:(?:^|[^\p{L}])\p{Ll}+|,)\s+$/u;
/**
 * A past tense after the name, perhaps after an adverb ("Cross purchased", "Cope wanted", "Blunt began", "Flair was": in "-ed" or a
 * verb of a life of the lexicon's), not a participle that makes a compound adjective with a noun ("Woman owned", "Better suited",
 * "Frequently asked", "Chromium based").
 */
const PAST_AFTER = /^\s+(?:\p{Ll}+ly\s+|also\s+)?(\p{Ll}{2,})\b/u;
const ADJECTIVE_PARTICIPLES: ReadonlySet<string> = new Set(
  'owned based suited asked related sized led priced rated powered certified approved inspired focused oriented denied tested'.split(' '),
);
/** A capitalised word standing alone right before (group 1), with its stop (group 2): "Judge ", "Mr. ", "Sen. " — not "M&Ms. ". */
const TITLE_BEFORE = /(?:^|[\s("\u201c])(\p{Lu}\p{L}+)(\.?)\s+$/u;
/** An honorific of three letters or fewer is one with its stop ("Sen.", "Gen.") or as Mr, Mrs, Ms and Dr are written without ("Gen Con" is a fair's name); "Lady" names plants and birds as often ("Lady Palm"). */
const titleAt = (t: RegExpExecArray): boolean => {
  const w = t[1]!;
  const low = w.toLowerCase();
  return w !== w.toUpperCase() && low !== 'lady' && (w.length > 3 || !!t[2] || BARE_HONORIFICS.has(low)) && officeWord(low);
};
const BARE_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr']);
const GIVEN_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$/u;
const GIVEN_AFTER = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(\p{Lu}\p{Ll}+)(?![\p{L}])/u;

/** Two words or more, the first a Romance (or Thai) article's, preposition's or place word's (FOREIGN_LEADS). */
function foreignLead(name: string, L: LexiconSets): boolean {
  const sp = name.indexOf(' ');
  if (sp < 0) return false;
  const first = name.slice(0, sp).toLowerCase();
  return FOREIGN_LEADS.has(first) && !L.givenNames.has(first);
}
/**
 * Words that open a place's, a house's or a wine's name in French, Spanish, Italian, Portuguese or Thai, and no English given name
 * ("Les" is one: "Les Blank", "Les Moonves"), nor a surname's particle ("Du Bellay", "Del Potro", "La Russa", "Le Pen", "El Chapo").
 */
const FOREIGN_LEADS: ReadonlySet<string> = new Set(
  (
    'au aux los las il lo san santa santo são sao saint sainte st petit petite grand grande ' +
    'bon bonne chez rue calle corso via viale piazza casa maison chateau château domaine bodega playa puerto porto ponte pont mont ' +
    'monte tha wat'
  ).split(' '),
);

/** The first word a place of the article's (`places`) and no given name (see the rules above). */
function placeInName(name: string, places: ReadonlySet<string>, L: LexiconSets): boolean {
  if (places.size === 0 || !name.includes(' ')) return false;
  const ws = name.toLowerCase().split(/\s+/);
  const first = ws[0]!;
  if (L.givenNames.has(first)) return false;
  return places.has(first) && (ws.length > 2 || !L.givenNames.has(ws[1]!));
}

/**
 * A name of two words or more that only its shape made a person's, shaped as a thing's (moved from built-person-doubt.ts):
 *  - its first word is an organisation, well known or the article's (`orgs`: "Amazon Echo", "Adobe Photoshop", "Wix Harmony"): the
 *    firm's product (a person is not named after a firm);
 *  - a model's code in it ("Nikon Z6 III", "Canon R5 II").
 */
export function shapedAsThing(name: string, L: LexiconSets, orgs: ReadonlySet<string>): boolean {
  const ws = name.split(/\s+/);
  const first = ws[0]!.toLowerCase();
  if (L.givenNames.has(first)) return false;
  return L.knownOrgs.has(first) || L.companies.has(first) || orgs.has(first) || ws.some((w) => MODEL_WORD.test(w));
}
/** A word of capitals and digits ("Z6", "R5", "EV6"): a model's code ("Eudes IV", "Amyntas II" are a ruler's numeral, no model's). */
const MODEL_WORD = /^(?=\p{L}*\d)\p{Lu}[\p{L}\d]*\d[\p{L}\d]*$/u;

/**
 * "Claims Adjuster", "Managing Principal", "Black Girls": every word an everyday English word and the first no given name — a job's
 * title, a heading's words or a thing's name capitalised, not a person's ("Will Moy", "Rose Brown" have a given name first).
 */
export function everydayWords(name: string, L: LexiconSets): boolean {
  const ws = name.toLowerCase().split(/\s+/);
  return !L.givenNames.has(ws[0]!) && ws.every((w) => L.everyday.has(w));
}

/**
 * What stands right by every mention marks a product, a variety or a work, never a person:
 *  - a trade mark's sign after it ("NVIDIA® Pascal™ architecture", "a Don Victor® honey jar");
 *  - one word alone in single quotation marks ("C. alpina ‘Constance’", "But it is ‘Nadia’, with its sample …"): a garden
 *    variety's, a song's or a work's title (double ones are a name written as a word, "write “Anastasia” on the cup", or a
 *    nickname inside a full name, "Mira “Coach Mira” Simon");
 *  - a price after it ("Nemo Switchback [$49.95]", "the Mark II $3,400", "M.C. Dean $1.3B"): a product's or a firm's line in a list.
 */
function markedAsThing(text: string, name: string, mentions: readonly Span[]): boolean {
  if (mentions.some((m) => TRADE_MARK.has(text.charCodeAt(m.end)))) return true;
  const one = !name.includes(' ');
  return mentions.every(
    (m) =>
      (one &&
        OPEN_QUOTES.has(text.charCodeAt(m.start - 1)) &&
        CLOSE_QUOTES.has(text.charCodeAt(m.end)) &&
        !ADDRESS_AFTER.test(text.slice(m.end + 1, m.end + 4))) ||
      PRICE_AFTER.test(text.slice(m.end, m.end + 12)),
  );
}
/** An e-mail's address after a quoted name ('"Andre" <webmaster@…>'): the sender's display name. */
const ADDRESS_AFTER = /^\s*[<(]/;
const TRADE_MARK: ReadonlySet<number> = new Set([0x2122, 0xae, 0xa9]); // ™ ® ©
const OPEN_QUOTES: ReadonlySet<number> = new Set([0x2018, 0x27]); // ‘ '
const CLOSE_QUOTES: ReadonlySet<number> = new Set([0x2019, 0x27]); // ’ '
/** " $1.3B", " [$49.95]", " ($$$)": an amount of money, or a price band, right after the name. */
const PRICE_AFTER = /^\s*(?:[[(]\s*)?(?:[$€£¥]\s?\d|[$€£]{1,4}\s*[\])])/u;

/**
 * A one-word name on no evidence but its shape or a given name's, that the article also writes in lower case as a word inside
 * its sentences ("Foster parenting" beside "to foster loyalty", "Jack stands" beside "the jack under the frame", "Sherry (Spain)"
 * beside "styles of sherry are dry", "Dan" on an Indonesian page beside "memahami dan mengamalkan"): the word, capitalised at a
 * line's or a list item's start — a person is not written both ways. Not where informal writing puts a name in lower case: in an
 * address ("julie@…"), after "by" or a greeting ("Posted by darin", "thanks jen"), at a line's end, or beside another given name
 * ("max and jen are looking for you").
 */
function writtenLower(text: string, word: string, L: LexiconSets): boolean {
  const low = word.toLowerCase();
  if (low === word) return false;
  for (let i = text.indexOf(low); i >= 0; i = text.indexOf(low, i + 1)) {
    const j = i + low.length;
    if (WORD_SIDE.test(text[i - 1] ?? '') || WORD_SIDE.test(text[j] ?? '') || ADDRESS_NEXT.test(text.slice(j, j + 2))) continue;
    const before = LOWER_BEFORE.exec(text.slice(Math.max(0, i - 16), i));
    const after = LOWER_AFTER.exec(text.slice(j, j + 16));
    if (!before || !after || NAME_LEADS.has(before[1]!)) continue;
    if (JOINERS.has(before[1]!) ? nameBefore(text, i - before[0].length, L) : JOINERS.has(after[1]!) && L.soleGivenNames.has(after[2] ?? '')) continue;
    return true;
  }
  return false;
}
/** A letter, a digit or an address's joiner beside the word ("julie@…", "www.jen.com", "jen_smith"): part of an address or a handle, not the word. */
const WORD_SIDE = /[\p{L}\d@/_-]/u;
const ADDRESS_NEXT = /^[.:]\S/u;
/** A lower-case word right before, one space on (group 1); one right after (group 1), and the word after that (group 2). */
const LOWER_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+) $/u;
const LOWER_AFTER = /^ (\p{Ll}+)(?: (\p{Ll}+))?/u;
const NAME_LEADS: ReadonlySet<string> = new Set(['by', 'from', 'cc', 'to', 'thanks', 'thank', 'love', 'hi', 'hey', 'dear', 'ask', 'tell', 'call']);
const JOINERS: ReadonlySet<string> = new Set(['and', 'or']);
const LAST_LOWER = /(\p{Ll}+)$/u;
/** A given name in lower case right before `at` ("max and …"). */
function nameBefore(text: string, at: number, L: LexiconSets): boolean {
  const m = LAST_LOWER.exec(text.slice(Math.max(0, at - 16), at));
  return !!m && L.soleGivenNames.has(m[1]!);
}

/**
 * A one-word name after an article or a determiner at every mention ("a Hugo award", "decant their Joe", "this Eurogame", "a
 * Montessori bed"): a thing's or a kind's name — a person's one word takes none ("his Joe", "my Dawn" are kin's words, not counted).
 */
const determinedOneWord = (text: string, name: string, mentions: readonly Span[]): boolean =>
  !name.includes(' ') && mentions.every((m) => DETERMINER_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)));
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:a|an|their|its|your|our|this|these|those|every|any)\s$/u;
