import type { DatasetEntity } from '../types';
import type { Token } from './candidates';

/**
 * "the United Nations Security Council", "the UN General Assembly", "the UN Refugee Agency", "the EU Court of Auditors": a dataset
 * organisation's name before capitalised words of the same name that end in a body's head word names one of its bodies, an
 * organisation of its own, not the whole (uner-ewt test half A: "United Nations Security Council" was the UN's card and a
 * built "Security Council"). The organisation's hit is left, so the name finder builds the longer name whole. The body's own
 * dataset alias ("EU Commission", "EU Council") matched first, longest first. Not before an office or a person ("UN Secretary-General",
 * "NATO Secretary General Jens Stoltenberg", "the UN Security Council President": the words do not end in a body's head), nor
 * for outlets, people or places (link.ts asks their own questions).
 * Cost: asked of organisation hits only; a look at up to four tokens after the hit.
 */

/**
 * Head words of an organisation's organs: a council, an assembly, a court, an agency or a fund of it. Each is one of the name finder's
 * organisation heads, so the longer name is built (not "Program": "the UN World Food Program" would be left without a card).
 */
const BODY_HEADS: ReadonlySet<string> = new Set('council assembly committee commission board agency court secretariat fund bureau parliament'.split(' '));
/** How many capitalised words after the hit a body's name may take ("Human Rights Council"). */
const MAX_WORDS = 4;

/** The hit's tokens end at `b` of `ts`; every candidate is an organisation and the capitalised words after it end in a body's head. */
export function bodyAfterOrg(ts: readonly Token[], b: number, list: readonly DatasetEntity[]): boolean {
  if (b >= ts.length || !list.every((e) => e.type === 'organization')) return false;
  let i = b;
  while (i < ts.length && i - b < MAX_WORDS && ts[i]!.cap && ts[i]!.start - ts[i - 1]!.end === 1) i++;
  // (Stopped by a gap or a fifth capitalised word: not a body's name of these words. A title may open one: "General Assembly".)
  if (i === b || (i < ts.length && ts[i]!.cap)) return false;
  return BODY_HEADS.has(ts[i - 1]!.low);
}
