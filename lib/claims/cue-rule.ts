import type { ClaimKind } from '../types';
import type { Prefiltered } from './prefilter';
import { VAGUE_SOURCE_GROUPS } from '../text/words';
import { BELIEF_VERBS, inflect, speechAlternation } from '../text/speech-verbs';

/** One cue rule of ./cues.ts or ./weasel.ts, with the helpers and parts both build from. */
export interface CueRule extends Prefiltered {
  kind: ClaimKind;
  /**
   * The rule's name, carried by the claims it produces (`RuledClaim.rules`, evaluation only) and
   * listed in ./index.ts HIDDEN_RULES when it is not shown. The weasel tier goes by its label.
   */
  id?: string;
  label: string;
  re: RegExp;
  extend?: boolean;
  /** Skip the match when this tests true on the 40 characters before it. */
  notAfter?: RegExp;
  /**
   * The cue marks the WRITER's distance from a claim, so it counts only in the writer's own voice:
   * not inside a quotation, nor in a sentence attributed to a named speaker (./voice.ts).
   */
  writerVoice?: boolean;
  /** The speaker's own word inside a direct quotation does not count ("they claim to speak for …"). */
  notInQuote?: boolean;
  /**
   * Encyclopedic "weasel" wording (quantifiers, peacock words, superlatives, "may be"): what
   * Wikipedia's editors tag, measured on weasel-dev. In news a strict editor accepted 4 of 33 such
   * flags (issue 17) and 0 of the 37 they add on the judged fixture's tuning sentences (pipeline
   * without quotes), so these run only when asked for (`ClaimContext.vague`), never by default.
   */
  vague?: boolean;
}

export const alt = (...parts: string[]) => `(?:${parts.join('|')})`;
/** `(?:a|b|c)` from 'a b c' (alternatives without spaces). */
export const oneOf = (list: string) => alt(...list.split(' '));
export const words = (list: string) => list.split(' ');
export const rule = (r: CueRule) => r;

export const BE = '(?:is|are|was|were|been|be)\\s+(?:\\p{L}+ly\\s+|now\\s+|once\\s+|still\\s+)?';
/** Groups that stand in for a source: "critics say", "experts believe". */
export const VAGUE_GROUP = alt(...VAGUE_SOURCE_GROUPS);
/**
 * Regular verbs' bare forms and those of their inflect() forms (lib/text/speech-verbs.ts) that `keep`
 * passes: `verbForms(['claim'], /ed$/)` → claim, claimed.
 */
export const verbForms = (bases: readonly string[], keep = /(?:)/) => bases.flatMap((b) => [b, ...inflect(b).filter((f) => keep.test(f))]);
/** "say" and "said": the forms of "say" a plural subject takes ("critics say", "some said"), not "says". */
export const SAY_OR_SAID = alt('say', speechAlternation(['say'], 'past'));
/** What a vague group does when it asserts ("critics say", "experts believe"): bare, -s and -ed forms; "say" and "said" only. */
export const ASSERT_VERB = alt(
  SAY_OR_SAID,
  ...verbForms(['argue', 'claim', 'contend', 'suggest', 'maintain', 'assert', 'allege', 'insist', ...BELIEF_VERBS], /[sd]$/),
);

/**
 * A negation a few words before the cue, inside its clause: the accusation is not made ("It isn't
 * because these companies are lying", "Neither she nor her aides have been charged with", "has
 * never accused"). NEGATION_REACH words cover a subject and its auxiliaries ("nor her allies have
 * been"); a comma, semicolon or full stop ends the negation's reach.
 */
export const NEGATION_REACH = 4;
export const NEGATED = new RegExp(`(?:\\b(?:not|never|neither|nor|nobody|no\\s+one)|n['’]t)(?:\\s+[^\\s,;:.!?]+){0,${NEGATION_REACH}}\\s+$`, 'i');
/** `notAfter` for a rule that has its own exceptions as well as the negation. */
export const orNegated = (re: RegExp) => new RegExp(`${re.source}|${NEGATED.source}`, 'i');
