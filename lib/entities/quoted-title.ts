/**
 * A name opening a title in quotation marks after a thing's noun and a naming verb ("a sample came in called “Glasgow (…)”",
 * "her new single, titled 'Berlin'", "an exhibition entitled “Texas Forever”"): the quotation names a work, a product or a
 * venue, not the place, person or outlet whose name it begins with. The thing's noun must stand in the same clause before
 * the verb, a comma or a few adverbs of naming apart ("a song aptly titled", "a sample came in called"): "the country now called
 * 'Eswatini'" and "a town called “Jordan”" name places, "what officials called “Russia's war”" quotes words, and "so-called"
 * is no naming verb.
 * Cost: a character test per hit; a slice only after an opening quotation mark.
 */
import type { Span } from '../types';

const NAMING_QUOTE = /(?<![-\p{L}])(?:called|titled|entitled|named|dubbed)\s+['‘"“]$/u;
/** Works, products and venues that are given a title. */
const THINGS =
  'song songs single track tracks tune demo sample album record ep mixtape film movie documentary series episode show sitcom podcast ' +
  'book novel memoir poem play musical opera painting photograph photo sculpture installation exhibition exhibit essay column ' +
  'report paper study game app brand product collection perfume dish cocktail drink beer wine restaurant bar cafe café ' +
  'club band';
/** The few words that may stand between the thing and the verb. */
const BETWEEN = 'came comes come is was were are also simply now originally first aptly fittingly in out up back';
const THING_BEFORE = new RegExp(`(?<!\\p{L})(?:${THINGS.split(' ').join('|')}),?(?:\\s+(?:${BETWEEN.split(' ').join('|')})){0,2}\\s+$`, 'iu');

/** True where the name at `span` begins a quoted title given to a work, a product or a venue. */
export function opensQuotedTitle(text: string, span: Span): boolean {
  const c = text.charCodeAt(span.start - 1);
  if (c !== 39 && c !== 34 && c !== 0x2018 && c !== 0x201c) return false;
  const before = text.slice(Math.max(0, span.start - 80), span.start);
  const verb = NAMING_QUOTE.exec(before);
  return !!verb && THING_BEFORE.test(before.slice(0, verb.index));
}
