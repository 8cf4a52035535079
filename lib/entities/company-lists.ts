import type { DatasetEntity, Span } from '../types';

/**
 * A place's name in a list of companies is a company's name ("offered by companies such as Google,
 * Meta, X and more" — Meta the company, not Colombia's department). English introduces such a list by
 * its kind ("companies such as", "firms like", "brands including") or closes it so ("and other tech
 * companies"); there the place's card is wrong.
 * (Not a list by its neighbours alone: "In New York State, Blue Hill's …" and "Asia and New Guinea"
 * set a place beside a name the dataset knows as an organisation.)
 */

/** The list's kind and its opener, or a verb of acquiring ("acquired Urchin, Picasa, "), then the members before the name: "companies such as Google, ". */
const COMPANY_LIST_BEFORE =
  /\b(?:(?:compan(?:y|ies)|firms|brands|businesses|corporations|platforms|tech\s+giants|vendors|providers|start-?ups|retailers|employers|sponsors)\s+(?:such\s+as|like|including|includ(?:e|ing))|acquired|acquir(?:e|es|ing))\s+(?:[A-Z0-9][^,.;:!?\n]{0,40},\s+)*(?:and\s+|or\s+)?$/;

/** …or closed by it after the name: "Google, Meta and other tech companies", "Meta, Apple, and similar firms". */
const COMPANY_LIST_AFTER =
  /^(?:,\s+[A-Z0-9][^,.;:!?\n]{0,40})*,?\s+(?:and|or)\s+(?:other|similar|many\s+other|several\s+other)\s+(?:(?:tech|technology|software|big|large|major|social\s+media|internet)\s+)?(?:compan(?:y|ies)|firms|brands|corporations|platforms|giants)\b/;

/** The candidates of a name at `span` without places, where the name stands in a list of companies. */
export function inCompanyList(candidates: DatasetEntity[], text: string, span: Span): DatasetEntity[] {
  if (!candidates.some((c) => c.type === 'place')) return candidates;
  return inListOfCompanies(text, span) ? candidates.filter((c) => c.type !== 'place') : candidates;
}

/** The name at `span` stands in a list of companies, opened or closed by their kind. */
// (Each pattern asked only where the words it must hold are there: the opener before, "other" or "similar" after.)
// (And first, by hand, what each needs right at the name: most names stand in no list, and COMPANY_LIST_BEFORE, anchored at its
// end, is otherwise tried at each of 160 characters wherever a "like" stands before.)
export const inListOfCompanies = (text: string, span: Span): boolean =>
  (joinedBefore(text, Math.max(0, span.start - 160), span.start) && listedBefore(text.slice(Math.max(0, span.start - 160), span.start))) ||
  (joinedAfter(text, span.end) && listedAfter(text.slice(span.end, span.end + 160)));

const listedBefore = (lead: string): boolean =>
  (lead.includes('like') || lead.includes('such') || lead.includes('includ') || lead.includes('acquir')) && COMPANY_LIST_BEFORE.test(lead);
const listedAfter = (after: string): boolean => (after.includes('other') || after.includes('similar')) && COMPANY_LIST_AFTER.test(after);

/** Whitespace before `at` (from `from` on), and before it a comma or a word COMPANY_LIST_BEFORE's opener or joiners end in. */
function joinedBefore(text: string, from: number, at: number): boolean {
  let i = at - 1;
  while (i >= from && SPACE.test(text[i]!)) i--;
  if (i === at - 1 || i < from) return false;
  return text.charCodeAt(i) === 44 || JOINER_WORDS.some((w) => text.endsWith(w, i + 1));
}
/** A comma right after the name, or whitespace and "and" or "or": what COMPANY_LIST_AFTER opens with. */
function joinedAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) === 44) return true;
  let i = end;
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return i > end && (text.startsWith('and', i) || text.startsWith('or', i));
}
const SPACE = /\s/;
const JOINER_WORDS = ['as', 'like', 'including', 'include', 'and', 'or'];
