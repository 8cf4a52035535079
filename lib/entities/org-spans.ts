import { capitalIndexes, type Run, type Token } from './candidates';
import { CONCEPT_HEADS, TRADE_HEADS } from '../text/name-lexicon';
import type { Span } from '../types';
import type { ArticleWords } from './article-words';
import type { LexiconSets } from './lexicon-sets';
import type { OtherName } from './listed-names';
import { OverlapIndex } from './overlap';
import { DETERMINERS, institution, institutionHead } from './name-shapes';
import { isNameWord } from './name-words';
import { inTitleCaseLine } from './title-case';

/**
 * Where an organisation's name begins and ends, beside its head word (other-names.ts decides the kind):
 * "for" inside an institution's name.
 */

/**
 * "for" (and a "the" after it) at token k of a run joins two halves of one institution's name: the
 * half before ends in an institution's head word, not an offer's ("Center for Disease Control", "Front for the
 * Liberation of Palestine", "Department for Education", "Centers for …") and one to five words follow to the end of
 * the run or another word that joins names ("in"), capitalised or "of", "and", "the" between, none an institution of its own nor an acronym
 * ("the Board for the Department of Energy", "the Party for UKIP" are two).
 */
export function forInsideOrg(seg: Token[], ts: Token[], k: number, L: LexiconSets): boolean {
  const t = ts[k]!;
  if (t.text === 'the') return seg.length > 1 && seg[seg.length - 1]!.text === 'for' && ts[k - 1] === seg[seg.length - 1];
  if (t.text !== 'for' || !seg.length) return false;
  const head = seg[seg.length - 1]!;
  if (!head.cap || !institutionHead(head.low, L) || ts[k - 1] !== head) return false;
  let i = k + 1;
  if (ts[i]?.text === 'the') i++;
  // ("… Network for Your Entire Home": a heading's phrase.)
  if (ts[i] && DETERMINERS.has(ts[i]!.low)) return false;
  // The rest: to the run's end or a word that joins names otherwise ("… for Rural Road Safety in Atlanta").
  let end = i;
  while (end < ts.length && (ts[end]!.cap || JOINING.has(ts[end]!.text))) end++;
  if (end - i < 1 || end - i > 5 || !ts[i]!.cap || !ts[end - 1]!.cap) return false;
  for (let j = i; j < end; j++) {
    const w = ts[j]!;
    if (w.cap && (L.orgLeads.has(w.low) || L.orgHeads.has(w.low) || /^[A-Z]{2,}$/.test(w.text))) return false;
  }
  return true;
}
const JOINING: ReadonlySet<string> = new Set(['of', 'and', 'the']);

/**
 * The words of a name (lower case) have an institution's head word before "for" ("Center for …", "Alliance … Forces for …") or,
 * with `of`, before its first or last "of" ("Department of …", "District of Columbia Court of Appeals") — but "for" not after "a" ("in a Hospital for Mental Issues", a headline's words:
 * a kind, no name). A plural head counts after "the" in a name with no number ("the Centers for Disease Control", "the National
 * Institutes of Health"; not "AI Centers of Excellence", "The 10 Best Marketing Agencies for Small Businesses": kinds).
 */
export function institutionBefore(ws: string[], L: LexiconSets, before: string | null, of = false): boolean {
  const o = of ? ws.indexOf('of') : -1;
  if (o > 0 && L.orgHeads.has(ws[o - 1]!)) return true;
  // (The last "of" too, after a place's "of" first: "District of Columbia Court of Appeals" is a court, "District of Columbia" its seat.)
  const last = of ? ws.lastIndexOf('of') : -1;
  if (last > o && L.orgHeads.has(ws[last - 1]!)) return true;
  if (before === 'a' || before === 'an') return false;
  const plural = before === 'the' && !ws.some((w) => DIGIT.test(w));
  const f = ws.indexOf('for');
  return (f > 0 && headBefore(ws[f - 1]!, L, plural)) || (o > 0 && headBefore(ws[o - 1]!, L, plural));
}
const DIGIT = /^\d/;
/** An institution's head word, or a plural one where `plural` allows it (a module function, not a closure made per call). */
const headBefore = (w: string, L: LexiconSets, plural: boolean): boolean => institution(w, L) || (plural && institutionHead(w, L));

/**
 * "the" at token k of a run, after an institution's "<head> of", opens the rest of its name ("Superior Court of the District
 * of Columbia", "University of the Philippines", "Museum of the Moving Image"): a capitalised word follows.
 */
export function theInsideOf(seg: Token[], ts: Token[], k: number, L: LexiconSets): boolean {
  const n = seg.length;
  if (ts[k]!.text !== 'the' || n < 2 || seg[n - 1]!.text !== 'of' || ts[k - 1] !== seg[n - 1] || !ts[k + 1]?.cap) return false;
  const head = seg[n - 2]!;
  return head.cap && (L.orgHeads.has(head.low) || L.orgLeads.has(head.low));
}

/**
 * Adjectives that open institutions' names: "National", "Federal", "Royal", "American", "British", "Chinese", "United" (of the
 * participles only "United": "Enhanced Trust", "Improved Trust" open a list's items).
 */
/** /(?:al|an|ish|ese)$|^united$/.test(w), by endsWith (asked of every capitalised run's first word). */
const nameAdjective = (w: string): boolean => w.endsWith('al') || w.endsWith('an') || w.endsWith('ish') || w.endsWith('ese') || w === 'united';

/**
 * At a sentence's start, token i of the run opens an institution's name though it is a word that opens sentences or qualifies
 * ("National Center for Health Statistics reported …", "Royal Navy ships …", "Federal Reserve Board members …"): an adjective
 * whose capitalised words go on, one space apart, to an institution's head word.
 */
export function opensOrgName(run: Run, i: number, L: LexiconSets): boolean {
  const ts = run.tokens;
  if (!nameAdjective(ts[i]!.low) && !L.qualifiers.has(ts[i]!.low)) return false;
  let j = i;
  while (j + 1 < ts.length && ts[j + 1]!.cap && ts[j + 1]!.start - ts[j]!.end === 1) j++;
  return j > i && institution(ts[j]!.low, L);
}

/** Adjectives of nations and creeds ("Italian Restaurant", "Chinese Bakery", "Mexican Grill": a kind of firm, no name). */
const NATION_ADJECTIVE = /(?:ian|ean|can|ese|ish|ic|i)$/;

/**
 * A name of two to four words whose last is a trade's noun ("Malcolm Smith Motorsports", "Carr Futures", "Ashdown Horse
 * Transport") is a firm's: its first word a name's, not an adjective of a nation ("Italian Restaurant") nor a word the article
 * writes in lower case ("Best Pizza", "Clean Energy") nor one that opens sentences ("When to Buy Insurance"), and not after a
 * determiner ("our Auto Insurance").
 */
export function tradeName(seg: Token[], ws: string[], before: string | null, words: ArticleWords, L: LexiconSets): boolean {
  const first = seg[0]!;
  return (
    seg.length >= 2 &&
    seg.length <= 4 &&
    TRADE_HEADS.has(ws[ws.length - 1]!) &&
    isNameWord(first) &&
    !NATION_ADJECTIVE.test(first.low) &&
    !words.writtenLower(first.low) &&
    !L.lead.has(first.low) &&
    !DETERMINERS.has(before ?? '')
  );
}

/** One capitalised word with a lower-case letter ("Enron", "McClatchy", "MasTec"; not "NY", "B"). */
const NAME_WORD = /^\p{Lu}[\p{L}'\u2019-]*\p{Ll}[\p{L}'\u2019-]*$/u;
/** Legal forms and corporate heads after a firm's own name ("Enron Corp.", "Acme Holdings", "Kotak Securities Ltd"). */
const CORPORATE = /^(.+?)(?:,? (?:Inc|Corp|Co|Ltd|LLC|plc|PLC|GmbH|Corporation|Company|Incorporated|Group|Holdings|Industries|Enterprises)\.?)$/;

/**
 * A firm named once with its legal form or a corporate head ("Enron Corp.", "Acme Holdings"), or by one word a sentence made a
 * firm's ("acquiring Firefox": firm-evidence.ts), is named by its own name alone
 * elsewhere in the article ("Enron said …", "at Acme"): every mention of that name on its own — capitalised words no other
 * capitalised word adjoins, that nothing else took — is the firm (findings added, under the full name; `found` returned).
 */
function firmShortNames(found: OtherName[], tokens: Token[], taken: OverlapIndex, words: ArticleWords, L: LexiconSets): OtherName[] {
  let cores: Map<string, string> | null = null;
  for (const f of found) {
    if (f.type !== 'organization') continue;
    // (A one-word firm the sentence made one — "acquiring Firefox", "Zelvan shut its plant" — is its own core.)
    const formed = CORPORATE.exec(f.name)?.[1];
    const core = formed ?? (f.name.includes(' ') ? undefined : f.name);
    // (A name word the article never writes in lower case, as its own: not "Storage" of "Moving & Storage Co.", "NY" of "NY LLC";
    // the one-word firm, no everyday word: "firefox" typed in lower case is still the firm.)
    if (!core || !NAME_WORD.test(core) || L.lead.has(core.toLowerCase())) continue;
    if (formed ? words.writtenLower(core.toLowerCase()) : L.everyday.has(core.toLowerCase())) continue;
    (cores ??= new Map()).set(core, f.name);
  }
  if (!cores) return found;
  const claimed = new OverlapIndex(found.map((f) => f.span));
  // (A core opens with a capital, so is a capitalised token's text: those tokens alone, no hash of each lower-case word.)
  const caps = capitalIndexes(tokens);
  for (let c = 0; c < caps.length; c++) {
    const k = caps[c]!;
    const t = tokens[k]!;
    const name = cores.get(t.text);
    if (name === undefined || taken.overlaps(t) || claimed.overlaps(t)) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if ((prev && prev.cap && t.start - prev.end <= 1) || (next && next.cap && next.start - t.end <= 1)) continue;
    found.push({ type: 'organization', name, span: { start: t.start, end: t.end }, unsure: false });
  }
  return found;
}

/** An acronym in parentheses right after a name: " (IUCN)", " (GNOFHAC)". */
const ACRONYM_AFTER = /^ \(([A-Z][A-Z&]{1,7})\)/;

/**
 * An acronym in parentheses right after an organisation's name of two words or more is its short name ("the World Conservation
 * Union (IUCN)", "the Greater New Orleans Fair Housing Action Center (GNOFHAC)": half its letters at least are initials of the
 * name's words, in any order), and so is every mention of that acronym on its own that nothing else took (findings added, under
 * the organisation's name). Not a ticker, a league or a category after a firm ("Microsoft (MSFT)", "Buffalo Bills (NFL)",
 * "Leaseweb (SMB)"), nor a practice's acronym ("Customer Relationship Management (CRM)").
 */
function acronymMentions(text: string, found: OtherName[], tokens: Token[], taken: OverlapIndex, L: LexiconSets): OtherName[] {
  let acronyms: Map<string, string> | null = null;
  for (const f of found) {
    if (f.type !== 'organization') continue;
    const m = ACRONYM_AFTER.exec(text.slice(f.span.end, f.span.end + 12));
    if (m && shortFor(m[1]!, f.name) && bodyName(f.name, L)) (acronyms ??= new Map()).set(m[1]!, f.name);
  }
  if (!acronyms) return found;
  const claimed = new OverlapIndex(found.map((f) => f.span));
  for (const t of tokens) {
    const name = t.cap ? acronyms.get(t.text) : undefined; // (an acronym opens with A–Z: a capitalised token)
    if (name === undefined || taken.overlaps(t) || claimed.overlaps(t)) continue;
    const span: Span = { start: t.start, end: t.end };
    found.push({ type: 'organization', name, span, unsure: false });
  }
  return found;
}

/**
 * The name is a body's by its words: an institution's head word in it ("Department of State", "National Institutes of Health")
 * or a legal form at its end ("Security Cameras Inc"). A technology named like a firm ("Bluetooth Low Energy (BLE)") is not.
 */
const bodyName = (name: string, L: LexiconSets): boolean => CORPORATE.test(name) || name.split(/[\s-]+/).some((w) => institutionHead(w.toLowerCase(), L));

/** The acronym can be the name's: two words or more, no practice's head word last, half the letters among the words' initials. */
function shortFor(acronym: string, name: string): boolean {
  const words = name.split(/[\s-]+/);
  if (words.length < 2 || CONCEPT_HEADS.has(words[words.length - 1]!.toLowerCase())) return false;
  let initials = '';
  for (const w of words)
    initials += w
      .replace(/[^\p{L}]/gu, '')
      .toUpperCase()
      .slice(0, w.includes('.') ? 3 : 1);
  let hits = 0;
  for (const c of acronym) if (initials.includes(c)) hits++;
  return hits * 2 >= acronym.length;
}

/** Organisations' further mentions after the name finder's pass: firms' own names alone, then acronyms given in parentheses. */
export function laterOrgMentions(text: string, found: OtherName[], tokens: Token[], taken: OverlapIndex, words: ArticleWords, L: LexiconSets): OtherName[] {
  return acronymMentions(text, firmShortNames(sameNameAgain(text, found, tokens, taken), tokens, taken, words, L), tokens, taken, L);
}

/**
 * An organisation's name of two words or more, found once, names it wherever the article writes it again whole ("Marlow Electric
 * is …" then "the credentials that Marlow Electric has", where a determiner's reading kept the name finder off): every other
 * mention of the same words, no capitalised word adjoining, that nothing else took (findings added; `found` returned).
 */
function sameNameAgain(text: string, found: OtherName[], tokens: Token[], taken: OverlapIndex): OtherName[] {
  let byFirst: Map<string, string[]> | null = null;
  for (const f of found) {
    const space = f.name.indexOf(' ');
    if (f.type !== 'organization' || space < 0) continue;
    const first = f.name.slice(0, space);
    const list = (byFirst ??= new Map()).get(first);
    if (!list) byFirst.set(first, [f.name]);
    else if (!list.includes(f.name)) list.push(f.name);
  }
  if (!byFirst) return found;
  const claimed = new OverlapIndex(found.map((f) => f.span));
  const caps = capitalIndexes(tokens); // (a name's first word is a capitalised token: those alone)
  for (let c = 0; c < caps.length; c++) {
    const k = caps[c]!;
    const t = tokens[k]!;
    const names = byFirst.get(t.text);
    if (!names || taken.overlaps(t) || claimed.overlaps(t)) continue;
    const prev = tokens[k - 1];
    if (prev && prev.cap && t.start - prev.end <= 1) continue;
    for (const name of names) {
      const end = t.start + name.length;
      if (text.slice(t.start, end) !== name) continue;
      let j = k;
      while (j < tokens.length && tokens[j]!.end < end) j++;
      const next = tokens[j + 1];
      if (j === tokens.length || tokens[j]!.end !== end || (next && next.cap && next.start - end <= 1)) continue;
      const span = { start: t.start, end };
      if (taken.overlaps(span) || claimed.overlaps(span)) continue;
      found.push({ type: 'organization', name, span, unsure: false });
      break;
    }
  }
  return found;
}

/**
 * A capitalised "The" inside a sentence is written as the first word of the name after it ("worked for his label The Rocket
 * Record Company", "from The Mozilla Foundation to Google", "By Deb Price / The Detroit News"): an organisation found right after
 * it takes it into its span (the name stays without it). Only after a lower-case word or a comma: not at a sentence's start,
 * where every first word is capitalised, nor in a list of names ("- The Press -"), nor in a line in Title Case ("Why The Fed
 * Raised Rates"). `from`: the first of the run's findings.
 */
/** A lower-case word or a comma right before: inside a sentence whatever spaces a page writes (not after ". ", "(", " - "). */
const IN_SENTENCE_BEFORE = /[\p{Ll},]\s+$/u;
export function withCapitalThe(text: string, run: Run, sentenceStart: boolean, found: OtherName[], from: number): void {
  const ts = run.tokens;
  if (sentenceStart || ts.length < 2 || ts[0]!.text !== 'The' || !IN_SENTENCE_BEFORE.test(text.slice(Math.max(0, ts[0]!.start - 4), ts[0]!.start))) return;
  for (let k = from; k < found.length; k++) {
    const f = found[k]!;
    // (The whole rest of the run: not "during The Dutta Corp. Fair Hill International Three-Day Event", an event's name.)
    if (f.type === 'organization' && f.span.start === ts[1]!.start && f.span.end >= ts[ts.length - 1]!.end && !inTitleCaseLine(text, f.span))
      f.span = { start: ts[0]!.start, end: f.span.end };
  }
}
