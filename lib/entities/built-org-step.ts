import type { Span } from '../types';

/**
 * An article-built "organisation" that is a step's or a tip's heading (issue 18; the built-organisation audit of seed 40: "Work
 * With CBC Bank for Advice and Services"; the real pages: "- Set Specific Times: Dedicate
 * specific times each day", "Keep Detailed Records: Maintain a log", "- Contain LLC: Contain the words", "Design For Social Media:
 * €420"). Guides list their advice as a verb's imperative in Title Case and a colon, then the advice; a reader takes the words for
 * the step, whatever head word ends them ("Records", "LLC", "Media"), not for a body's name — a body's name does not open with a
 * bidding verb. Asked at every mention, with built-org-doubt.ts's evidence: a mention that gives a body's acts keeps the card.
 */
export function stepHeading(text: string, name: string, mentions: readonly Span[]): boolean {
  const sp = name.indexOf(' ');
  if (sp < 0) return false;
  const first = name.slice(0, sp).toLowerCase();
  // ("Work With CBC Bank for Advice", "Design For Social Media": a verb and a capitalised preposition, a heading's Title Case.)
  if ((IMPERATIVES.has(first) || HEADING_ONLY.has(first)) && TITLE_PREPOSITION.test(name.slice(sp))) return true;
  if (!IMPERATIVES.has(first)) return false; // (cheap: a Set test first)
  for (const m of mentions) if (text[m.end] !== ':') return false;
  return mentions.length > 0;
}
/** A preposition capitalised right after the verb, in Title Case ("Work With …", "Design For …"): a heading's, no body's name. */
const TITLE_PREPOSITION = /^ (?:With|For|To|From|Into|On|Onto|Through|Without) \p{Lu}/u;
/** Verbs that open a body's name too, but never before a capitalised preposition ("Work With …", "Get To Know …"). */
const HEADING_ONLY: ReadonlySet<string> = new Set(['work', 'get', 'open', 'research', 'partner', 'team']);

/**
 * Verbs that open a guide's steps and tips in the imperative ("Set", "Keep", "Choose", "Use"); not "Open", "Research", "Get",
 * "Work", which open bodies' names as often ("Open University", "Research Institute of America", "Get Moving USA").
 */
const IMPERATIVES: ReadonlySet<string> = new Set(
  'set keep contain build design use choose find make create improve hire plan start stop add avoid check compare consider learn write track review define identify understand ask take give try follow share save protect boost grow increase reduce optimize optimise leverage measure monitor automate schedule prepare test focus engage develop establish invest dedicate treat contact book register apply submit pick include limit'.split(
    ' ',
  ),
);
