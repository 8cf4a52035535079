import type { LexiconSets } from './lexicon-sets';
import { legalForm } from './name-shapes';
import { US_STATE_CODES } from '../text/words';

/**
 * Article-built "organisations" whose words name a kind of firm or a heading's choice, not one body (issue 18; the built-
 * organisation audit tests/fixtures/links-judged-2026-12-07-s31.json, "NYS LLC", and the real pages):
 *
 *  - formedIn: a state's or a place's name, or a single letter, and a legal form only ("your New York LLC", "a NY LLC", "a Delaware LLC", "an S
 *    Corp", "taxed as a C Corp"): a firm formed in that state, or a tax class — the kind, which every firm there may be; a body's
 *    name has a word of its own before its form ("Zip Moving Inc", "Hudson Moving & Storage Co.");
 *  - judgedChoice: "Right" or "Wrong" first, then everyday words ("How to Choose the Right Social Media Marketing Company",
 *    "Pruning the Wrong Group at the Wrong Time"): the writer's judgement of a choice in a heading, which no body is called.
 *
 * Name-based (a few Set tests); asked with built-org-doubt.ts's evidence, as its doubted names are: a mention that gives a body's
 * acts ("… said", "… announced") keeps the card.
 */
export function kindOfFirm(name: string, L: LexiconSets): boolean {
  const sp = name.indexOf(' ');
  if (sp < 0) return false;
  const ws = name.toLowerCase().split(/\s+/);
  return formedIn(name, ws, L) || judgedChoice(ws, L);
}

function formedIn(name: string, ws: string[], L: LexiconSets): boolean {
  let k = ws.length;
  while (k > 1 && legalForm(ws[k - 1]!.replace(/\.$/, ''))) k--;
  if (k === ws.length || k === 0) return false;
  const before = name.split(/\s+/).slice(0, k);
  const place = ws.slice(0, k).join(' ');
  if (k === 1 && (US_STATE_CODES.has(before[0]!) || /^\p{Lu}$/u.test(before[0]!))) return true;
  return L.usStates.has(place) || L.knownPlaces.has(place);
}

/** Words of a heading's judgement, capitalised first in its Title Case ("the Right Agency", "the Wrong Group"). */
const JUDGED: ReadonlySet<string> = new Set(['right', 'wrong']);
function judgedChoice(ws: string[], L: LexiconSets): boolean {
  if (!JUDGED.has(ws[0]!)) return false;
  for (let i = 1; i < ws.length; i++) if (!L.everyday.has(ws[i]!) && !/^\p{Ll}+-\p{Ll}+$/u.test(ws[i]!)) return false;
  return true;
}
