import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { TITLE_WORDS } from '../text/words';

/**
 * A well-known organisation's name (the lexicon's list, not the dataset's) opening a longer capitalised segment that ends in
 * an office's title or an event's head word: "NASA Administrator Mike Griffin", "Google CEO", "the 2003 NASCAR Winston Cup",
 * "the FIFA World Cup". The office and the event are no entities of these kinds; the organisation is named in them (as the
 * place is in "the Vietnam War", and as the eval sets annotate it: uner-wiki half A's "NASCAR Winston Cup", uner-ewt test
 * half A's "NASA Administrator"). Before, the whole segment was read as one unknown name and the organisation went unfound.
 * Only those two endings: a product's name after a brand ("Google Ads", "Microsoft Search", "Toyota Venza") is a word of that
 * name, as link.ts reads an outlet's ("CBS Sports"); tried, it added about a thousand brand links on the real pages.
 * Not where a word after it is an institution's or a place's head ("Ford Foundation", "Compaq Center": its own longer name),
 * nor where a given name opens the segment (a person's name).
 * (A year or a rank before the name is no part of it: "the 2003 NASCAR Winston Cup".)
 * Returns the indices [from, to) of the segment's tokens that name the organisation, or null.
 */
export function knownOrgFirst(text: string, seg: readonly Token[], ws: readonly string[], L: LexiconSets): [number, number] | null {
  const from = seg.length > 2 && BARE_NUMBER.test(ws[0]!) ? 1 : 0;
  if (seg.length - from < 2 || L.givenNames.has(ws[from]!) || !(eventHead(seg, ws) || officeBeforeName(text, seg, ws, L))) return null;
  let to = 0;
  let key = '';
  for (let i = from; i < Math.min(from + 3, seg.length - 1); i++) {
    key = i > from ? `${key} ${ws[i]}` : ws[i]!;
    if (L.knownOrgs.has(key)) to = i + 1;
  }
  if (!to || seg.length - to > 3) return null;
  for (let i = to; i < seg.length; i++) if (L.orgHeads.has(ws[i]!) || L.placeHeads.has(ws[i]!) || !seg[i]!.cap) return null;
  return [from, to];
}
const BARE_NUMBER = /^\d+$/;

/** The segment ends in a contest's or a gathering's head word, written as a name's word ("Cup", not "CUP" of a shouted line). */
const eventHead = (seg: readonly Token[], ws: readonly string[]): boolean => EVENT_HEADS.has(ws[ws.length - 1]!) && !SHOUTED.test(seg[seg.length - 1]!.text);
/** Head words of contests and gatherings (of the lexicon's heads of other names, without works', products' and "Open": "LinkBuds Open"). */
const EVENT_HEADS: ReadonlySet<string> = new Set(
  'cup games olympics award awards prize championship championships festival conference summit trophy prix marathon expo'.split(' '),
);

/**
 * The segment ends in an office's title before a person's name ("Google CEO Sundar Pichai", "Disney Chief Executive Bob Iger"):
 * not a title word that ends a product's name ("Google Scholar", "Facebook Business Manager", "Google Home Speaker"), which no
 * name follows; not a word of a shouted line ("RAV4 PRIME"; an acronym's "CEO" aside).
 */
function officeBeforeName(text: string, seg: readonly Token[], ws: readonly string[], L: LexiconSets): boolean {
  const last = ws[ws.length - 1]!;
  if (!(TITLE_WORDS.has(last) || L.titles.has(last)) || SHOUTED.test(seg[seg.length - 1]!.text)) return false;
  const next = NAME_AFTER.exec(text.slice(seg[seg.length - 1]!.end, seg[seg.length - 1]!.end + 40));
  return !!next && !TITLE_WORDS.has(next[1]!.toLowerCase()) && !L.titles.has(next[1]!.toLowerCase());
}
/** A word of four capitals or more. */
const SHOUTED = /^\p{Lu}{4,}$/u;
/** A capitalised word, then another, right after (a person's given name and surname). */
const NAME_AFTER = /^ (\p{Lu}\p{Ll}+) \p{Lu}/u;
