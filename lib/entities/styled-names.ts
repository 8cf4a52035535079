import { HONORIFICS } from '../text/words';
import type { Span } from '../types';
import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { isNameWord } from './name-words';
import type { OverlapIndex } from './overlap';
import { givenAlone } from './person-evidence';

/**
 * A given name, "the" and an epithet is one person's whole name ("Alexander the Great", "Ivan the Terrible", "Louis the Pious";
 * UNER tags it whole: "Glinda the Good Witch"): only the epithets of rulers and saints (EPITHETS), not any capitalised word
 * ("Rob the Mover", "Russell the Goat" are a firm and a pizza), and not before another capitalised word ("Skip the Great
 * Tutorial"). The given name is a listed one that is no everyday word, place, firm or word that opens sentences, standing alone:
 * not the surname of a longer name; a title before it is left out ("Tsar Ivan the Terrible").
 * (A given name, "of" and a place — "Isabella of France", "Margaret of Parma" — was tried: UNER tags the first whole and the
 * second as a name and a place, one each on the tuning part, so it is left as a given name and a place.)
 */
export const EPITHETS: ReadonlySet<string> = new Set(
  (
    'great good bold bald fair pious wise terrible elder younger lame fat short tall simple just cruel magnificent conqueror ' +
    'confessor unready lionheart lionhearted navigator apostle baptist evangelist martyr deacon venerable blessed hermit ' +
    'saint peaceful brave strong red black white mad impaler builder liberator restorer unifier lawgiver hammer'
  ).split(' '),
);

/** A name that may open the style (see above): a listed given name, or a word written as a name ("Cnut", "Casimir") that no list knows as a place. */
function styleGiven(g: Token, L: LexiconSets): boolean {
  const low = g.low;
  if (L.everyday.has(low) || L.knownOrgs.has(low) || L.companies.has(low) || L.lead.has(low)) return false;
  return givenAlone(low, L) || (!L.knownPlaces.has(low) && NAME_ONLY.test(g.text));
}
const NAME_ONLY = /^\p{Lu}\p{Ll}+$/u;

/** The capitalised word right before `at` (one space between), when it is a name word and no title or honorific: the given name is then no name's first word. */
const CAP_WORD_BEFORE = /(?:^|[^\p{L}.'\u2019-])(\p{Lu}[\p{L}'\u2019-]*\.?) $/u;
function namedBefore(text: string, at: number, L: LexiconSets): boolean {
  const m = CAP_WORD_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
  if (!m) return false;
  const low = m[1]!.toLowerCase().replace(/\.$/, '');
  return !(HONORIFICS.has(low) || L.titles.has(low) || L.kin.has(low) || L.lead.has(low));
}

export interface StyledName {
  span: Span;
  parts: string[];
  why: string;
}

/** Names in a ruler's style (see above) that overlap nothing in `taken`. */
export function styledNames(text: string, tokens: Token[], taken: OverlapIndex, L: LexiconSets): StyledName[] {
  const out: StyledName[] = [];
  if (text.indexOf(' the ') < 0) return out;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const g = tokens[i]!;
    const the = tokens[i + 1]!;
    const t = tokens[i + 2]!;
    if (the.text !== 'the' || the.start !== g.end + 1 || t.start !== the.end + 1 || !t.cap || !EPITHETS.has(t.low)) continue;
    if (!g.cap || !isNameWord(g) || !styleGiven(g, L) || namedBefore(text, g.start, L)) continue;
    // (The epithet ends the name: "Skip the Great Tutorial" is a heading.)
    const u = tokens[i + 3];
    if (u?.cap && u.start === t.end + 1) continue;
    const span = { start: g.start, end: t.end };
    if (taken.overlaps(span)) continue;
    // (The given name is what the article calls the person later.)
    out.push({ span, parts: [g.text], why: 'a ruler’s epithet' });
    i += 2;
  }
  return out;
}
