import type { Span } from '../types';
import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import type { ArticleWords } from './article-words';
import { everydayWord } from './one-word';
import { ACRONYM_SHAPE, ORGANISATION_BACK_NOUNS } from '../text/words';
import { inDateline } from './outlet-context';
import { companyContext } from './listed-names';
import { inListOfCompanies } from './company-lists';
import { namedByDomain } from './domain-names';
import { endsBeforeSpaces } from './hit-view';
import { bodyActsAfterThe } from './acronym-body';

/**
 * What news copy says of a firm or a body that it says of no person, asked of a name the finder has no other kind for
 * (other-names.ts; only candidates that got that far, never a pass over the text):
 *  - the name is the subject of a verb whose object is "its" ("BP shut its refinery", "Acme said its profit rose", "Zelvan
 *    has doubled its staff"): a person's own is "his" or "her";
 *  - the body's people right after its name, then their verb ("Greenpeace activists climbed", "Zelvan employees were told");
 *  - a firm's context ("shares of …", "a job at …", "… 's chief executive": listed-names.ts), or a member of a list of
 *    companies ("companies like Vorlane, Quist and smaller makers": company-lists.ts);
 *  - "party" after the name, in lower case, with a political adjective before or the party's people after ("the ruling
 *    Fatah party", "Zelvan party officials"): a party's name;
 *  - apposition to a kind of organisation ("The union, Unite, said", "Zelvan, a Tokyo-based carmaker, said"): also asked by
 *    the person finder (article-people.ts), which drops a person found by weak evidence only so placed;
 *  - a kind only bodies are, in lower case after the name and "the" before it ("the Zelvo union said", "the EIS union");
 *  - a team's noun after a plural name, "the" before it ("the Comets game", "the Giants fans");
 *  - a dateline's source, for a word in capitals ("WASHINGTON (AP) —": outlet-context.ts's patterns);
 *  - for a word in capitals, "the" before it and a body's act after it ("The NHS will offer the jab", "the RSPCA said": acronym-body.ts).
 * (Tried and not kept: "The" capitalised mid-sentence taken into an organisation's span, "from The Velmor Foundation" — the
 * held-out uner-ewt test's ORG F1 fell, 0.426 -> 0.422; "published by" / "a unit of" as a firm's context — no gain, and
 * "acquired by St. Martin's" cut short; a full name and "at" before ("Bruce Garcey at NiMo") — held-out news ORG F1 fell,
 * 0.788 -> 0.765, and most of its new mentions on real pages were wrong: "at Chapel Hill", "at Amazon $37", "at Top Speed".)
 */

/**
 * One verb (after an auxiliary or an adverb or two), then "its" or "that its". Not a conjunction, a preposition or a copula in
 * the verb's place ("Paris and its suburbs", "Venus at its brightest", "Kestrel was its name").
 */
const OWNS_ITS =
  /^\s+(?:(?:also|now|still|then|just|recently|has|have|had|will|would|could|\p{Ll}+ly)\s+){0,2}(?!(?:and|or|but|nor|in|at|on|of|for|with|from|to|by|into|as|than|like|is|was|are|were|be|been)\s)\p{Ll}+\s+(?:that\s+)?its\b/u;

/** Words that open a clause before its subject ("… and Acme shut its plant", "after Acme raised its offer"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set('and but while as when after because that since although though then so until once'.split(' '));
/** Suffixes of common nouns that are rarely parts of personal names or firms' ("Minimalism has its place", "Voice Control"). */
export const NOUN_END = /(?:tion|sion|ness|ity|ship|ism|ology|ware|ics)s?$/;
/** A participle or a past tense opening a name ("Rounding out its features", "Helped Zoomex relaunch its blog"). */
const VERB_FIRST = /[^aeiou](?:ing|ed)$/;

/**
 * The name at `span` (first word `first`, lower case; `before`: the word right before it, if any) is the subject of a verb whose
 * object is "its": it opens its clause — nothing before it in the sentence but punctuation or a conjunction (not "with Acme
 * Fabric enhances its …", "the OS implements its …", "Committee on Intelligence concluded its …") — and is no verb opening the sentence.
 */
export function ownsItsAfter(text: string, span: Span, first: string, before: string | null): boolean {
  if (before !== null && !CLAUSE_OPENERS.has(before)) return false;
  if (first.length >= 6 && VERB_FIRST.test(first)) return false;
  // ("Minimalism has its place": an abstract noun's.)
  if (NOUN_END.test(first)) return false;
  return OWNS_ITS.test(text.slice(span.end, span.end + 60));
}

/** Lists of things more than of firms ("platforms like Kubernetes", "tools such as …"): no evidence of a firm. */
const PRODUCT_LIST = /\b(?:platforms|tools|apps|services|software|frameworks|products)\s+(?:such\s+as|like|including)\s/;

/** What ends a list's member: a comma, "and", "or", a stop or a bracket (not "Crate & Barrel", "Rent the Runway": a longer name). */
const MEMBER_END = /^(?:[,.;:)!?]|\s+(?:and|or)\s|\s*$)/;

/**
 * A firm's context around the name (`acronym`: a word in capitals, which a firm's context is not enough for: "shares of LGBT+
 * adolescents", "acquisition of OT security leader …"), or a list of companies it stands in whole (not one of products).
 */
export function firmContext(text: string, span: Span, acronym = false): boolean {
  if (!acronym && companyContext(text, span)) return true;
  return (
    MEMBER_END.test(text.slice(span.end, span.end + 5)) &&
    inListOfCompanies(text, span) &&
    !PRODUCT_LIST.test(text.slice(Math.max(0, span.start - 160), span.start))
  );
}

/** Kinds that things are too ("ATP, the primary energy carrier", "the Stilosa, a budget espresso maker", "Jupiter, the gas giant"). */
const THINGS_TOO: ReadonlySet<string> = new Set(['carrier', 'maker', 'giant']);
/**
 * A kind of organisation in lower case ("the union", "the carmaker": words.ts; not "The Rocket Record Company, Kiki Dee": a name) and up
 * to three words before it ("a Tokyo-based", "the British"), none a preposition.
 */
const KIND = `(?:[Tt]he|[Aa]n?|[Ii]ts)\\s+(?:(?!(?:of|for|to|in|on|at|with|by|and|or|from)\\s)[\\p{L}-]+\\s+){0,3}?(${[...ORGANISATION_BACK_NOUNS].filter((w) => !THINGS_TOO.has(w)).join('|')})`;
/** "…, the union, " right before the name. */
const KIND_BEFORE = new RegExp(`\\b${KIND},\\s$`, 'u');
/** ", a Tokyo-based carmaker," right after it: the kind ends its phrase (not "Smith, a union leader", "Jones, the company's founder"). */
const KIND_AFTER = new RegExp(`^,\\s+${KIND}(?:[,.;:)]|\\s+(?:that|which|whose|based|owned|founded|known|in|with|and)\\b)`, 'u');
/** Kinds whose plural names peoples too ("the Caribs, one of the dominant Native American groups", "bands of hunters"). */
const PEOPLES_TOO: ReadonlySet<string> = new Set(['group', 'band']);
/** ", one of the companies hoping …", ", one of the largest Dutch banks": one of a kind of organisation, in the plural. */
const ONE_OF_KIND_AFTER = new RegExp(
  `^,\\s+one\\s+of\\s+(?:the|its|their)\\s+(?:(?!(?:of|for|to|in|on|at|with|by|and|or|from)\\s)[\\p{L}-]+\\s+){0,3}?(?:${[...ORGANISATION_BACK_NOUNS]
    .filter((w) => !THINGS_TOO.has(w) && !PEOPLES_TOO.has(w))
    .map((w) => (w.endsWith('y') ? w.slice(0, -1) + 'ies' : w + 's'))
    .join('|')})\\b`,
  'u',
);

/**
 * The name stands in apposition to a kind of organisation: "The union, Unite, said …", "Zelvan, a Tokyo-based carmaker, said …"
 * — an organisation's name, whatever verb follows ("said" makes people too).
 */
export function kindAppositive(text: string, span: Span): boolean {
  // (Offsets inside the text only: a read before its start or past its end — NaN, no comma anyway — threw away the compiled
  // firmBySentence, into which this is inlined, at the first name two characters from the start of a long article.)
  if (span.end < text.length && text.charCodeAt(span.end) === 44) {
    const after = text.slice(span.end, span.end + 64);
    if (KIND_AFTER.test(after) || ONE_OF_KIND_AFTER.test(after)) return true;
  }
  return (
    span.start >= 2 &&
    text.charCodeAt(span.start - 2) === 44 &&
    /^[,)]/.test(text.slice(span.end, span.end + 1)) &&
    KIND_BEFORE.test(text.slice(Math.max(0, span.start - 56), span.start))
  );
}

/** A team's own nouns in lower case after its name ("the Comets game", "the Halvers fans"): what a club has, no people nor a thing. */
const TEAM_NOUN_AFTER = /^ (?:game|games|match|fans|coach|roster|lineup|quarterback|pitcher)(?![\p{L}\p{N}-])/u;
/**
 * A team named in the plural, "the" before it and one of a team's nouns after it ("the Comets game", "the Red Halvers fans"):
 * a club's name, though its word is an everyday one ("the Giants game"). Not a people's plural ("the Americans fans": -ans).
 */
function teamBeforeNoun(text: string, span: Span, seg: Token[], before: string | null): boolean {
  const last = seg[seg.length - 1]!.text;
  return before === 'the' && /\p{Ll}s$/u.test(last) && !/ans$/.test(last) && TEAM_NOUN_AFTER.test(text.slice(span.end, span.end + 12));
}

/** A compound adjective first ("US-based McKinsey"): no word of the firm's name. */
const ADJECTIVE_HYPHEN = /-\p{Ll}+$/u;

/** A political adjective right before a name ("the ruling Fatah party", "the opposition Vanguard party"). */
const POLITICAL_BEFORE =
  /\b(?:ruling|opposition|governing|nationalist|Islamist|separatist|far-right|far-left|right-wing|left-wing|centre-right|center-right|centre-left|center-left|hardline)\s$/;
/** What a party has after its name and "party" ("the Fatah party leader", "Zelvan party officials"). */
const PARTY_PEOPLE_AFTER =
  /^ party\s+(?:leaders?|members?|officials?|chief|chairman|chairwoman|spokes(?:man|woman|person)|candidates?|congress|lawmakers|MPs)\b/;

/** The name, and "party" after it in lower case, name a political party: a political adjective before or the party's people after. */
function partyNamed(text: string, span: Span): boolean {
  if (!text.startsWith(' party', span.end) || /^\w/.test(text.slice(span.end + 6, span.end + 7))) return false;
  return POLITICAL_BEFORE.test(text.slice(Math.max(0, span.start - 16), span.start)) || PARTY_PEOPLE_AFTER.test(text.slice(span.end, span.end + 40));
}

/**
 * Kinds of body a name stands before, after "the" ("the Zelvo union said", "the EIS union", "the Brindle carmaker's profits"): a
 * body's name. Only kinds that name a body and nothing else: not "group", "network", "club" (a plant's, a drug's, a book's), nor
 * what a person leads as often ("the Biden administration", "the Harris campaign", "the Trump team").
 */
const KIND_AFTER_THE =
  /^ (?:union|company|firm|carmaker|automaker|bank|newspaper|startup|retailer|airline|insurer|publisher|broadcaster|ministry)(?![\p{L}\p{N}-])/u;
/** A people's or a language's adjective ("the Korean automaker", "the Swedish firm"): no name of the body. */
const DEMONYM = /(?:ian|ean|ese|ish|ic)$/;
/** The name is a body's by the kind in lower case after it, "the" before it; no word of it a demonym or a word the article writes in lower case. */
function kindAfterThe(text: string, span: Span, seg: Token[], before: string | null, words: ArticleWords): boolean {
  if (before !== 'the' || !KIND_AFTER_THE.test(text.slice(span.end, span.end + 16))) return false;
  return !DEMONYM.test(seg[seg.length - 1]!.low) && !words.someWrittenLower(seg);
}

/**
 * The name finder's segment `seg` (no kind found for it yet; `before`: the word before it) is a firm's or a body's by what the
 * sentence says of it: any, by "party" after it; a word in capitals by "its" or a list of companies; one word, not a given name nor a word the article
 * writes in lower case, and a name of two or three words (not after a compound adjective), by any of the evidence above.
 */
export function firmBySentence(text: string, seg: Token[], span: Span, before: string | null, L: LexiconSets, words: ArticleWords): boolean {
  const first = seg[0]!.low;
  if (armedGroup(text, span, seg) || partyNamed(text, span) || kindAppositive(text, span) || teamBeforeNoun(text, span, seg, before)) return true;
  if (seg.length === 1 && ACRONYM_SHAPE.test(seg[0]!.text))
    return (
      ownsItsAfter(text, span, first, before) ||
      firmContext(text, span, true) ||
      inDateline(text, span) || // ("WASHINGTON (AP) —": the agency)
      bodyActsAfterThe(text, span, before) || // ("The NHS will offer the jab": acronym-body.ts)
      kindAfterThe(text, span, seg, before, words) ||
      ((endsBeforeSpaces(text, span.start, 'of') || endsBeforeSpaces(text, span.start, 'the')) && // (MEMBER_OF_BEFORE ends so)
        MEMBER_OF_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)) &&
        !COORDINATED_AFTER.test(text.slice(span.end, span.end + 8)))
    );
  if (seg.length > 3 || ADJECTIVE_HYPHEN.test(seg[0]!.text)) return false;
  if (firmContext(text, span)) return true;
  if (seg.length === 1 && (L.givenNames.has(first) || everydayWord(first, (w) => words.writtenLower(w)))) return false;
  return (
    ownsItsAfter(text, span, first, before) ||
    bodysPeopleAfter(text, span, seg, before, L) ||
    kindAfterThe(text, span, seg, before, words) ||
    kindRightBefore(text, span, seg, L) ||
    domainOwner(text, span, seg, L)
  );
}

/**
 * A kind of body in lower case right before the name, no comma between ("satellite imaging company Keyhole", "private equity firm
 * Brelcor", "the record label Quillmark", "the tabloid Brellshaw"): the name's kind, said as English says it of a firm. Only kinds
 * that name a body and nothing else (not "giant": "gas giant Jupiter"; not "group", "network": "blood group O", "a network Drive").
 */
const FIRM_KINDS =
  'company firm startup start-up label newspaper tabloid broadcaster airline retailer insurer lender carmaker automaker conglomerate publisher charity';
const KIND_RIGHT_BEFORE = new RegExp(`(?:^|[^\\p{L}])(\\p{L}+)\\s+(?:${FIRM_KINDS.split(' ').join('|')})\\s$`, 'u');
const DETERMINER = /^(?:the|a|an|our|my|your|their|its|his|her|this|that|every|each|any)$/i;
const KINDS: ReadonlySet<string> = new Set(FIRM_KINDS.split(' '));
/** The run of a–z and hyphens before the white space right before `at` is one of KIND_RIGHT_BEFORE's kinds (as in every match). */
export function kindWordBefore(text: string, at: number): boolean {
  const e = at - 1;
  const c = text.charCodeAt(e);
  if (!(c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/.test(text[e]!)))) return false;
  let i = e;
  while (i > 0 && ((text.charCodeAt(i - 1) >= 97 && text.charCodeAt(i - 1) <= 122) || text.charCodeAt(i - 1) === 45)) i--;
  return KINDS.has(text.slice(i, e));
}
/** (An everyday word after the kind needs a word that says which kind, "oil company Shell", not a determiner: "our company Website", "the firm Partner".) */
function kindRightBefore(text: string, span: Span, seg: Token[], L: LexiconSets): boolean {
  // (The pattern only where one of its kinds and a white space end the text before the name: it is tried from every character of its slice.)
  const m = kindWordBefore(text, span.start) ? KIND_RIGHT_BEFORE.exec(text.slice(Math.max(0, span.start - 40), span.start)) : null;
  if (!m || (seg.length === 1 && (L.orgHeads.has(seg[0]!.low) || L.titles.has(seg[0]!.low)))) return false;
  return !DETERMINER.test(m[1]!) || !seg.every((t) => L.everyday.has(t.low));
}

/** An armed or militant group in lower case after the name ("the outlawed Lashkar-e-Toiba militant group", "the Zelvan rebel movement"): a body's name. */
const ARMED_GROUP_AFTER =
  /^ (?:militant|rebel|terrorist|terror|armed|extremist|jihadist|insurgent|guerrilla|paramilitary|separatist|militia) (?:group|organi[sz]ation|movement|outfit|faction|network)s?(?![\p{L}\p{N}-])/u;

const ARMED_FIRST: ReadonlySet<number> = new Set([...'mrtaejigps'].map((c) => c.charCodeAt(0)));
/** (Not a people's adjective: "the Palestinian militant organisation Hamas".) */
function armedGroup(text: string, span: Span, seg: Token[]): boolean {
  // (A space and the first letter of one of its words after the name first: most names have none.)
  if (text.charCodeAt(span.end) !== 32 || !ARMED_FIRST.has(text.charCodeAt(span.end + 1))) return false;
  return ARMED_GROUP_AFTER.test(text.slice(span.end, span.end + 40)) && !DEMONYM.test(seg[seg.length - 1]!.low);
}

/** Capitals inside a word ("WordPress", "NuGet", "PubMed"): a product's or a service's name more often than its maker's. */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/**
 * The name is a label of a web or mail domain the text gives ("jo@corvath.com" … "Corvath"): the domain's owner — not where every word
 * of it is an everyday word or an institution's head ("Academy", "Clinical Trials", "Black Hat": a site's topic or an event), nor one with a
 * word in lower case ("Hinterland of Things"), nor a name with a capital inside a
 * word (a product's site: "WordPress", "NuGet").
 */
function domainOwner(text: string, span: Span, seg: Token[], L: LexiconSets): boolean {
  if (!namedByDomain(text, span) || seg.every((t) => L.everyday.has(t.low) || L.orgHeads.has(t.low) || !t.cap)) return false;
  if (seg.some((t) => !t.cap)) return false; // ("Hinterland of Things": an event's title)
  return !INNER_CAPITAL.test(text.slice(span.start, span.end));
}

/**
 * A person's name or a member's word, then "of" (and "the"), right before a word in capitals: the body the person is of ("Ed Wong of the
 * NYT", "a former director of the QRSA"; not after a lower-case word that is no member's: "the size of the GDP", nor before "and": see
 * COORDINATED_AFTER).
 */
const MEMBER_OF_BEFORE =
  /(?:\b\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+|\b(?:director|head|chief|members?|president|chair(?:man|woman)?|spokes(?:man|woman|person)|officials?|officers?|agents?|employees?|reporters?|correspondents?|editors?|secretary|leaders?|founder|governor|commissioner),?)\sof\s(?:the\s)?$/u;

/** "and" or "or" and another word in capitals after the word ("director of SAT and ACT programs": the words qualify a noun after them). */
const COORDINATED_AFTER = /^\s+(?:and|or|&)\s+\p{Lu}{2}/u;

/** A body's people right after its name, then their verb ("Greenpeace activists climbed", "Zelvan employees were told"). */
const BODYS_PEOPLE_AFTER =
  /^\s+(?:employees|staff|workers|activists|campaigners|spokes(?:man|woman|person))\s+(?:\p{Ll}+ly\s+)?(?:said|say|says|were|are|have|had|will|would|\p{Ll}+ed)\b/u;
/**
 * The name is a body's by its people after it, and it opens its clause; no word of it is an everyday word, a participle or an
 * adjective in -ed ("Service workers are", "Keeping employees informed", "Salaried employees are").
 */
function bodysPeopleAfter(text: string, span: Span, seg: Token[], before: string | null, L: LexiconSets): boolean {
  if (before !== null && !CLAUSE_OPENERS.has(before)) return false;
  if (!BODYS_PEOPLE_AFTER.test(text.slice(span.end, span.end + 48))) return false;
  return seg.every((t) => !L.everyday.has(t.low) && !/(?:ing|ed)$/.test(t.low));
}
