/**
 * Reads one CIA World Factbook profile (sections → fields → {text}) into the handful of fields
 * the background cards use. Pure: the caller reads the files.
 */
import { htmlToText } from './html';
import { parseOfficeholders, type ParsedOfficeholder } from './officeholders';

type Json = Record<string, unknown>;

export interface CapitalItem {
  name: string; // "Pretoria"
  qualifier?: string; // "administrative capital"
  aliases: string[]; // "Kiev", "Yangon"
}

export interface FactbookProfile {
  gec: string;
  region: string;
  name: string; // display name
  longName?: string;
  localShortName?: string;
  abbreviations: string[];
  formerNames: string[];
  adjectives: string[];
  capitalText?: string;
  capitals: CapitalItem[];
  governmentType?: string;
  population?: { text: string; value?: number; year?: string };
  location?: string;
  organizations: string[]; // acronyms of full memberships
  tlds: string[];
  chiefs: ParsedOfficeholder[];
  heads: ParsedOfficeholder[];
  executiveText?: string;
  /** Raw HTML of a single-block executive branch (the EU profile): its <em>/<strong> marks carry structure. */
  executiveHtml?: string;
  memberStates?: string;
  background?: string;
  etymology?: string;
  electionResults?: string;
  isDependency: boolean;
  /** Government > Administrative divisions, as plain text, and its note. */
  adminDivisions?: { text: string; note: string };
  /** People and Society > Major urban areas - population. */
  urbanAreas?: string;
  /** Geography > Map references (one region per line). */
  mapReferences?: string;
  /** People and Society > Languages (for telling language tags from names). */
  languages?: string;
  /** Government > Political parties and Terrorism > Terrorist group(s), as plain text (one party a line). */
  parties?: string;
  terrorGroups?: string;
  /** The Factbook's own kind of profile. */
  kind: 'country' | 'union' | 'ocean' | 'world' | 'uninhabited';
}

function field(obj: unknown, ...path: string[]): string | undefined {
  let cur: unknown = obj;
  for (const key of path) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Json)[key];
  }
  if (cur && typeof cur === 'object' && typeof (cur as Json).text === 'string') return htmlToText((cur as Json).text as string);
  return typeof cur === 'string' ? htmlToText(cur) : undefined;
}

const none = (s: string | undefined) => (!s || /^none$/i.test(s.trim()) ? undefined : s.trim());

/** "Belorussian (Byelorussian) Soviet Socialist Republic, ..." → names without notes. */
function splitNames(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/[,;]\s*/)
    .map((s) =>
      s
        .replace(/\([^)]*\)/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((s) => /^\p{Lu}/u.test(s) && s.length <= 60);
}

/** Aliases in a capital's note: "(Kiev is the transliteration ...)", "(aka Yangon, ...)", "(Ha Noi)". */
function capitalAliases(note: string): string[] {
  return note
    .replace(/^aka\s+/i, '')
    .split(/[/,;]/)
    .map((s) => s.replace(/\s+(?:is|in|are|continues)\b.*$/, '').trim())
    .filter((s) => /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(s));
}

export function parseCapitals(text: string | undefined): CapitalItem[] {
  if (!text || !/^\p{Lu}/u.test(text)) return [];
  const items: CapitalItem[] = [];
  for (const part of text.split(/;\s*|,\s*(?=[\p{Lu}][^,]*\()/u)) {
    if (/^note\b/i.test(part.trim())) break;
    const m = /^([^()]+?)(?:\s+in\s+\p{Lu}\p{Ll}+)?\s*(?:\(([^)]*)\)?)?\s*$/u.exec(part.trim());
    if (!m) continue;
    const name = m[1]!.trim();
    if (!/^\p{Lu}/u.test(name) || name.split(' ').length > 5) continue;
    const note = m[2]?.trim();
    const isQualifier = note !== undefined && /^\p{Ll}/u.test(note) && !/^aka\b/.test(note);
    items.push({ name, qualifier: isQualifier ? note : undefined, aliases: note && !isQualifier ? capitalAliases(note) : [] });
  }
  return items;
}

function parsePopulation(text: string | undefined): FactbookProfile['population'] {
  if (!text) return undefined;
  const first = text.split(/\n|;/)[0] ?? text;
  const m = /^([\d,.]+)\s*(million|billion)?/.exec(first);
  const year = /\((?:[^)]*?)(\d{4})\s*est\.?\)/.exec(first)?.[1];
  if (!m) return { text: first, year };
  let value = Number(m[1]!.replace(/,/g, ''));
  if (m[2] === 'million') value *= 1e6;
  if (m[2] === 'billion') value *= 1e9;
  return { text: first, value: Number.isFinite(value) ? value : undefined, year };
}

/** Memberships with a qualifier ("(observer)", "(partner)", "(NGOs)") are not full memberships. */
function parseOrganizations(text: string | undefined): string[] {
  if (!text || /^none\b/i.test(text)) return [];
  return text
    .split(/,\s*/)
    .map((s) => s.trim())
    .filter((s) => s && !/\(/.test(s))
    .map((s) => s.replace(/\.$/, ''));
}

function parseTlds(text: string | undefined): string[] {
  if (!text) return [];
  return [...text.matchAll(/\.([a-z]{2})\b/g)].map((m) => m[1]!);
}

export function readProfile(gec: string, region: string, json: Json): FactbookProfile {
  const gov = (json.Government ?? {}) as Json;
  const names = (gov['Country name'] ?? gov['Union name'] ?? {}) as Json;
  const short = none(field(names, 'conventional short form'));
  const long = none(field(names, 'conventional long form')?.replace(/;\s*note\b.*$/is, ''));
  const abbreviations = (none(field(names, 'abbreviation')) ?? '')
    .split(/\s+or\s+|[,;]\s*|\s*\(or\s+|\)/)
    .map((s) => s.trim())
    .filter((s) => /^[A-Z][A-Za-z.]{1,7}$/.test(s));
  let name = (short ?? long ?? '').replace(/\s*\([^)]*\)\s*$/, (m) => (/Brazzaville|Kinshasa|Malvinas/.test(m) ? m : '')).trim();
  // An abbreviation as the short form ("DRC") is the press's alias, not a display name.
  if (long && /^[A-Z]{2,5}$/.test(name)) {
    abbreviations.push(name);
    name = long;
  }
  const exec = gov['Executive branch'] as Json | undefined;
  const adjectiveText = field(json['People and Society'], 'Nationality', 'adjective');
  const adjectives = (adjectiveText ?? '')
    .split(/[;,]|\bor\b/)
    .map((s) => s.replace(/\([^)]*\)/g, '').trim())
    .filter((s) => /^\p{Lu}[\p{L}' -]*$/u.test(s) && !/^none$/i.test(s));
  const capitalText = field(gov, 'Capital', 'name');
  const kind: FactbookProfile['kind'] =
    region === 'oceans' ? 'ocean' : region === 'world' ? 'world' : gov['Union name'] ? 'union' : exec ? 'country' : 'uninhabited';
  return {
    gec,
    region,
    name,
    longName: long && long !== name ? long : undefined,
    localShortName: none(field(names, 'local short form')),
    abbreviations: [...new Set(abbreviations)],
    formerNames: splitNames(none(field(names, 'former'))),
    adjectives: [...new Set(adjectives)],
    capitalText: capitalText && /^\p{Lu}/u.test(capitalText) ? capitalText.replace(/;\s*note\b.*$/is, '') : undefined,
    capitals: gov['Union name'] ? [] : parseCapitals(capitalText),
    governmentType: field(gov, 'Government type'),
    population: parsePopulation(field(json['People and Society'], 'Population', 'total') ?? field(json['People and Society'], 'Population')),
    location: field(json.Geography, 'Location'),
    organizations: parseOrganizations(field(gov, 'International organization participation')),
    tlds: parseTlds(field(json.Communications, 'Internet country code')),
    chiefs: exec ? parseOfficeholders(field(exec, 'chief of state') ?? '') : [],
    heads: exec ? parseOfficeholders(field(exec, 'head of government') ?? '') : [],
    executiveText: exec ? (typeof (exec as Json).text === 'string' ? field(exec) : undefined) : undefined,
    executiveHtml: exec && typeof (exec as Json).text === 'string' ? ((exec as Json).text as string) : undefined,
    memberStates: field(gov, 'Member states'),
    background: field(json.Introduction, 'Background'),
    etymology: field(names, 'etymology'),
    electionResults: exec ? field(exec, 'election results') : undefined,
    isDependency: gov['Dependency status'] !== undefined,
    adminDivisions: field(gov, 'Administrative divisions')
      ? { text: field(gov, 'Administrative divisions')!, note: field(gov, 'Administrative divisions', 'note') ?? '' }
      : undefined,
    urbanAreas: field(json['People and Society'], 'Major urban areas - population'),
    mapReferences: field(json.Geography, 'Map references'),
    languages: field(json['People and Society'], 'Languages', 'Languages') ?? field(json['People and Society'], 'Languages'),
    parties: field(gov, 'Political parties'),
    terrorGroups: field(json.Terrorism, 'Terrorist group(s)'),
    kind,
  };
}
