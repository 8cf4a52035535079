/**
 * A namesake disclaimer anywhere later in the full name's own sentence: "said Mark Carney, a retired miner who has volunteered
 * with the cave rescue team for thirty years and is no relation of the Canadian prime minister", "Emma Raducanu, 52, a dinner
 * lady from Hull, is not related to the tennis player". named-after.ts namesakeCue reads the cue only within 100 characters of
 * an appositive; a long appositive's relative clause puts it further off. The person the article means is then not the dataset's
 * (the name stays an article-built person).
 * The cue must be a copula's ("is no relation of", "was not related to", "is not to be confused with") or "(no relation)", not
 * any "no relation to" ("the figures bore no relation to reality" says nothing of the speaker), and must belong to the name's own
 * appositive: the text between opens with a comma or a bracket right after the name and holds no other person's name before a
 * comma or "who" ("Keir Starmer, the prime minister, met John Smith, who is no relation of …" disclaims John Smith only), no
 * quotation and no sentence end.
 * Cost: a character test per full-name hit; one sentence's slice and two patterns only after a comma or a bracket.
 */
import type { Span } from '../types';
import { namesakeCue } from './named-after';

/**
 * The disclaimer: a copula's "no relation (to|of)", "not related to", "not to be confused with", "unrelated to"; "(no relation)"; or
 * "(who happens to) share(s) a name with" — said of the name's own appositive only, like the rest.
 */
const DISCLAIMER =
  /\b(?:(?:is|was|are|were|being)\s+(?:also\s+|of\s+)?(?:no\s+(?:known\s+)?relation\s+(?:to|of)|not\s+(?:(?:in\s+any\s+way|at\s+all)\s+)?related\s+to|(?:not|in\s+no\s+way)\s+(?:to\s+be\s+)?confused\s+with|unrelated\s+to)|\(\s*no\s+(?:known\s+)?relation\s*\)|(?:happens?\s+to\s+|happened\s+to\s+)?(?:shares?|shared)\s+(?:a|the|his|her|their)\s+(?:name|surname)\s+with)/u;
/** Another person's name between (two capitalised words, then a comma, a bracket or "who"): the cue may be that person's. */
const OTHER_PERSON = /\s\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+(?:\s*[,(]|\s+who\b)/u;
/** How far after the name the sentence is read. */
const REACH = 320;

/** True where the full name at `span` opens an appositive that, before its sentence ends, says the person is no relation of another. */
export function disclaimedInSentence(text: string, span: Span): boolean {
  const c = text.charCodeAt(span.end);
  if (c !== 44 && c !== 40 && !(c === 32 && text.charCodeAt(span.end + 1) === 40)) return false; // ", " or "(" right after
  const rest = text.slice(span.end, span.end + REACH);
  const end = /[.!?;:](?:\s|$)|["“”]|\n/.exec(rest.slice(1));
  const clause = end ? rest.slice(0, end.index + 1) : rest;
  const m = DISCLAIMER.exec(clause);
  return !!m && !OTHER_PERSON.test(clause.slice(0, m.index));
}

/**
 * The article's own word makes the full name at `span` a namesake's (named-after.ts namesakeCue, or a disclaimer later in the
 * sentence): asked where several dataset people share the name and the article's country picks one (decide.ts personCheck).
 */
export const namesakeSaid = (text: string, span: Span): boolean => namesakeCue(text, span) || disclaimedInSentence(text, span);
