/**
 * The name finder's word lists live in lib/text (lib/dataset serves them and must not import
 * lib/entities). Only the background, Node tools and tests import this module: the content
 * script reads the lists through DatasetLookup.lexicon and imports lexicon-sets.ts instead.
 */
export { NAME_LEXICON, type NameLexicon } from '../text/name-lexicon';
export { lexiconSets, type LexiconSets } from './lexicon-sets';
