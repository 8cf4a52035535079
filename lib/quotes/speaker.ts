/**
 * Who is speaking: the noun phrase in front of a speech cue ("French President Emmanuel Macron
 * said", "a U.S. official told", "sources familiar with the matter said"), reduced to the
 * person's name, and resolved against earlier mentions when it is a surname, a pronoun or a
 * definite description ("the official").
 *
 * Three parts: ./phrase.ts classifies a phrase (name, organisation, pronoun, unnamed source,
 * group); ./subject.ts finds the subject slot in front of a cue; ./resolver.ts resolves.
 *
 * Span convention: `start`/`end` of a Speaker are the span of the words that name the speaker AT
 * THIS CUE (the name inside "French President Emmanuel Macron", the surname "Macron", the pronoun
 * "he", the description "the official"); `name` is the resolved full name or, for an unnamed
 * source, its first description ("a U.S. official").
 */
export { classifyPhrase, leadingSubject, type PhraseKind, type SpeakerPhrase } from './phrase';
export { subjectSlot, type SubjectSlot } from './subject';
export { NAME_RUN_RE, nextNameRun, SpeakerResolver } from './resolver';
