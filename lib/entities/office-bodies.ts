import type { DatasetEntity } from '../types';

/** The article names the institution of one of the person's offices, its title's part after "of the" and of two words or more ("Governor of
 * the Bank of England" and "the Bank of England would cut rates"; not "Minister of the Interior": "Interior" is an everyday word). */
export const institutionNamed = (pick: DatasetEntity, text: string): boolean =>
  !!pick.roles?.some((r) => {
    const body = BODY.exec(r.title ?? '')?.[1];
    return !!body && body.split(' ').some((w) => !GENERIC_BODY_WORDS.has(w)) && text.includes(body);
  });
/** The title's end after "of the": capitalised words, "of", "for" or "and" between them. */
const BODY = / of the (\p{Lu}\p{L}+(?: (?:of |for |and )?\p{Lu}\p{L}+)+)$/u;
/** Words of bodies every country has ("the Central Bank", "the General Staff"): a title of them alone names no one country's. */
const GENERIC_BODY_WORDS: ReadonlySet<string> = new Set(
  'Central National Reserve State Bank General Staff Armed Forces Council Cabinet Ministers Economy Finance Defence Defense Security Service Intelligence Foreign Information and of for Revolutionary'.split(
    ' ',
  ),
);
