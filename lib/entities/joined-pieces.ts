import type { EntityResult, Span } from '../types';
import type { LexiconSets } from './lexicon-sets';
import { MONTHS, WEEKDAYS } from '../text/words';

/**
 * An article-built name that is one piece of a longer name, which the text joins with "&" or continues with "on" (issue 18,
 * seed-59 audit: "Journal of Hunger" of "… & Environmental Nutrition", "National Institute" of "… on Drug Abuse"). The reader
 * sees the longer whole; a card for the piece would name something else, so the piece is not shown (what Backstory is unsure
 * of, it does not show):
 *  - "&" between two capitalised words joins them into one name — a firm ("Morgan & Morgan", "Hatzel & Buehler, Inc.",
 *    "Hudson Moving & Storage Co."), a title or a heading ("Terms & Conditions"), an institution's "of … & …": a name written
 *    right before or right after it is a piece. Two people credited together stay ("Maggi Hambling & Sarah Lucas": a name of
 *    two words or more, without a firm's word on the other side — "& Sons", "& Co."), and so do two names each written alone
 *    elsewhere in the article ("Facebook & Instagram … on Instagram"), and so do places ("Northern Kentucky & Southern Ohio").
 *  - an institution's head word, "on" and capitalised words to the end of the run: the subject of the institution ("National
 *    Alliance on Mental Illness", "Business Group on Health"); neither the head's name nor the subject's is shown. Not a date
 *    ("the Senate on Monday", "on May 18"), a street ("… Center on Peachtree Street") or a number after it.
 * A name written whole as a piece (of two words or more: "Wellness Association" of "Corporate Health & Wellness Association"),
 * or mostly as a piece ("Hatzel & Buehler … Hatzel & Buehler … John D. Hatzel"), is not shown; a name mostly written alone
 * loses only the pieces ("WordPress & Squarespace … on Squarespace").
 * Cost: two short slices and a regex per built mention.
 */
export function withoutJoinedPieces(text: string, names: EntityResult[], L: LexiconSets): EntityResult[] {
  const out: EntityResult[] = [];
  for (const e of names) {
    const pieces = e.fromDataset ? [] : e.mentions.filter((m) => (e.type !== 'place' && ampersandPiece(text, e, m)) || onPiece(text, m, L));
    if (!pieces.length) out.push(e);
    else if (pieces.length * 2 <= e.mentions.length && !(e.name.includes(' ') && pieces.some((m) => text.slice(m.start, m.end) === e.name)))
      out.push({ ...e, mentions: e.mentions.filter((m) => !pieces.includes(m)) });
  }
  return out;
}

/** A capitalised word (or a capital) then " & " right before the mention; " & " then a capitalised word right after it. */
const AMP_BEFORE = /(\p{Lu}[\p{L}\p{N}'’.-]*) & $/u;
const AMP_AFTER = /^ & (\p{Lu}[\p{L}\p{N}'’.-]*)/u;
/** Words that make the other side of "&" a firm's ("Gallagher & Co.", "Solomon & Sons"). */
const FIRM_WORDS: ReadonlySet<string> = new Set('co company sons son daughters brothers bros associates partners inc llc ltd'.split(' '));

function ampersandPiece(text: string, e: EntityResult, m: Span): boolean {
  // (Each pattern only where its " & " stands, right before or right after: asked of every built mention, most have none.)
  const before = m.start >= 3 && text.startsWith(' & ', m.start - 3) ? AMP_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start)) : null;
  const after = before || !text.startsWith(' & ', m.end) ? null : AMP_AFTER.exec(text.slice(m.end, m.end + 30));
  const other = (before ?? after)?.[1];
  if (!other) return false;
  const name = text.slice(m.start, m.end);
  const bare = other.replace(/[.,;:’']+$/, ''); // ("& Instagram.", "& Buehler,")
  const low = bare.toLowerCase();
  if (bare === name || FIRM_WORDS.has(low)) return true; // ("Morgan & Morgan", "Gallagher & Co.")
  if (e.type === 'person' && name.includes(' ')) return false;
  return !(writtenAlone(text, bare) && writtenAlone(text, name));
}

/** The word (or name) is written somewhere in the text with no "&" beside it: a name of its own there. */
function writtenAlone(text: string, w: string): boolean {
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
    const end = i + w.length;
    if (LETTER.test(text[i - 1] ?? '') || LETTER.test(text[end] ?? '')) continue;
    if (!text.slice(Math.max(0, i - 3), i).includes('&') && !text.slice(end, end + 3).includes('&')) return true;
  }
  return false;
}
const LETTER = /[\p{L}\p{N}]/u;

/** Heads of institutions named for their subject with "on" ("Council on Foreign Relations", "Institute on Aging"). */
const ON_HEADS: ReadonlySet<string> = new Set(
  'institute institutes alliance committee subcommittee commission council group section conference board center centre panel caucus coalition forum office'.split(
    ' ',
  ),
);
/** " on " and one to five capitalised words (with "of", "and", "the", "&" between) to the end of the run. */
const ON_AFTER = /^ on (\p{Lu}[\p{L}'’-]*(?: (?:of|and|the|&|\p{Lu}[\p{L}'’-]*))*)(?![\p{L}\p{N}]| \p{N})/u;
/** The same capitalised words, opening the mention. */
const SUBJECT = /^(\p{Lu}[\p{L}'’-]*(?: (?:of|and|the|&|\p{Lu}[\p{L}'’-]*))*)(?![\p{L}\p{N}]| \p{N})/u;
/** An institution's head word and " on " right before the mention. */
const ON_BEFORE = /\b(\p{Lu}\p{Ll}+) on $/u;
const DATES: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()));

function onPiece(text: string, m: Span, L: LexiconSets): boolean {
  const headBefore = m.start >= 4 && text.startsWith(' on ', m.start - 4) ? ON_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start)) : null;
  if (headBefore) {
    const run = ON_HEADS.has(headBefore[1]!.toLowerCase()) ? SUBJECT.exec(text.slice(m.start, m.start + 80)) : null;
    return !!run && subject(run[1]!.split(' '), L);
  }
  const name = text.slice(m.start, m.end);
  const head = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  if (!ON_HEADS.has(head)) return false;
  const on = ON_AFTER.exec(text.slice(m.end, m.end + 80));
  return !!on && subject(on[1]!.split(' '), L);
}

/** The words after "on" name a subject: no date, no street or other place's head word at the end. */
function subject(words: string[], L: LexiconSets): boolean {
  const ws = words.filter((w) => /^\p{Lu}/u.test(w));
  if (!ws.length || ws.length > 5 || DATES.has(ws[0]!.toLowerCase())) return false;
  const last = ws[ws.length - 1]!.toLowerCase().replace(/\.$/, '');
  return !L.placeHeads.has(last) && !STREETS.has(last);
}
const STREETS: ReadonlySet<string> = new Set('street st avenue ave road rd boulevard blvd lane drive way square'.split(' '));
