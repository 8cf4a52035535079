import { CERTIFYING_WORDS, CREDENTIAL_WORDS } from '../text/credential-words';
import { ACRONYM_SHAPE, US_STATE_CODES } from '../text/words';
import { speechAfter } from './country-evidence';
import type { Span } from '../types';

/**
 * An organisation's acronym built from the article (other-names.ts) that the article uses for no body (real pages had
 * certifications and a state's code built as organisations):
 * - a credential: at one of its occurrences a credential's noun follows ("the PMP® exam", "your CCNA certification", "PMP®/CAPM®
 *   Certification", "CISSP holders"), or it stands in parentheses after a name that opens with "Certified" or "<Name> Certified"
 *   ("Certified Associate in Project Management (CAPM)", "Cisco Certified Network Associate (CCNA)");
 * - a US state's code after "in" or after a town and a comma ("an LLC in NY", "Woodbury, NY since 1988");
 * unless some occurrence reads as a body's: after an agent's "by" or "from the" ("granted by the PMI"), before a verb of
 * speech ("the PMI said"), or before a word of certifying ("ASQ Certified Six Sigma Black Belt", "SCA-certified", "AWS
 * certifications"): a body awards the credential.
 * `mentions`: the card's mentions (the finder's; the text is searched for every occurrence).
 */
export function acronymNoBody(text: string, name: string, mentions: readonly Span[]): boolean {
  if (!ACRONYM_SHAPE.test(name) || !mentions.length) return false;
  const state = US_STATE_CODES.has(name);
  let noBody = false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '')) continue; // (inside a longer word or acronym)
    const before = text.slice(Math.max(0, at - 80), at);
    const word = WORD_AFTER.exec(text.slice(end, end + 40))?.[1]?.toLowerCase();
    if (BODY_BEFORE.test(before) || speechAfter(text.slice(end, end + 28)) || (word && CERTIFYING_WORDS.has(word))) return false;
    noBody ||= (!!word && CREDENTIAL_WORDS.has(word)) || credentialSpelled(before) || (state && STATE_PLACE_BEFORE.test(before));
  }
  return noBody;
}
const LETTER = /[\p{L}\p{N}]/u;
/** An agent's "by" ("granted by (the) PMI"; not "followed by", an order) or "from the" ("a grant from the NEA"; "benefit from PMP" is no source). */
const BODY_BEFORE = /(?:(?<!\bfollowed\s)\bby\s(?:the\s)?|\bfrom\sthe\s)$/;
/** After the acronym: marks, a ")", other acronyms joined by "/" or "or" ("®/CAPM®"), then a word (after a space or a hyphen). */
const WORD_AFTER = /^[®™)]*(?:(?:\/|\s(?:or|and)\s)[A-Z]{2,6}[®™]*)?[\s-](\p{L}+)/u;
/** "in " or "<Town>, " before a state's code. */
const STATE_PLACE_BEFORE = /(?:\bin|\p{Lu}\p{Ll}+,)\s$/u;
/**
 * "… Certified … (" before the acronym: capitalised words (and "in", "of", "and") from "Certified" to the parenthesis, "Certified"
 * after a mark, a lower-case word or one capitalised word ("the Certified Associate in …", "Cisco Certified Network Associate"; not
 * "American Institute of Certified Public Accountants (AICPA)": a body of certified people).
 */
const CERTIFIED_NAME = /(?:(?:^|[^\p{L}\s])\s*|\s(?!of\s|for\s)\p{Ll}+\s+|\s\p{Lu}[\p{L}&]*\s)Certified(?:\s(?:\p{Lu}[\p{L}&-]*|in|of|and))+\s\($/u;
const credentialSpelled = (before: string): boolean => CERTIFIED_NAME.test(before);
