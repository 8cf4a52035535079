import type { Span } from '../types';
import { speechForms } from '../text/speech-verbs';

/**
 * A body's acts that news reports of "the" and an acronym: it speaks, warns, announces, rules, bans, fines, offers ("The NHS will
 * offer the jab to everyone over 75", "the RSPCA said the dog was safe", "the IIBA offers related credentials"). A machine, a test
 * or a file does none of these in news copy ("the SLS has been", "the CSS rules": a noun; "the FIDE approved size": an adjective),
 * so no verb here doubles as a plural noun or as a participle before a noun (not "rules", "approved", "reports").
 */
const BODY_SPEECH = ['say', 'tell', 'warn', 'announce', 'urge', 'deny', 'insist', 'pledge'];
const BODY_VERBS = [
  // The speech verbs from lib/text/speech-verbs.ts, past and present, and bare after "will"/"can" ("tell" only with a hearer: not here).
  ...speechForms(BODY_SPEECH, 'finite'),
  ...BODY_SPEECH.filter((b) => b !== 'tell'),
  ...'ordered orders order banned bans ban fined fines fine decided decides decide refused refuses refuse offered offers offer recommended recommends recommend'.split(
    ' ',
  ),
];
/** "the", the acronym, then an auxiliary or an adverb at most, and one of BODY_VERBS in lower case. */
const BODY_ACTS_AFTER = new RegExp(`^\\s+(?:(?:will|would|can|could|has|had|also|now|then|still|already)\\s+){0,2}(?:${BODY_VERBS.join('|')})\\b(?!-)`);
/**
 * Acronyms of a person's role, who speaks as often as a body: a chief officer (CEO, CIO, CISO), a vice-president (VP, SVP, EVP),
 * the most valuable player; and the machines that "say" things (a language model, a game's character). Two letters are never
 * enough (the DA, the DJ, the GP, the QB speak too).
 */
const ROLE_OR_MACHINE = /^(?:C\p{Lu}{1,3}O|\p{Lu}?VP|MVP|LLM|NPC|GPS|HR|AI)$/u;

/**
 * Whether an acronym of three or more capitals, found by no list, is a body's by what the sentence says of it: "the" right before
 * it (any case: "The NHS will offer …") and a body's act right after it (BODY_VERBS).
 */
export function bodyActsAfterThe(text: string, span: Span, before: string | null): boolean {
  if (before !== 'the' || span.end - span.start < 3) return false;
  if (ROLE_OR_MACHINE.test(text.slice(span.start, span.end))) return false;
  return BODY_ACTS_AFTER.test(text.slice(span.end, span.end + 40));
}
