import type { DatasetEntity, Span } from '../types';
import type { LexiconSets } from './lexicon-sets';
import type { LowerWords } from './article-words';
import type { Hit } from './link';

/** What the article says as a whole, read once before hits are linked. */
export interface Context {
  text: string;
  hits: Hit[];
  adjectiveCountries: Map<string, Span[]>;
  L: LexiconSets | null;
  /** Ids named unambiguously: one candidate, a strong alias, not a one-word surname. */
  sure?: Map<string, DatasetEntity>;
  /** Countries the article names: by name, by adjective, or by one of their places ("Tbilisi"); the article is set in the United States. */
  countries?: Set<string>;
  american?: boolean;
  /** The article uses words of politics, two at least; of office or politics, one (namesakes.ts, asked once each). */
  political?: boolean;
  official?: boolean;
  /** People named in full (two words or more, one candidate) somewhere in the article. */
  fullNames?: Set<string>;
  /** Where the article names a news outlet (any dataset hit with an outlet among its candidates). */
  outletSpans?: Span[];
  /** Countries with one of their places named unambiguously ("Tbilisi" → Georgia). */
  placeCountries?: Set<string>;
  /** Surnames of non-dataset people named in full ("Emirates President Tim Clark"): without a dataset bearer named in full, the bare surname is theirs. */
  otherBearers?: Set<string>;
  /** On a page not in English, the words it writes in lower case (asked only of one-word names opening a sentence). */
  lower?: LowerWords;
  publishedAt?: string | null; // (ISO, when known)
  /** Article-built places: bare names of seat-named divisions left to their city ("stay in Nara"); places in a peer's style ("Duke of Wellington"). */
  cities?: Span[];
  styled?: Span[];
  /** US states' bare names the dataset gives only to a city ("Bothell, Washington", us-state-context.ts): article-built places. */
  states?: Span[];
  /** Towns of an American address that the dataset has only abroad ("Athens, Ga."; place-evidence.ts): article-built places. */
  towns?: Span[];
  /** Another country's namesake city of a dataset place ("Córdoba" in a Spanish story; namesake-abroad.ts): article-built places. */
  abroad?: Span[];
  /** …and one whose country the article names not, nor the dataset place's ("won in Valencia" in a Kenyan story): article-built places. */
  unplaced?: Span[];
  /** Countries whose currency the article counts in ("a euro"; namesake-abroad.ts), read once. */
  paidIn?: ReadonlySet<string>;
}
