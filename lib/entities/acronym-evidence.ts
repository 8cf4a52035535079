import type { DatasetEntity } from '../types';
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
