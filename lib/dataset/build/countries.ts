/**
 * Countries, territories, oceans and the EU from Factbook profiles, with their capitals as places
 * that stand for governments, and the EU's institutions and their presidents.
 */
import type { ParsedOfficeholder } from './officeholders';
import { parseOfficeholders } from './officeholders';
import { htmlToText } from './html';
import { isTermStart } from './term-starts';
import { aliasKey } from '../alias-key';
import type { FactbookProfile } from './profiles';
import { addAlias, addFact, newDraft, slug, withArticle, type Draft } from './draft';

export function formatPopulation(value: number): string {
  if (value >= 1e9) return `${(value / 1e9).toFixed(1)} billion`;
  if (value >= 1e6) return `${(value / 1e6).toFixed(1)} million`;
  return value.toLocaleString('en-US');
}

export function entityIdOf(p: FactbookProfile): string {
  if (p.kind === 'union') return `org:${(p.abbreviations[0] ?? p.gec).toLowerCase()}`;
  if (p.kind === 'world') return 'other:world';
  if (p.kind === 'ocean') return `place:${slug(p.name)}`;
  return `country:${p.gec}`;
}

/** The display name of an ocean or the World, which have no "Country name" field. */
export function fallbackName(p: FactbookProfile): string {
  if (p.kind === 'world') return 'World';
  const m =
    /\b(?:The\s+)?(\p{Lu}\p{Ll}+ Ocean)\b/u.exec(p.background?.split('.')[0] ?? '') ??
    /\b(\p{Lu}\p{Ll}+ Ocean)\b/u.exec(p.etymology ?? '') ??
    /\b(\p{Lu}\p{Ll}+ Ocean)\b/u.exec(p.background ?? '');
  return m?.[1] ?? p.gec;
}

function region(location: string | undefined): string | undefined {
  const first = location?.split(/[,;]/)[0]?.trim();
  return first && first.length <= 40 ? first : undefined;
}

function officeLine(o: ParsedOfficeholder, displayName: string): string {
  return o.title ? `${o.title} ${displayName}` : displayName;
}

export interface CountryBuild {
  draft: Draft;
  capitals: Draft[];
}

/**
 * `displayOf` gives the final display name of a parsed officeholder (the press spelling when the
 * people builder matched one), so the country card and the person card agree.
 */
export function buildCountry(
  p: FactbookProfile,
  source: string,
  displayOf: (o: ParsedOfficeholder) => string,
  termOf: (o: ParsedOfficeholder) => boolean = () => false,
): CountryBuild {
  const id = entityIdOf(p);
  const name = p.name || fallbackName(p);
  const type = p.kind === 'union' ? 'organization' : p.kind === 'world' ? 'other' : p.kind === 'ocean' ? 'place' : 'country';
  const d = newDraft(id, type, name);
  if (type === 'country') d.countryId = id;
  addAlias(d, p.longName, 0);
  if (/^The\s/.test(name)) addAlias(d, name.replace(/^The\s+/, ''), 0);
  for (const a of p.abbreviations) addAlias(d, a, 1);
  // A former name ("Gold Coast", "Ceylon", "Persia") is a weak alias: today it names a city, a tea or a video game as often,
  // and history more often than the country now; it links where the article names the country otherwise (decide.ts).
  for (const f of p.formerNames) {
    addAlias(d, f, 2);
    (d.claimOnly ??= new Set()).add(aliasKey(f)); // (claimed against namesakes still: "Zaire" is no Angolan province's)
  }
  if (p.localShortName && !/[/(]/.test(p.localShortName)) addAlias(d, p.localShortName, 2);
  if (p.adjectives.length) d.adjectives = p.adjectives;
  // The country-code top-level domain is the ISO 3166-1 alpha-2 code, but for the UK (.uk → GB).
  const tld = p.tlds.map((t) => t.replace(/^\./, '').toLowerCase()).find((t) => /^[a-z]{2}$/.test(t));
  if (tld && type === 'country') d.code = (tld === 'uk' ? 'gb' : tld).toUpperCase();
  if (p.longName) addFact(d, { label: 'Official name', value: p.longName, source });
  if (p.formerNames.length) addFact(d, { label: 'Former names', value: p.formerNames.join(', '), source });
  if (p.capitalText) addFact(d, { label: type === 'organization' ? 'Seats' : 'Capital', value: p.capitalText, source });
  const where = region(p.location);
  if (where && type !== 'other') addFact(d, { label: 'Location', value: p.location!.length <= 80 ? p.location! : where, source });
  if (p.governmentType) addFact(d, { label: type === 'organization' ? 'Type' : 'Government type', value: p.governmentType, source });
  if (p.population) addFact(d, { label: 'Population', value: p.population.text, source, since: p.population.year });
  // A date that starts a term, not the tenure (term-starts.ts), reads "term since".
  const term = (o: ParsedOfficeholder) => (o.since && (isTermStart(p.electionResults, o, id) || termOf(o)) ? { term: true } : {});
  for (const o of p.chiefs) addFact(d, { label: 'Chief of state', value: officeLine(o, displayOf(o)), source, since: o.since, ...term(o) });
  for (const o of p.heads) addFact(d, { label: 'Head of government', value: officeLine(o, displayOf(o)), source, since: o.since, ...term(o) });
  if (p.memberStates) addFact(d, { label: 'Member states', value: p.memberStates.split(/;\s*note\b/i)[0] ?? '', source });
  if (p.organizations.length) addFact(d, { label: 'Member of', value: p.organizations.join(', '), source });
  if (!d.facts.length && p.background) addFact(d, { label: 'Background', value: p.background.split(/(?<=\.)\s/)[0] ?? '', source });

  const parts: string[] = [];
  if (p.governmentType && p.governmentType.length <= 90) parts.push(governmentWhere(p.governmentType, where));
  else if (where) parts.push(where);
  if (p.capitals[0]) parts.push(`capital ${p.capitals[0].name}`);
  if (p.population?.value) parts.push(`population ${formatPopulation(p.population.value)}${p.population.year ? ` (${p.population.year} est.)` : ''}`);
  d.summary = parts.length ? `${name}: ${parts.join('; ')}` : name;

  const capitals = type === 'country' ? p.capitals.map((c) => buildCapital(c, d, source)) : [];
  return { draft: d, capitals };
}

function buildCapital(c: FactbookProfile['capitals'][number], country: Draft, source: string): Draft {
  const d = newDraft(`place:${slug(c.name)}`, 'place', c.name);
  // City-states (Singapore, Monaco): the country keeps the name.
  if (aliasKey(c.name) === aliasKey(country.name)) {
    addAlias(d, c.name, 2);
    d.alias.set(aliasKey(c.name), { surface: c.name, rank: 2 });
  }
  d.countryId = country.id;
  d.standsFor = `the government of ${withArticle(country.name)}`;
  for (const a of c.aliases) addAlias(d, a, 1);
  if (c.name.includes(',')) addAlias(d, c.name.split(',')[0], 1); // "Washington, D.C." → "Washington"
  const what = `Capital of ${withArticle(country.name)}${c.qualifier ? ` (${c.qualifier})` : ''}`;
  addFact(d, { label: 'Place', value: what, source });
  addFact(d, { label: 'Country', value: country.name, source });
  d.summary = `${c.name}: ${what.charAt(0).toLowerCase()}${what.slice(1)}`;
  return d;
}

export interface UnionOffice {
  institution: string; // "European Commission"
  holder: ParsedOfficeholder;
}

/**
 * The EU profile writes its executive as "<em>Institution</em> - ... <strong>president:</strong>
 * Name (since ...)" blocks; each block with a named president gives an office.
 */
export function unionOffices(html: string | undefined): UnionOffice[] {
  if (!html) return [];
  const out: UnionOffice[] = [];
  for (const block of html.split(/<em>/i).slice(1)) {
    const institution = htmlToText(block.split(/<\/em>/i)[0] ?? '')
      .replace(/\s*-\s*$/, '')
      .trim();
    const m = /<strong>\s*president:\s*(?:<\/strong>)?\s*([^<]+)/i.exec(block);
    if (!institution || !m) continue;
    const holder = parseOfficeholders(htmlToText(m[1] ?? ''))[0];
    if (holder) out.push({ institution, holder });
  }
  return out;
}

/**
 * The summary's government type and region: "presidential republic in Central Africa". A type of several
 * clauses is said after the region, whole (the card leaves out the fact lines its summary says word for
 * word): "in Southern Asia" after its last clause would read as part of it ("the United States does not
 * recognize the Taliban Government in Southern Asia").
 */
export function governmentWhere(type: string, where: string | undefined): string {
  if (!where) return type;
  return type.includes('; ') ? `${where}; ${type}` : `${type} in ${where}`;
}
