import type { Span } from '../types';
import { HONORIFICS, VAGUE_SOURCE_GROUPS } from '../text/words';
import { ATTRIBUTION_VERBS, BELIEF_SAYING_FORMS, INVERTIBLE_SPEECH_VERBS, speechAlternation, speechForms } from '../text/speech-verbs';

/**
 * Whose voice a sentence is in. A hedge or a vague quantifier in the writer's own voice ("Many
 * believe", "probably") is the writer's distance from the claim; the same word in a sentence the
 * writer attributes to a NAMED person ("Many of the bridges need repair, Smith said")
 * is that person's way of putting it — the reader knows who vouches for it. News copy is full of
 * such sentences, encyclopedic prose (where "weasel" words are tagged) rarely has them.
 */

/**
 * Verbs by which the writer hands a statement to its speaker (past and present; lib/text/speech-verbs.ts).
 * "Wrote" only with "that" (below): "He wrote many of Queen's songs" is authorship, not speech.
 */
const BASES = ATTRIBUTION_VERBS.filter((v) => v !== 'write');
/**
 * Verbs that hand over a statement only with "that" after them: "write" (above), "suggest" (not
 * among ATTRIBUTION_VERBS), and the belief forms (BELIEF_SAYING_FORMS, and here "believed" too).
 */
const THAT_VERBS = [...speechForms(['write', 'suggest'], 'finite'), ...BELIEF_SAYING_FORMS, 'believed'];
const VERB = `(?:${speechForms(BASES, 'finite').join('|')}|pointed\\s+out|points\\s+out|(?:${THAT_VERBS.join('|')})\\s+that)`;

/** Reporting verbs after their subject: "Smith said", "she told reporters", "he argued". */
const SUBJECT_SAYS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\p{Lu}[\p{L}.'\u2019-]*|he|she|I|we)\s+(?:(?:also|later|then|has|had|have|previously|repeatedly|\p{Ll}+ly)\s+)?${VERB}(?![\p{L}\p{N}])`,
  'gu',
);

/** Honorifics before a surname, capitalised ("Sen.", "Dr"). */
const TITLES = `(?:${[...HONORIFICS].map((h) => h[0]!.toUpperCase() + h.slice(1)).join('|')})`;

/** Finite forms of the verbs that put a named subject after them (", said Jones", "wrote Smith"), from the shared list. */
const SAID_BASES = [...INVERTIBLE_SPEECH_VERBS];
const SAID = speechAlternation(SAID_BASES, 'finite');

/** Reporting verbs before their subject: ", said Jones", "according to Smith". */
const SAYS_SUBJECT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${SAID}|according\s+to(?:\s+(?:a|an|the)\s+[\p{Ll}-]+\s+(?:by|from|of))?)\s+(?:${TITLES}\.?\s+)?(\p{Lu}[\p{L}.'\u2019-]*)`,
  'gu',
);

/**
 * Capitalised words that open a reporting clause without naming anyone: quantifiers and vague
 * groups ("Some said", "Critics argued") are the weasel itself, and "It"/"This" name nothing.
 */
const NOT_A_NAME = new Set([
  ...VAGUE_SOURCE_GROUPS,
  ...(
    'some many most several few others other critics experts observers analysts commentators officials sources ' +
    'people scholars historians researchers scientists fans supporters opponents detractors reports studies ' +
    'it this that these those there they one all both each everyone someone somebody nobody many residents ' +
    'witnesses locals insiders aides diplomats the a an and but so yet while when if as'
  ).split(' '),
]);

const isName = (w: string) => !NOT_A_NAME.has(w.toLowerCase().replace(/[.'\u2019-]+$/, ''));

/** Is the sentence attributed to a named speaker (or a pronoun standing for one)? */
export function attributedToNamedSpeaker(text: string, sentence: Span): boolean {
  const body = text.slice(sentence.start, sentence.end);
  for (const re of [SUBJECT_SAYS, SAYS_SUBJECT]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(body))) if (isName(m[1]!)) return true;
  }
  return false;
}
