import type { EntityResult, Span } from '../types';
import type { LexiconSets } from './lexicon-sets';
import { builtEntity, spansByName } from './built-entity';
import { opensSentence } from './name-words';

/**
 * Firms named by names joined with "&": "Holland & Hart, LLP", "Michael L. Beatty & Associates, PC", "Brannock & Sons",
 * "Tarrow & Partners Ltd". An ampersand between two capitalised names and, after the second, a legal form ("LLP", ", Inc.",
 * "PC") or a partners' word as its last word ("Associates", "Partners", "Sons", "Co.") make one firm's name, its legal form
 * in its span (the name finder's convention: "Google, Inc."). The person finder would take "Michael L. Beatty" and the name
 * finder "Hart, LLP" alone: the ampersand breaks a capitalised run (candidates.ts).
 * Not names joined by "&" alone ("Chuck & Gretchen", "Tom & Jerry": people, or a show), nor headings' words ("News & Events").
 */

/** A capitalised word of a name, or an initial ("L."). */
const WORD = String.raw`\p{Lu}(?:\.|[\p{L}'\u2019-]*)`;
/** One to four such words, a space apart, then " & ", then one to three: the two halves. */
const JOINED = new RegExp(String.raw`(?<![\p{L}\p{N}&])((?:${WORD} ){0,3}${WORD}) & ((?:${WORD} ){0,2}${WORD})`, 'gu');
/** A legal form right after the second half: "Hart, LLP", "Associates, PC", "Gamble Co.", "Sons Ltd". */
const FORM_AFTER = /^(?:,? (?:LLP|LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|PLC|plc|PC|P\.C\.|PA|P\.A\.|LP|L\.P\.|Corp\.?|Co\.|GmbH))(?![\p{L}\p{N}])/u;
/** A partners' word as the second half's last word: a firm of partners whatever follows. */
const PARTNERS = /(?:^| )(?:Associates|Partners|Sons|Co|Company)$/;
const SHORT_FORM_END = /(?:^| )Co$/;
const OF_AFTER = /^ of \p{Lu}/u;

/** The spans of firms so named (text order), none overlapping `taken` (what the dataset already linked). */
export function joinedFirmSpans(text: string, taken: readonly Span[], L: LexiconSets): Span[] {
  if (!text.includes(' & ')) return [];
  const out: Span[] = [];
  for (const m of text.matchAll(JOINED)) {
    let start = m.index!;
    let end = start + m[0].length;
    // (The second half may end in the legal form's own word: "Gamble Co." is "Gamble" and "Co.")
    const form = FORM_AFTER.exec(text.slice(end, end + 12));
    if (!form && !PARTNERS.test(m[2]!)) continue;
    if (form) end += form[0].length;
    else if (text.charCodeAt(end) === 46 && SHORT_FORM_END.test(m[2]!)) end++; // ("Gamble Co.": the full stop of the short form)
    // (Not where the name goes on past "of": "Dimon & Bacorn Company of Binghamton" is longer, and a piece of it would be wrong.)
    if (OF_AFTER.test(text.slice(end, end + 6))) continue;
    const first = m[1]!.split(' ');
    // (Not two names, the first a whole body's of its own: "Glisten Academy & Glimmer Cleaning Co.")
    if (L.orgHeads.has(first[first.length - 1]!.toLowerCase())) continue;
    // Words that open the sentence, or titles, are no part of the name ("Contact Holland & Hart, LLP"; not "All" of "- All Star Moving & Storage").
    const opens = opensSentence(text, start);
    let k = 0;
    while (k < first.length - 1 && ((opens && L.lead.has(first[k]!.toLowerCase())) || L.titles.has(first[k]!.toLowerCase()))) start += first[k++]!.length + 1;
    if (opens && L.lead.has(first[k]!.toLowerCase())) continue;
    if (taken.some((s) => s.start < end && start < s.end)) continue;
    out.push({ start, end });
  }
  return out;
}

const WHY = 'article-built: names joined by “&” before a legal form or a partners’ word (“Holland & Hart, LLP”)';

/** Article-built organisations for those firms, one per name (none overlapping the `entities` found so far). */
export function joinedFirms(text: string, entities: readonly EntityResult[], L: LexiconSets): EntityResult[] {
  if (!text.includes(' & ')) return [];
  const spans = joinedFirmSpans(
    text,
    entities.flatMap((e) => e.mentions),
    L,
  );
  return [...spansByName(text, spans)].map(([name, mentions]) => builtEntity(name, 'organization', mentions, WHY, 'Organisation'));
}
