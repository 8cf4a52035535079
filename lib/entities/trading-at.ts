import type { Span } from '../types';
import { speechAlternation } from '../text/speech-verbs';

/**
 * A firm named like a place, which the sentence then calls a firm: "Frozen chip sales at Iceland jumped 11 per cent in the quarter,
 * the supermarket chain said". A trading figure "at" a name ("sales at", "profits at", "footfall at") is a business's, and the
 * speaker the sentence gives after it, "the <kind of firm> said", is that business: the name is the firm's, not the country's or the
 * town's ("Iceland", "Boots", "Next", "Phoenix"). A place's own figures are "in" it ("sales in Iceland rose"), and the speaker alone
 * may be another firm named before ("Sales in China fell, the carmaker said"): both words are asked.
 * Cost: asked only of place hits after "at "; a match on 30 characters before, one on the rest of the sentence after.
 */
const FIGURE_AT = /(?:^|[^\p{L}])(?:sales|profits?|revenues?|turnover|takings|footfall|earnings|margins)\s(?:\p{Ll}+\s)?at\s$/u;
/** Kinds of firm a speaker is called by ("the supermarket chain", "the discount retailer", "the group"). */
const FIRM_KINDS =
  'chain|retailer|supermarket|grocer|store|stores|company|firm|group|business|carmaker|airline|bank|lender|brewer|maker|manufacturer|operator|brand|label|franchise';
/** ", the <up to two words> <firm kind> said|says|reported|added|announced" in the rest of the sentence (the shared speech verbs' forms). */
const FIRM_SAID = new RegExp(
  String.raw`^[^.;!?\n]{0,160}?,\s(?:the|The)\s(?:[\p{L}-]+\s){0,2}(?:${FIRM_KINDS})\s${speechAlternation(['say', 'report', 'add', 'announce'], 'finite')}\b`,
  'u',
);

/** The place hit at `span` follows a trading figure's "at", and the sentence calls its speaker a firm (see the module's comment). */
export function tradingAt(text: string, span: Span): boolean {
  if (!text.startsWith('at ', span.start - 3)) return false;
  // (Lower-cased: "Profits at" opens a sentence.)
  if (!FIGURE_AT.test(text.slice(Math.max(0, span.start - 40), span.start).toLowerCase())) return false;
  return FIRM_SAID.test(text.slice(span.end, span.end + 200));
}
