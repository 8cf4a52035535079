/**
 * The commonest function words of English (lower case). Their share among an article's lower-case
 * words tells English prose (0.14 and up on the real pages of ../shared/pages, lists and product
 * pages included) from other languages (German, French, Portuguese, Czech, Indonesian, Latin filler:
 * 0.06 and below), whose capitalised nouns and words the English naming conventions would misread.
 */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ('the of and to in is a for that with on it was as are by this be at from or an have not you but they his he has we ' + 'were which will their').split(' '),
);
