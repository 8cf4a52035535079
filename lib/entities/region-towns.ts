import type { Span } from '../types';

/**
 * A region's adjective said of a town names the region's country: "Perth, the Scottish city on the River Tay", "In Córdoba, the
 * Andalusian city famous for its Mezquita", "the Tuscan town of Lucca". News places a shared town's name so, by the region and not
 * the country, when the region is better known ("Scottish", not "British"); a reader takes the town for that country's and not the
 * namesake's across the world (the dataset's Perth is Australia's, its Córdoba Argentina's). where-appositive.ts reads countries'
 * own adjectives from the dataset (adjectiveCountries); the dataset has no regions' adjectives, so this lexicon holds them.
 *
 * Only adjectives of one region of one country, English words for it: not "Basque" (Spain and France), "Galician" (Spain, and
 * Ukraine's and Poland's Galicia), "Victorian" (an era as often), "Saxon", "Punjabi", "Bengali", "Frisian".
 * Read only with a kind of town right after the adjective, in the town's appositive (", the Scottish city") or before "of" and the
 * town ("the Scottish city of Perth"): elsewhere the adjective may be a person's ("Sydney, the Welsh singer's home").
 * Cost: asked only of place hits after "of " or before ", the|a|an ".
 */
const REGION_ADJECTIVES: ReadonlyMap<string, string> = new Map(
  (
    [
      ['country:uk', 'Scottish Welsh English Cornish'],
      ['country:sp', 'Andalusian Catalan Castilian Valencian Asturian Aragonese Majorcan Mallorcan Canarian'],
      ['country:it', 'Tuscan Sicilian Sardinian Venetian Lombard Calabrian Apulian Umbrian Ligurian Piedmontese'],
      ['country:fr', 'Breton Alsatian Corsican Provençal Burgundian Norman'],
      ['country:gm', 'Bavarian Swabian Hessian'],
      ['country:be', 'Flemish Walloon'],
      ['country:us', 'Texan Californian Floridian Alaskan Hawaiian'],
      ['country:as', 'Tasmanian'],
      ['country:rs', 'Siberian'],
    ] as const
  ).flatMap(([country, words]) => words.split(' ').map((w) => [w, country] as const)),
);

/** Kinds of town ("city", "port city", "market town", "spa town", "seaside resort", "capital"). */
const KIND = String.raw`(?:(?:port|market|spa|seaside|cathedral|university|border|coastal|mining|harbou?r|industrial)\s)?(?:city|town|village|port|resort|capital)`;
/** ", the Scottish city", ", an Andalusian town": the adjective (group 1), then a kind of town. */
const APPOSITIVE_AFTER = new RegExp(
  String.raw`^,\s(?:the|a|an)\s(?:(?:ancient|historic|old|medieval|small|little|picturesque|northern|southern|eastern|western)\s)?(\p{Lu}\p{Ll}+)\s${KIND}\b`,
  'u',
);
/** "the Scottish city of ", "the Tuscan hill town of ": the adjective (group 1). */
const OF_BEFORE = new RegExp(String.raw`(\p{Lu}\p{Ll}+)\s(?:hill(?:top)?\s)?${KIND}\sof\s$`, 'u');

/** The country whose region's adjective the town's appositive or its "the <Adjective> city of" says (see the module's comment), or null. */
export function regionTownCountry(text: string, span: Span): string | null {
  if (text.charCodeAt(span.end) === 44) {
    const m = APPOSITIVE_AFTER.exec(text.slice(span.end, span.end + 60));
    if (m) return REGION_ADJECTIVES.get(m[1]!) ?? null;
  }
  if (text.charCodeAt(span.start - 2) !== 102) return null; // ("of ")
  const m = OF_BEFORE.exec(text.slice(Math.max(0, span.start - 50), span.start));
  return m ? (REGION_ADJECTIVES.get(m[1]!) ?? null) : null;
}

/**
 * A region's own body named in a sentence sets the sentence in the region's country: "farmers near Perth were demanding compensation
 * from the Scottish government", "Welsh ministers said roads near Newport …". A region's government, parliament, ministers or police
 * act in the region; a sentence naming them speaks of a town there (sentence-region.ts reads it as it reads a division named before
 * the town). Not the adjective alone: "a Scottish engineer living in Perth" may live in Western Australia.
 */
const REGION_BODY = new RegExp(
  String.raw`\b(${[...REGION_ADJECTIVES.keys()].join('|')})\s+(?:[Gg]overnment|[Pp]arliament|[Ee]xecutive|[Mm]inisters?|[Ff]irst\s+[Mm]inister|[Aa]ssembly|[Pp]olice|[Ss]enedd)\b`,
  'u',
);
/** The country of the region whose own body text[lo, hi) names (see above), or null. */
export function regionBodyCountry(text: string, lo: number, hi: number): string | null {
  const m = REGION_BODY.exec(text.slice(lo, hi));
  return m ? (REGION_ADJECTIVES.get(m[1]!) ?? null) : null;
}
