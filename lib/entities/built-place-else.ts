import type { DatasetEntity, Span } from '../types';
import { namedAfter } from './named-after';
import { namesTeam } from './us-state-context';
import type { ArticleWords } from './article-words';
import type { LexiconSets } from './lexicon-sets';
import { everydayWord } from './one-word';
import { US_STATE_CODES } from '../text/place-words';
import { everydayNamed, mentionNotPlace, mentionPlaced, shapeNotPlace } from './built-place-doubt';
import { bodyAtMention, ofPhraseTitle, titleAtMention } from './built-place-kin';

/**
 * An article-built place's mention that names something called after a place (issue 18; the built-places audits, seeds 34 and 35,
 * tests/fixtures/built-places-judged-2026-12-07-seed35.json, found teams and things the biggest classes of wrong built places):
 *  - a team named by its city, its state or its country: "Winnipeg defeated Nashville", "scored for Ottawa", "got past Chile 3-0",
 *    "Pittsburgh quarterback Mason Rudolph", "Tottenham's manager" — a fixture, a score, a player or a post of a club;
 *  - a thing named after a place or called by a place's name: a work's title ("the series Harlem, U.S.A.", "‘Lonely City’ is yet
 *    another melancholy masterpiece"), a term ("Brussels sprouts"), software in an example of things ("streaming software like
 *    Riverside").
 * A dataset place is read so at every hit (named-after.ts namedAfter; us-state-context.ts namesTeam); a name the article alone
 * types as a place has less evidence still, so the same cues take its card at that mention. No card rather than a wrong card:
 * the team is not built as a club here (a built club would need the name finders' evidence that it is one).
 */
export function namesElseThanPlace(text: string, span: Span, name: string): 'team' | 'thing' | null {
  const kind = namedAfter(text, span, name.toLowerCase(), AS_CITY);
  return kind === 'club' || namesTeam(text, span) ? 'team' : kind === 'thing' ? 'thing' : null;
}

/**
 * The article-built places that are a thing at a mention (dropped there), and the names that are no place at any mention, in
 * lower case (dropped at every mention):
 *  - a team at any mention: a sports report that calls a side "Winnipeg" calls it so again ("Winnipeg has won three in a
 *    row") with no cue left to read, and a card for a name the article uses as a team's is the wrong card more often than not;
 *  - a word capitalised inside itself (camelCaseBrand), a report's title of "State of" (stateOfTitle), a label's range, a known
 *    place's thing, a qualifier before a noun (built-place-doubt.ts shapeNotPlace); everyday words named like a place ("Data
 *    Lake", "Plasma Blue") with no mention that a place's evidence places (everydayNamed, mentionPlaced);
 *  - "of" between everyday words ("Love of Port", "Empire of Hatred"; built-place-kin.ts ofPhraseTitle);
 *  - at one mention: an unknown word before the noun it qualifies, a language's word, a region's adjective (mentionNotPlace); a
 *    body's short name after its full one, or a body's neighbour in a list (built-place-kin.ts bodyAtMention); a work's title, a
 *    journal's name (titleAtMention).
 * A name the finders also give another kind keeps its mentions: they join that card (an organisation's, mostly), as before.
 */
export function notPlaceNames(
  text: string,
  found: readonly { type: string; name: string; span: Span }[],
  things: Set<Span>,
  words: ArticleWords,
  L: LexiconSets,
): Set<string> {
  const names = new Set<string>();
  const others = new Set<string>(); // (names found as another kind too: "WeWork buildings" joins the firm's card, as before)
  const unplaced = new Set<string>(); // (everyday words named like a place, no mention placed yet: built-place-doubt.ts everydayNamed)
  const placed = new Set<string>();
  const orgs = found.filter((f) => f.type === 'organization');
  for (const f of found) {
    if (f.type !== 'place') {
      others.add(f.name.toLowerCase());
      continue;
    }
    const low = f.name.toLowerCase();
    if (camelCaseBrand(f.name) || stateOfTitle(f.name, words, L) || shapeNotPlace(text, f.span, f.name, L, words) || ofPhraseTitle(f.name, L)) names.add(low);
    else if (!placed.has(low)) {
      const shape = everydayNamed(f.name, L);
      if (shape) (mentionPlaced(text, f.span, L, shape === 2) ? placed : unplaced).add(low);
    }
    const kind = namesElseThanPlace(text, f.span, f.name);
    if (kind === 'team') names.add(f.name.toLowerCase());
    else if (kind === 'thing' || mentionNotPlace(text, f.span, f.name, L) || titleAtMention(text, f.span)) things.add(f.span);
    else if (bodyAtMention(text, f.span, f.name, orgs, () => mentionPlaced(text, f.span, L)) && !mentionPlaced(text, f.span, L, true)) things.add(f.span);
  }
  for (const u of unplaced) if (!placed.has(u)) names.add(u);
  for (const o of others) names.delete(o);
  return names;
}

/**
 * "WeWork", "TypeScript", "InDesign", "BigQuery", "ColdFusion": one word capitalised inside itself, a part of four letters or
 * more after the inner capital, is a firm's, a product's or a language's spelling (on the real pages 18 of 25 such built
 * places). A place's name is so written only after a family's or an article's prefix ("McAllen", "DeKalb", "LaGrange") or as
 * a neighbourhood's clipped syllables ("SoHo", "SoCal", "FiDi", "EaDo"), whose parts are short.
 */
export function camelCaseBrand(name: string): boolean {
  const m = INNER_CAPITAL.exec(name);
  return !!m && !NAME_PREFIX.test(m[1]!);
}
/** One word: its first part (group 1), then a capital and four lower-case letters or more. */
const INNER_CAPITAL = /^(\p{Lu}\p{Ll}+)\p{Lu}\p{Ll}{3}[\p{L}]*$/u;
/** A family's or an article's prefix that places' names join to the next word ("McAllen", "MacArthur", "DeKalb", "LaSalle", "DuBois"). */
const NAME_PREFIX = /^(?:Mc|Mac|De|Di|Du|Da|La|Le|Van|Von|Fitz|Del|Des|San|Santa)$/;

/**
 * "the State of AI newsletter", "State of Data Teams 2025", "State of HR Outsourcing": "State of" and nothing but everyday words,
 * numbers and capitals is a report's, a survey's or a newsletter's title (on the real pages every such built place). A state's
 * name has a place's name after "of" ("State of Israel", "the State of Qatar", "State of NY").
 */
export function stateOfTitle(name: string, words: ArticleWords, L: LexiconSets): boolean {
  if (!STATE_OF.test(name)) return false;
  const rest = name.slice(9).split(/\s+/);
  for (const w of rest) {
    const low = w.toLowerCase();
    if (/^\d+$/.test(w) || L.everyday.has(low) || everydayWord(low, (x) => words.writtenLower(x))) continue;
    if (/^\p{Lu}{1,5}$/u.test(w) && !L.knownPlaces.has(low) && !US_STATE_CODES.has(w)) continue; // ("AI", "HR"; not "NY")
    return false;
  }
  return true;
}
const STATE_OF = /^State\s+of\s+\S/i;

/**
 * What the name finders say of an article-built place, in a dataset record's terms: a place (a city, the commonest kind of built
 * place), no country — a country's name in a match is its national side, which its card stands for, and the dataset knows the
 * countries. namedAfter reads only the record's type and its "Place" fact.
 */
const AS_CITY: readonly DatasetEntity[] = [
  { id: 'built:place', type: 'place', name: '', aliases: [], facts: [{ label: 'Place', value: 'City (built from the article)', source: '' }] },
];
