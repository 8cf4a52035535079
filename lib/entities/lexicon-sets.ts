import type { NameLexicon } from '../text/name-lexicon';
import { TITLE_WORDS } from '../text/words';
import { NOT_NAME } from './name-words';

/*
 * (Type-only import of the lexicon: the lists arrive through DatasetLookup.lexicon.)
 */

/** A lexicon's lists as sets, built once per lexicon object. */
export interface LexiconSets {
  orgHeads: Set<string>;
  orgLeads: Set<string>;
  placeHeads: Set<string>;
  placeLeads: Set<string>;
  otherHeads: Set<string>;
  lead: Set<string>;
  qualifiers: Set<string>;
  acronyms: Set<string>;
  titles: Set<string>;
  givenNames: Set<string>;
  /** Given names that make a person alone ("met Suzanne"): those of compromise, not the officeholders' ("Siri"). */
  soleGivenNames: Set<string>;
  /** US states as alias keys ("new york"). */
  usStates: Set<string>;
  /** Well-known organisations and places by lower-case name ("boeing", "san diego"). */
  knownOrgs: Set<string>;
  knownPlaces: Set<string>;
  /** Cities of 100,000 people or more that no other list has ("baqubah", "las vegas"): places where the person finder found no one. */
  cities: Set<string>;
  /** Companies compromise's lexicon lacks, lower case ("accenture", "zillow"): organisations where the article sets them in a company's context once. */
  companies: Set<string>;
  /** Everyday English words ("spark", "origin", "reports"): after its first word, a shape-only person's name with one is a thing's. */
  everyday: Set<string>;
  /** Dataset places by id → other countries with a large city of the same name (namesake-abroad.ts). */
  abroad: Map<string, string[]>;
  /** Of those, the ones whose namesake abroad is half their size or more ("Valencia", "Charlotte"). */
  abroadRivals: Set<string>;
  /** Places whose name a town of 10,000 people or more in another country carries → those countries (sentence-region.ts). */
  abroadTowns: Map<string, string[]>;
  /** Currencies named without a country's adjective ("euro", "yen") → the countries that pay in them (namesake-abroad.ts). */
  currencies: Map<string, string[]>;
  /** Regions of the world (also among knownPlaces): a place where not an adjective. */
  regions: Set<string>;
  lifeVerbs: Set<string>;
  kin: Set<string>;
  /** Head words of businesses ("… Pizza", "… Motorsports"): no person's name ends in one. */
  businessHeads: Set<string>;
  /** Any of the US-context words, as one regex over the text (null when the lexicon has none). */
  usContext: RegExp | null;
}
const compiled = new WeakMap<NameLexicon, LexiconSets>();
const words = (s: unknown) => (typeof s === 'string' ? s.split(' ').filter(Boolean) : []);
/** "<key>=<id>,<id> …" as a map. */
const pairs = (s: unknown) => new Map(words(s).map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1).split(',')] as const));
/** Sets over a lexicon; a damaged lexicon (fields missing or not strings) reads as empty lists. */
export function lexiconSets(lex: NameLexicon): LexiconSets {
  let L = compiled.get(lex);
  if (!L) {
    L = {
      orgHeads: new Set(words(lex.orgHeads)),
      orgLeads: new Set(words(lex.orgLeads)),
      placeHeads: new Set(words(lex.placeHeads)),
      placeLeads: new Set(words(lex.placeLeads)),
      otherHeads: new Set(words(lex.otherHeads)),
      lead: new Set([...NOT_NAME, ...words(lex.leadWords)]),
      qualifiers: new Set(words(lex.qualifiers)),
      acronyms: new Set(words(lex.commonAcronyms)),
      titles: new Set([...TITLE_WORDS, ...words(lex.titles)]),
      givenNames: new Set([...words(lex.givenNames), ...words(lex.officeholderGivenNames)]),
      soleGivenNames: new Set(words(lex.givenNames)),
      usStates: new Set(words(lex.usStates).map((w) => w.replace(/_/g, ' '))),
      knownOrgs: new Set(words(lex.knownOrgs).map((w) => w.replace(/_/g, ' '))),
      knownPlaces: new Set([...words(lex.knownPlaces), ...words(lex.regions)].map((w) => w.replace(/_/g, ' '))),
      cities: new Set(words(lex.cities).map((w) => w.replace(/_/g, ' '))),
      companies: new Set(words(lex.companies).map((w) => w.toLowerCase())),
      everyday: new Set(words(lex.everyday)),
      abroadRivals: new Set(words(lex.abroadRivals)),
      abroad: pairs(lex.abroad),
      abroadTowns: pairs(lex.abroadTowns),
      currencies: pairs(lex.currencies),
      regions: new Set(words(lex.regions).map((w) => w.replace(/_/g, ' '))),
      lifeVerbs: new Set(words(lex.lifeVerbs)),
      kin: new Set(words(lex.kin)),
      businessHeads: new Set(words(lex.businessHeads)),
      usContext: words(lex.usContext).length
        ? new RegExp(
            `\\b(?:${words(lex.usContext)
              .map((w) => w.replace(/_/g, ' ').replace(/[.*+?^${}()|[\]\\]/g, ''))
              .join('|')})\\b`,
          )
        : null,
    };
    compiled.set(lex, L);
  }
  return L;
}
