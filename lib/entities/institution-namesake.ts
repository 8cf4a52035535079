import type { EntityResult, Span } from '../types';

/**
 * An institution or a street named after someone: "Paul Quinn College", "Sierra Nevada Corporation", "the Martin Parr
 * Foundation", "Azim Premji University", "Duke University's Fuqua School of Business", "69 Leonard Street". The name scan ends a
 * name before these head words (name-words.ts NOT_NAME), so the words before them were built as a person's name; a built
 * person's mention right before one of them, one space on and capitalised, is the institution's word, no mention of the person.
 * Only heads no one's surname is as often ("House", "Bank", "Court" are surnames too: "Kevin House said" stays).
 * The person goes when no mention is left; a mention elsewhere ("Martin Parr, who founded it") keeps it.
 */
const HEAD_AFTER =
  /^ (?:University|College|School|Institute|Foundation|Committee|Commission|Council|Ministry|Department|Agency|Association|Corporation|Company|Inc|Ltd|Avenue|Street)\b/;

/** Whether the mention is the first words of an institution's or a street's name. */
export const beforeInstitutionHead = (text: string, m: Span): boolean => text.charCodeAt(m.end) === 32 && HEAD_AFTER.test(text.slice(m.end, m.end + 14));

/** `built` without the mentions that open an institution's or a street's name (see the module's comment). */
export function withoutInstitutionNames(text: string, built: EntityResult[]): EntityResult[] {
  const out: EntityResult[] = [];
  for (const e of built) {
    if (e.type !== 'person' || e.fromDataset || !e.mentions.some((m) => beforeInstitutionHead(text, m))) {
      out.push(e);
      continue;
    }
    const mentions = e.mentions.filter((m) => !beforeInstitutionHead(text, m));
    if (mentions.length) out.push({ ...e, mentions });
  }
  return out;
}
