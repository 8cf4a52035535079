/** The name finder's word lists live in lib/text (lib/dataset serves them and must not import lib/entities). */
export { NAME_LEXICON, type NameLexicon } from '../text/name-lexicon';
