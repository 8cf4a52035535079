/**
 * Nouns written after a credential's acronym ("PMP® exam", "your CCNA certification", "CISSP holders", "a CPA credential"): the
 * acronym names what one holds, no body (lib/entities/acronym-credential.ts). Not "certified", "certifications", "certificate":
 * a body certifies and awards them ("SCA-certified brewers", "AWS certifications", "UF certificate courses").
 */
export const CREDENTIAL_WORDS: ReadonlySet<string> = new Set('certification exam exams examination examinations holder holders credential'.split(' '));

/** Written after an acronym, a body's work: it certifies, approves or accredits ("NASM Certified Nutrition Coach", "SCA-approved"). */
export const CERTIFYING_WORDS: ReadonlySet<string> = new Set('certified approved accredited certifications'.split(' '));
