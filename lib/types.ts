/**
 * The contract between lib/'s capabilities, the CLI, the content script and the popup.
 *
 * Offsets are UTF-16 indices into `Analysis.text` (JavaScript string indices), `end` exclusive.
 * Everything here is plain JSON so it can cross the extension's message channel and be stored in
 * `browser.storage.session` unchanged.
 */
import type { NameLexicon } from './text/name-lexicon';

export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Dataset (what the build script writes to assets/dataset.json and the background stores in Dexie)
// ---------------------------------------------------------------------------------------------

export type EntityType = 'person' | 'organization' | 'country' | 'place' | 'outlet' | 'other';

/** Where a fact comes from: a human-readable source name and the date the source describes. */
export interface SourceRef {
  name: string; // e.g. "CIA World Factbook"
  asOf: string; // ISO date or "YYYY-MM", e.g. "2026-01-22"
}

/** One sourced fact. `label` is what the card prints before the value ("Capital", "Role"). */
export interface Fact {
  label: string;
  value: string;
  source: string; // key into Dataset.sources
  /** Optional start date of the state the fact describes (e.g. a term of office), ISO date. */
  since?: string;
  /** `since` starts the current term (the holder was in office before: re-elected or re-appointed), not the tenure. */
  term?: boolean;
  /**
   * Set when a newer source (read at build time only) says the state has changed since: the fact
   * holds as of this date (its source's), and is shown so, never as current.
   */
  asOf?: string;
  /** That newer source lists another holder: its name and date only (Role.supersededBy). */
  supersededBy?: Superseded;
}

/**
 * A newer source, read at build time and not shipped, lists another holder of the office (or, with
 * `headOfGovernment`, another head of government of the role's state, whose cabinet this role was
 * in). Only the fact of the change is kept, with the source's name and snapshot date: never the
 * other holder's name nor anything else of that source. The role is never current, and the card
 * says so plainly ("a newer source (22 August 2026) lists another holder").
 */
export interface Superseded {
  source: string; // the newer source's display name (not a key into Dataset.sources: it is not shipped)
  asOf: string; // its snapshot date, ISO
  headOfGovernment?: boolean;
  /** With `headOfGovernment`: the day that source has the new head of government in office from (ISO). */
  headSince?: string;
}

/**
 * A dated role. Who holds an office is a fact that changes, so every role says which source says
 * so and as of when. Only the newest source covering an office may call its holder current.
 */
export interface Role {
  title: string; // "President"
  of: string | null; // entity id of the country/organisation, e.g. "country:by"
  ofName: string | null; // "Belarus"
  /** Start of continuous tenure (not the latest re-inauguration), ISO date or "YYYY-MM"/"YYYY". */
  since?: string;
  /** `since` starts the current term: the person was in office before it, or may have been (when the tenure began is unknown). */
  term?: boolean;
  /**
   * An older source saw the person in this office from `since` until its own date `asOf`, before the
   * current term, under `title`; whether the tenure went on between is not said. Read only against an article dated inside.
   */
  seen?: { since?: string; asOf: string; source: string; title: string };
  /** The source of `since` when it differs from the role's own source (tenure dated by an older, fuller record). */
  sinceSource?: string;
  /** End of the role when it has ended (from the source, or the date of the newer source that contradicts it). */
  until?: string;
  source: string; // key into Dataset.sources
  /** The as-of date of the row that says this (a snapshot's date); defaults to the source's asOf. */
  asOf?: string;
  /**
   * current: the newest source covering this office says this person holds it;
   * as-of: only an older source says so (shown "as of <asOf>, <source>", never as current);
   * former: the role has ended.
   * Absent on data built before roles were dated: read as 'as-of'.
   */
  status?: 'current' | 'as-of' | 'former';
  /** A stable key for the office, e.g. "hos:country:us", "hog:country:gb", "minister:foreign-affairs:country:fr". */
  office?: string;
  /** Earlier, separate terms in the same office. */
  earlierTerms?: { since?: string; until?: string }[];
  /** For a role no longer current: who holds the office now according to the newest source. */
  successor?: { name: string; entityId: string | null; since?: string; source: string; asOf?: string; supersededBy?: Superseded };
  /** A newer, unshipped source lists another holder of this office (or another head of government) after `asOf`. */
  supersededBy?: Superseded;
}

export interface DatasetEntity {
  id: string; // stable: "person:alyaksandr-lukashenka", "country:by", "outlet:washingtonpost.com"
  type: EntityType;
  name: string; // display name in the press's usual spelling
  aliases: string[]; // surface forms (display case); normalised by `aliasKey` for look-up
  summary?: string; // one line written from the facts
  facts: Fact[];
  roles?: Role[]; // people
  countryId?: string; // the country this entity belongs to / stands for
  /** Outlets: registrable domains. */
  domains?: string[];
  /** Outlets: state-media labels, one per source that labels it. */
  stateLabels?: { label: string; code?: string; source: string }[];
  /** Countries: ISO 3166-1 alpha-2 code (from the Factbook's country-code domain), for the flag. */
  code?: string;
  /** Demonyms/adjectives for countries ("Belarusian"). */
  adjectives?: string[];
  /** For places that stand for an institution (the Kremlin → the Russian presidency). */
  standsFor?: string;
  /** Alias keys that are too ambiguous to link on their own (need context). */
  weakAliases?: string[];
  /** Those weak aliases that are everyday words ("brown" of Gordon Brown, "plant"), not names other entities share. */
  everydayAliases?: string[];
  /** Alias keys written in capitals in the source (acronyms, "CAR"): a surface must be in capitals too. */
  acronyms?: string[];
  /** People: Wikidata QID, the identity key across sources ("Q12345"). */
  wikidata?: string;
  /** People: date of death when a source gives one (a dead person holds no office). */
  died?: string;
  /** The source of `died` (key into Dataset.sources): the card cites it. */
  diedSource?: string;
}

export interface Dataset {
  version: string; // content hash or date stamp
  builtAt: string;
  sources: Record<string, SourceRef & { licence: string; url?: string }>;
  entities: DatasetEntity[];
}

/**
 * The small look-up interface through which analysis reaches the dataset. The CLI implements it
 * over the bundled file; the content script over messages to the background's Dexie database, so
 * the page never loads the whole dataset.
 */
export interface DatasetLookup {
  /** For each alias key (see `aliasKey`) the entities that carry it. Unknown keys are omitted. */
  byAliases(keys: string[]): Promise<Record<string, DatasetEntity[]>>;
  /** Outlets whose registrable domain matches. */
  byDomain(domain: string): Promise<DatasetEntity[]>;
  /** Entities by id (missing ids are omitted). */
  byIds(ids: string[]): Promise<DatasetEntity[]>;
  /** Sources table, for card "source · as of" lines. */
  sources(): Promise<Dataset['sources']>;
  /** The name finder's word lists (lib/text/name-lexicon.ts); without them only dataset names and introduced people are found. */
  lexicon?(): Promise<NameLexicon>;
}

// ---------------------------------------------------------------------------------------------
// Analysis output (the CLI's JSON shape, the content script's result, the popup's input)
// ---------------------------------------------------------------------------------------------

export interface Card {
  title: string;
  lines: string[];
  sources: SourceRef[];
  /** True when the card is built from the article itself, not from the dataset. */
  fromArticle?: boolean;
  /** The flag of the entity's country as an emoji (regional-indicator pair), when known. */
  flag?: string;
  /** Every line, grouped ("Then and now", "Roles", "Former roles", "Facts"…), for the popup; `lines` is the hover card's at most 6. */
  groups?: { label: string; lines: string[] }[];
}

export interface EntityResult {
  id: string | null;
  name: string;
  type: EntityType;
  fromDataset: boolean;
  mentions: Span[];
  card: Card;
  /** How the article describes the entity ("Politico's", "European Commission President"). */
  descriptor?: string;
  /** Why the name finder linked (or built) this entity: "full name", "title + surname", "speech verb" … */
  why?: string;
}

export interface Speaker {
  name: string;
  start: number | null;
  end: number | null;
  entityId: string | null;
  anonymous: boolean;
  /** "a U.S. official", "protesters": unnamed individual or group. */
  group?: boolean;
  /** The person who relays someone else's words ("Macron said he was assured that ..."). */
  via?: { name: string; start: number | null; end: number | null; entityId: string | null } | null;
}

export interface QuoteResult extends Span {
  kind: 'direct' | 'indirect';
  speaker: Speaker | null;
  cue: Span | null;
}

export type ClaimKind = 'allegation' | 'denial' | 'hedged' | 'state-media' | 'anonymous' | 'contradicted';

export interface ClaimResult extends Span {
  kinds: ClaimKind[];
  reason: string;
  /** Index into Analysis.claims of the claim that contradicts this one. */
  contradicts?: number[];
}

export interface ArticleDecision {
  isArticle: boolean;
  articleScore: number; // 0..1
  reasons: string[];
}

export interface Analysis {
  file?: string;
  url?: string;
  isArticle: boolean;
  articleScore: number;
  reasons?: string[];
  title: string | null;
  /** The article's publication date as the page gives it (JSON-LD datePublished, article:published_time, <time>, a dateline), ISO date; null when the page gives none. */
  publishedAt?: string | null;
  /** The page's own publisher, with its dataset card when the dataset knows it. */
  publisher: { name: string; entityId: string | null; card?: Card } | null;
  text: string;
  entities: EntityResult[];
  quotes: QuoteResult[];
  claims: ClaimResult[];
  ms: { total: number; [stage: string]: number };
}
