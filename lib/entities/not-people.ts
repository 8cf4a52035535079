import type { EntityResult, Span } from '../types';
import { NAME_PARTICLES, SAINT_WORDS } from '../text/words';
import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { opensSentence, wordBefore } from './name-words';
import { speechAfter, speechBefore } from './person-evidence';
import { sourceOnlyName } from './source-only';
import { partyMemberBefore } from './party-member';
import { wordAfter } from './hit-view';

// (Article-built people whose evidence is a thing's as readily — one module of that family, asked from index.ts through here.)
export { withoutDoubtfulPeople } from './built-person-doubt';

/**
 * Names the person finders took for people's that the article shows are something else's, read
 * from the marks around a mention (asked of found people only, never of every token).
 */

const OPENING = '"\u201c\u2018\'';
const CLOSING = '"\u201d\u2019\'';

/**
 * A name set whole in quotation marks is a title's, a term's or a variety's ("“Wild Rose” is now on
 * DVD", "the term “Aggregate Transporter Imbalance”", "‘Polish Spirit’ exploded"), not a person's — a
 * person's name is quoted only as a word ("write “Anastasia” on the cup"): a one-word given name stays.
 * A comma or a full stop may stand inside the closing mark ("“Wild Rose,” a …"); a closing
 * apostrophe before "s" is a possessive ("‘Mike’s life").
 */
export function quotedWhole(text: string, span: Span, L: LexiconSets | null): boolean {
  if (!OPENING.includes(text[span.start - 1] || '\n')) return false;
  let end = span.end;
  if (/[,.!?]/.test(text[end] ?? '')) end++;
  const close = text[end] ?? '';
  if (!close || !CLOSING.includes(close) || /^s\b/.test(text.slice(end + 1, end + 3))) return false;
  // A field's value, not a title: an address's display name ("Ryan Reynolds" <rr@…>) or data ("author": "Jane Doe").
  if (/^\s?</.test(text.slice(end + 1, end + 3)) || /:\s?$/.test(text.slice(Math.max(0, span.start - 3), span.start - 1))) return false;
  const name = text.slice(span.start, span.end);
  // (An address book's "Surname, Given" entry is a field's value too: email-names.ts.)
  if (name.includes(', ')) return false;
  return name.includes(' ') || !L?.givenNames.has(name.toLowerCase());
}

/** What may open a line before a heading's or a list item's words: "#"s, a bullet, or a rank ("3.", "12)", "7 -"). */
const LINE_OPENING = /^[ \t#]*(?:(?:[-*\u2022\u2013\u2014]|\d{1,3}(?:[.)]| +[-\u2013\u2014]))[ \t]+)?$/;

/**
 * The name is all its line holds (a "!", "?", ":" or "." after it aside; a bullet or a rank before it): a heading, a label or a
 * list's item ("Final Thoughts", "Fast Facts", "Rip Off!", "- Harbour Grill", "4 - Velvet Quarry"). Asked of a name typed by its
 * shape alone, with no given name first: a byline opens with one.
 */
export function aloneOnLine(text: string, span: Span): boolean {
  const a = text.lastIndexOf('\n', span.start - 1) + 1;
  if (!LINE_OPENING.test(text.slice(a, span.start))) return false;
  let b = span.end;
  if (b < text.length && '!?:.'.includes(text[b]!)) b++;
  while (b < text.length && (text[b] === ' ' || text[b] === '\t' || text[b] === '\r')) b++;
  return b === text.length || text[b] === '\n';
}

/**
 * The word at `at` opens a list's item: a bullet or a number at its line's start ("- Build customized restrictions", "4. Stay
 * hydrated", "• Spawn specialized sub-agents"), or a diagram's brace ("E{Compare estimated …"). A verb after a word there makes
 * no person of it: the item's first word is an imperative, a heading's or a product's ("3. Pipedrive Pipedrive was built by …").
 */
export function opensListItem(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) === 123) return true; // "{"
  return LIST_ITEM_BEFORE.test(text.slice(Math.max(0, at - 12), at));
}
const LIST_ITEM_BEFORE = /(?:^|\n)[ \t]*(?:[-*\u2022\u2013\u2014>]|#?\d{1,3}[.):])[ \t]+$/;

/**
 * The name is all its line holds after a rank ("8. Wiley", "#6: Hotwire", "1. Starburst"): a ranked list's heading. One word so
 * placed heads a listicle's entry for a firm, a product or a site (on the 974 real texts the 4 built one-word people so dropped
 * were a publisher, a brewer, a design service and a CRM); people's lists name them in full ("30. Dawoud Bey").
 */
export const rankedHeading = (text: string, span: Span): boolean =>
  RANK_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start)) && aloneOnLine(text, span);
const RANK_BEFORE = /(?:^|\n)[ \t]*#?\d{1,3}[.):][ \t]+$/;

/** A possessive that owns nothing: punctuation, a preposition, a conjunction or a word of time after it ("Marlowe's.", "Marlowe's for dinner"). */
const OWNS_NOTHING = /^ ?['\u2019]s(?:[ \t]*(?:[.,;:!?)]|\n|$)|\s+(?:for|on|at|in|with|near|and|or|tonight|today|yesterday)\b)/;
/**
 * "going to Del Frisco's for dinner", "lunch at Marlowe's.": after "to", "at" or "from", a possessive that owns nothing names a
 * shop, a restaurant or a bar by its owner's name, not a person.
 */
export function shopPossessive(text: string, span: Span): boolean {
  if (!OWNS_NOTHING.test(text.slice(span.end, span.end + 16))) return false;
  const w = wordBefore(text, span.start);
  return w === 'to' || w === 'at' || w === 'from';
}

/**
 * What the sentence says of the name right after it is said of a place, a firm or a thing: "Miramar was founded in 1888", "Thrive was
 * established on …", "the firm is headquartered in …", "Helen is a wonderful place to …", "Sparta established itself" — the kind
 * of thing the head noun of a phrase ("a product builder" is a person). (Not "known for" or "famous for": people are as often.) The
 * words before the kind describe it: no preposition or article among them, which would make the kind another phrase's ("Brelvash was
 * a teacher in the village" is a teacher).
 */
const THING_AFTER =
  /^(?:['\u2019]s)?\s+(?:(?:is|was|were|are|has been|had been)\s+(?:(?:also|originally|first|now|still|\p{Ll}+ly)\s+)?(?:founded|established|located|situated|headquartered|incorporated|renamed|(?:a|an|the)\s+(?:(?!(?:in|at|on|of|from|with|for|to|by|near|the|a|an)\s)[\p{Ll}-]+\s+){0,3}?(?:place|city|town|village|country|destination|restaurant|store|shop|company|firm|brand|business|hotel|resort|chain|platform|app|website|site|service|tool|airline|bank|retailer|startup|product|neighbou?rhood|suburb|district)(?=\s*(?:[,.;:!?)]|$)|\s+(?:that|which|where|to|in|on|for|with|and|of|from|based|owned|run)\b))|\p{Ll}+\s+itself\b)/u;

const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'has', 'had']);
export function saidOfAThing(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 70);
  // (A copula after the name, or "itself" in reach, first: THING_AFTER's two branches need one.)
  return (COPULAS.has(wordAfter(text, span.end, true)) || after.includes('itself')) && THING_AFTER.test(after);
}

/**
 * Mentions of people found by the article that are a country's adjective or noun of its people ("The continued Israeli colonization",
 * "the Israeli said", "even Iraqi Shiites, who …"): the adjective alone, or before a plural ("… Shiites", "… Kurds"). `adjectives` are
 * the linker's spans of country adjectives. A person left with no mention is dropped. ("Thai Lee", "German Gref": a name after one stays.)
 */
export function withoutDemonyms(text: string, people: EntityResult[], adjectives: Map<string, Span[]>): EntityResult[] {
  if (!adjectives.size || !people.length) return people;
  const starts = new Set<number>();
  for (const spans of adjectives.values()) for (const s of spans) starts.add(s.start);
  const out: EntityResult[] = [];
  for (const e of people) {
    const kept = e.mentions.filter((m) => !starts.has(m.start) || !demonymOnly(text, m));
    if (kept.length === e.mentions.length) out.push(e);
    else if (kept.length) out.push({ ...e, mentions: kept });
  }
  return out;
}

/** The mention is one word, or its last word is a plural ("Iraqi Shiites"). */
function demonymOnly(text: string, m: Span): boolean {
  const space = text.lastIndexOf(' ', m.end - 1);
  return space < m.start || (text.charCodeAt(m.end - 1) === 115 && text.charCodeAt(m.end - 2) !== 115);
}

/**
 * A model number after the name at two of its mentions or more ("the Logitech MX Master 3 … the MX Master 2S", "Superlight 2",
 * "RedCat 51", "Suite 301"): a product's or a place's name, not a person's. (Not a score, a range, a list's number or a
 * table's figures: "Khachanov 6-3", "by Joel Spolsky 4. The …", "Chad Thomas 57 77%".)
 */
export function modelNumbered(text: string, mentions: readonly Span[]): boolean {
  let n = 0;
  for (const m of mentions) {
    const digit = text.charCodeAt(m.end + 1) - 48;
    if (text.charCodeAt(m.end) === 32 && digit >= 0 && digit <= 9 && MODEL_AFTER.test(text.slice(m.end, m.end + 12)) && ++n >= 2) return true;
  }
  return false;
}
const MODEL_AFTER = /^ \d[\dA-Za-z]*(?:\.\d+)?(?![-–.,\d]|%| \d)/;

/**
 * The name is the subject of a verb whose object is "its" ("Riveron announced its acquisition", "Babbel tailors its courses",
 * "Asus also left its keyboard", "Meta had a similar vision for its", "Vans is known for its …"): an auxiliary or adverb or two,
 * one verb, perhaps a short phrase and a preposition, then "its" — a firm's, a brand's or a thing's own, not a person's.
 */
const ITS_AFTER =
  /^(?:['\u2019]s)?,?\s+(?:(?:also|now|still|then|just|recently|has|have|had|is|was|will|would|can|could|\p{Ll}+ly)\s+){0,2}\p{Ll}+\s+(?:(?:\p{Ll}+\s+){0,3}?(?:for|with|to|on|in|of|about|from|by|into)\s+|that\s+)?its\b/u;
/** Evidence that makes a name a person's whatever pronoun follows ("Mayor Vane … its budget"): a title, initials, a role, an address. */
const ITS_PROOF: ReadonlySet<string> = new Set([
  'title before the name',
  'initials in the name',
  'appositive after a role',
  'appositive after the name',
  'he or she after the name',
  'name before an e-mail address',
  'signature line',
  'addressed or signing',
  'possessive of a life ("Smith\'s death")',
]);
/** A person's pronoun. */
const PERSONAL = /\b(?:he|she|him|his|her|hers|himself|herself)\b/i;

/**
 * A name some mention of which owns an "its" in its own clause, and after none of whose mentions the sentence and the next speak
 * of "he", "she", "his" or "her": the article writes of a firm or a thing. (Asked of people found by weak evidence only.)
 */
export function ownsIts(text: string, p: { why?: string; mentions: Span[] }, L: LexiconSets): boolean {
  const mentions = p.mentions;
  if (ITS_PROOF.has((p.why ?? '').replace('article-built: ', '')) || !mentions.some((m) => itsAfter(text, m.end))) return false;
  // A given name alone stays a person's whatever the pronouns ("Marisol sold its stock"), as does a name after a title ("Mayor Quorvane").
  const m0 = mentions[0]!;
  if (L.givenNames.has(text.slice(m0.start, m0.end).toLowerCase())) return false;
  for (const m of mentions) {
    const before = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (before && L.titles.has(before[1]!.toLowerCase())) return false;
  }
  return !mentions.some((m) => PERSONAL.test(text.slice(m.end, sentenceEnd(text, m.end))));
}

/**
 * The sentence after a mention opens with a firm's or a thing's kind as its subject, "the", "this" or "its" and up to two words
 * before it ("Bario Neal is a custom jewellery designer … The brand uses …", "According to Strava, 57% … The app also …",
 * "Starburst enables … The company's open …"), no "he", "she", "his" or "her" stands between, and the name does not speak there:
 * the article takes the name up as a firm or a thing. (Not asked of a name opening with a given name: "Kevin Mayer said … The
 * company struggled" speaks for a firm of his; on the 974 real texts all 11 built people so dropped were firms, apps, sites, a
 * brand and a restaurant.)
 */
const KIND_ANAPHOR =
  /^[^.!?\n]{0,200}?[.!?]\s+(?:The|This|Its)\s+(?:[\p{L}-]+\s+){0,2}?(?:brand|company|firm|label|retailer|store|shop|app|platform|site|website|service|startup|restaurant|business|chain|software|manufacturer|maker)(?![\p{L}-])/u;
const SOURCE_LEAD = /\b(?:by|according to)\s+$/i;
function kindAnaphor(text: string, p: { why?: string; mentions: Span[] }, L: LexiconSets): boolean {
  // (Nor of one listed with a person: "Founded by childhood friends Mikayla Wujec and Naomi Blackman, … The brand's …".)
  const why = (p.why ?? '').replace('article-built: ', '');
  if (ITS_PROOF.has(why) || why === 'listed with a person') return false;
  const m0 = p.mentions[0]!;
  const first = /^[\p{L}'\u2019-]+/u.exec(text.slice(m0.start, m0.end));
  if (!first || L.givenNames.has(first[0].toLowerCase())) return false;
  for (const m of p.mentions) {
    // ("Tarlo said the plant would close. The firm sold …", "…,” says Tarlo. The company …": one who speaks for a firm; a source's "by"
    // or "according to" is a firm's as often: "According to Strava, 57% … The app also …".)
    const lead = text.slice(Math.max(0, m.start - 40), m.start);
    if (speechAfter(text, m.end) || (speechBefore(lead) && !SOURCE_LEAD.test(lead))) continue;
    const after = text.slice(m.end, m.end + 280);
    const k = KIND_ANAPHOR.exec(after);
    if (k && !PERSONAL.test(after.slice(0, k[0].length))) return true;
  }
  return false;
}

/**
 * The article writes of the person `p` as of a firm or a thing: an "its" it owns (ownsIts), a firm's kind that takes it up
 * (kindAnaphor), or a name shaped as a thing's that it names only as a source ("A study by Upgraded Points": source-only.ts).
 */
export const writtenOfAsThing = (text: string, p: { name: string; why?: string; mentions: Span[] }, L: LexiconSets): boolean =>
  ownsIts(text, p, L) || kindAnaphor(text, p, L) || sourceOnlyName(text, p.name, p.mentions, L);

/** ITS_AFTER on the 80 characters from `end`, asked only where they hold "its" (most mentions have none so near). */
function itsAfter(text: string, end: number): boolean {
  const near = text.slice(end, end + 80);
  return near.includes('its') && ITS_AFTER.test(near);
}

/** Where the sentence after the one open at `at` ends (or 240 characters on). */
function sentenceEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + 240);
  let seen = 0;
  for (let i = at; i < limit; i++) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?' || c === '\n') && /\s|$/.test(text[i + 1] ?? '') && ++seen === 2) return i;
  }
  return limit;
}

/**
 * The first of three or four capitalised words, no given name itself, before a given name: a role, a party, a place or a label
 * run on before a person's full name ("Billionaire Mark Cuban", "Republican Phil Bryant", "Host Ed McNamara", "Chefs Fabio
 * Viviani"), not a word of it — where the name does not end in an everyday word. Asked by the name finder (other-names.ts), which then names the person from the given name on.
 */
export function leadBeforeGiven(seg: readonly Token[], L: LexiconSets): boolean {
  // (Not where the last word is an everyday one — "San Joaquin Counties", "Rolls Royce Ghost", "Taking Cara Babies" name places and things —
  // nor after a saint's word or a place's first word: "San Rafael Ca", "Fort Wayne Indiana".)
  const last = seg[seg.length - 1]!.low;
  return (
    seg.length >= 3 &&
    seg.length <= 4 &&
    !L.givenNames.has(seg[0]!.low) &&
    !SAINT_WORDS.has(seg[0]!.low) &&
    !L.placeLeads.has(seg[0]!.low) &&
    L.givenNames.has(seg[1]!.low) &&
    !NAME_PARTICLES.has(seg[1]!.low) &&
    !L.everyday.has(last)
  );
}

/**
 * "Guide Anton Kraus said", "Volunteer Maria Lopez, 41, …": an everyday word opening the sentence before a given name and a
 * surname is the person's role, written as news writes a trade before a name, and no part of the name (leadBeforeGiven's shape);
 * so is a party member's word anywhere ("defeating Democrat John Kerry": party-member.ts).
 */
export const roleOpening = (text: string, ts: readonly Token[], at: number, L: LexiconSets): boolean =>
  partyMemberBefore(ts, at, L) ||
  (ts.length - at >= 3 && L.everyday.has(ts[at]!.low) && opensSentence(text, ts[at]!.start) && leadBeforeGiven(ts.slice(at), L));
