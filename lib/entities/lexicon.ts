/**
 * The name finder's word lists live in lib/text (lib/dataset serves them and must not import
 * lib/entities). The name finder itself reads them through DatasetLookup.lexicon, so that the
 * look-up decides where they come from (the background's, the CLI's in-memory one).
 */
export { NAME_LEXICON, type NameLexicon } from '../text/name-lexicon';
export { lexiconSets, type LexiconSets } from './lexicon-sets';
