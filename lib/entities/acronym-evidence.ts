import type { DatasetEntity, Span } from '../types';
import type { Hit } from './link';
import { isShortAcronym } from './outlet-context';
import { speechAfter, type CountryView } from './country-evidence';
import { wordBefore } from './name-words';

/**
 * Whether a country's, a place's or an organisation's short acronym ("PR", "CIS", "WHO") names it (decide.ts): the article
 * also names it otherwise — its name, a country's adjective or one of its places — or, for an organisation, the acronym
 * speaks as a body does, "the" before it and a verb of speech after it in lower case ("The WHO said cholera cases had
 * doubled", "the IEA warned"): a pronoun, a file type or a benchmark does not speak, and a heading in capitals
 * ("THE WHO SAID") is no evidence.
 */
export const namedOtherwise = (c: DatasetEntity, h: Hit, ctx: CountryView): boolean =>
  ctx.adjectiveCountries.has(c.id) ||
  ctx.placeCountries!.has(c.id) ||
  ctx.hits.some((x) => x !== h && x.candidates.length === 1 && x.candidates[0]!.id === c.id && !isShortAcronym(ctx.text.slice(x.span.start, x.span.end))) ||
  speaksAsBody(c, h, ctx);

/** "The WHO said": an organisation's short acronym in capitals, "the" before it, a verb of speech in lower case after it. */
export const speaksAsBody = (c: DatasetEntity, h: Hit, ctx: CountryView): boolean =>
  c.type === 'organization' &&
  isShortAcronym(ctx.text.slice(h.span.start, h.span.end)) &&
  wordBefore(ctx.text, h.span.start) === 'the' &&
  speechAfter(ctx.text.slice(h.span.end, h.span.end + 28));

/**
 * An organisation's name built from the article that the article uses as a common noun: an acronym it writes in the plural
 * ("REITs", "LLCs", "RVs") or after "a" or "an" where it ends its phrase ("to be a CA, but", "an LLC and"; not "a NASA astronaut"),
 * or a name spelled out beside such an acronym ("Professional Employer Organization (PEO)" beside "a full-service PEO", "Virtual
 * Private Network (VPN)" beside "VPNs"): a kind of firm, thing or credential, no one body.
 */
export function acronymAsNoun(text: string, name: string, mentions: readonly Span[]): boolean {
  if (ACRONYM.test(name)) return usedAsNoun(text, name);
  for (const m of mentions) {
    const a = ACRONYM_AFTER.exec(text.slice(m.end, m.end + 10)) ?? ACRONYM_BEFORE.exec(text.slice(Math.max(0, m.start - 10), m.start));
    if (a && a[1] === initials(name)) return usedAsNoun(text, a[1]);
  }
  return false;
}
const ACRONYM = /^[A-Z]{2,5}$/;
const ACRONYM_AFTER = /^\s?\(([A-Z]{2,5})\)/;
const ACRONYM_BEFORE = /\b([A-Z]{2,5})\s?\($/;
/** The capitalised words' first letters ("Professional Employer Organization" → "PEO"). */
const initials = (name: string): string => (name.match(/(?<![\p{L}'\u2019])\p{Lu}/gu) ?? []).join('');
function usedAsNoun(text: string, acronym: string): boolean {
  if (new RegExp(`\\b${acronym}s\\b`).test(text)) return true;
  return new RegExp(`\\b(?:a|an)\\s+(?:[a-z-]+\\s+)?${acronym}(?=\\s*[,.;:!?()]|\\s+(?:and|or|is|was|that|which|who|in|for|to|with)\\b)`).test(text);
}
