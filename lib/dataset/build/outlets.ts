/**
 * News outlets from the State Media Matrix (State Media Monitor typology) and the Kagi News media
 * file, merged by registrable domain. Both sources' labels are kept when they disagree.
 */
import { registrableDomain } from '../domain';
import { aliasKey } from '../alias-key';
import { addAlias, addFact, addWeak, newDraft, type Draft } from './draft';
import { assetName, codeNamedOutlets, isBrand, ownerNamed, parenAcronyms, personNamedOutlets, stripParen, theLess } from './outlet-names';

export interface StateMediaRow {
  Country: string;
  'Media company': string;
  'Main assets': string;
  URL: string;
  Typology: string;
}

export interface KagiOutlet {
  country: string;
  organization: string;
  domains: string[];
  owner: string;
  typology: string;
  /** The media list's own description ("Reuters is a global news agency …"). */
  description?: string;
}

export interface CuratedOutlet {
  name: string;
  domain: string;
  country: string;
  aliases?: string[];
  owner?: string;
  source: string;
}

export const STATE_MEDIA_LABELS: Record<string, string> = {
  SC: 'state-controlled media',
  CaPu: 'captured public/state-managed media',
  CaPr: 'captured private media',
  ISFM: 'independent state-funded and state-managed media',
  ISF: 'independent state-funded media',
  ISM: 'independent state-managed media',
  IP: 'independent public media',
};

/** The owner's first sentence, whole: a full stop inside an abbreviation ("U.S.", "L.P.", "N.V.", "Inc.") ends nothing. */
export function shortOwner(owner: string): string {
  let end = owner.length;
  for (const m of owner.matchAll(/[.;](?=\s+\S)/g)) {
    const before = owner.slice(0, m.index);
    const word = /(\S+)$/.exec(before)?.[1] ?? '';
    const abbreviation =
      m[0] === '.' && (/\./.test(word) || /^\p{Lu}$/u.test(word) || /^(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Mr|Mrs|Dr|No|Bros|Pty|Plc|S\.A|Cie)$/i.test(word));
    if (!abbreviation) {
      end = m.index!;
      break;
    }
  }
  const first = owner.slice(0, end).trim().replace(/;$/, '');
  if (first.length <= 120) return first;
  // Cut between words, never inside one ("… du Monde up t…").
  const space = first.lastIndexOf(' ', 117);
  return `${first.slice(0, space > 60 ? space : 117).replace(/[\s,;:]+$/, '')} …`;
}

/** A government body's own site that a media list carries (a canton, a federal administration): not a news outlet. */
const GOVERNMENT_BODY = /^(?:Canton of|Federal administration of|Government of|Ministry of|City of|Municipality of|Office of the)\b/i;

interface Group {
  domains: Set<string>;
  rows: StateMediaRow[];
  kagi: KagiOutlet[];
}

export function buildOutlets(
  rows: StateMediaRow[],
  kagi: KagiOutlet[],
  curated: CuratedOutlet[],
  countryOf: (name: string) => { id: string; name: string } | undefined,
  sources: { stateMedia: string; kagi: string; curated: string },
): Draft[] {
  // Union-find over registrable domains: a Kagi entry lists several domains of one outlet (a group named after its flagship, the flagship's only: ownerNamed).
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const add = (x: string) => {
    if (!parent.has(x)) parent.set(x, x);
  };
  const union = (a: string, b: string) => {
    parent.set(find(a), find(b));
  };
  const rowDomain = new Map<StateMediaRow, string>();
  for (const r of rows) {
    const dom = r.URL ? registrableDomain(r.URL) : '';
    if (!dom || !dom.includes('.')) continue;
    rowDomain.set(r, dom);
    add(dom);
  }
  const kagiDomains = new Map<KagiOutlet, string[]>();
  for (const k of kagi) {
    const doms = [...new Set((ownerNamed(k)?.sites ?? k.domains).map(registrableDomain).filter((x) => x.includes('.')))];
    if (!doms.length) continue;
    kagiDomains.set(k, doms);
    doms.forEach(add);
    doms.slice(1).forEach((x) => union(doms[0]!, x));
  }
  const groups = new Map<string, Group>();
  const groupOf = (dom: string) => {
    const root = find(dom);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { domains: new Set(), rows: [], kagi: [] }));
    g.domains.add(dom);
    return g;
  };
  for (const [r, dom] of rowDomain) groupOf(dom).rows.push(r);
  for (const [k, doms] of kagiDomains) {
    const g = groupOf(doms[0]!);
    doms.forEach((x) => g.domains.add(x));
    g.kagi.push(k);
  }
  // A company whose assets span several sites is a parent; its name suits its main site only.
  const companyGroups = new Map<string, Map<Group, number>>();
  for (const g of groups.values())
    for (const r of g.rows) {
      const key = `${r.Country}|${r['Media company']}`;
      const m = companyGroups.get(key) ?? new Map<Group, number>();
      m.set(g, (m.get(g) ?? 0) + 1);
      companyGroups.set(key, m);
    }

  const drafts: Draft[] = [];
  const weight = new Map<Draft, number>();
  for (const g of groups.values()) {
    const k = g.kagi[0];
    const domainCounts = new Map<string, number>();
    for (const r of g.rows) domainCounts.set(rowDomain.get(r)!, (domainCounts.get(rowDomain.get(r)!) ?? 0) + 1);
    const primary: string =
      (k ? kagiDomains.get(k)![0] : [...domainCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0]) ?? [...g.domains][0]!;
    const company = g.rows[0]?.['Media company'] ?? '';
    const companyKey = `${g.rows[0]?.Country}|${company}`;
    const spread = companyGroups.get(companyKey);
    const companyHere = spread && spread.size === 1;
    const assets = [...new Set(g.rows.map((r) => assetName(stripParen(r['Main assets']))).filter(Boolean))].sort((a, b) => a.length - b.length);
    // The asset of the row at the site's own address (www.cgtn.com, not africa.cgtn.com) names it first.
    const mainRow = g.rows.find((r) => {
      try {
        return (
          /^(?:www\.)?[^.]+\.[^.]+(?:\.[a-z]{2})?$/.test(new URL(r.URL).hostname) && registrableDomain(r.URL) === new URL(r.URL).hostname.replace(/^www\./, '')
        );
      } catch {
        return false;
      }
    });
    const mainAsset = mainRow ? assetName(mainRow['Main assets']) : undefined;
    const mainAcronym = mainAsset ? parenAcronyms(mainAsset).find((x) => /^\p{Lu}{2,6}$/u.test(x)) : undefined;
    const name: string =
      (k && ownerNamed(k)?.name) ||
      k?.organization ||
      (companyHere && company ? stripParen(company) : (mainAcronym ?? (mainAsset ? stripParen(mainAsset) : undefined) ?? assets[0] ?? stripParen(company))) ||
      primary;
    if (!g.rows.length && GOVERNMENT_BODY.test(name)) continue;
    const d = newDraft(`outlet:${primary}`, 'outlet', name);
    d.domains = [primary, ...[...g.domains].filter((x) => x !== primary).sort()];
    theLess(d, name);
    for (const kk of g.kagi) {
      const owner = ownerNamed(kk);
      if (owner) addAlias(d, owner.name, 0);
      if (owner && !owner.keepOrganization) continue;
      if (isBrand(kk.organization, kk.description)) {
        d.alias.delete(aliasKey(kk.organization));
        addWeak(d, kk.organization);
        continue;
      }
      addAlias(d, kk.organization, 0);
      addAlias(d, stripParen(kk.organization), 1);
    }
    // One word that is not the outlet's own name ("HR", the radio of Croatia's HRT at radio.hrt.hr;
    // "Ria", a station of Mediacorp; "CBS" for Cambodian Broadcasting Service) is an everyday word
    // or an acronym shared the world over: a weak alias, linked only where the article uses it as
    // the name of a medium (lib/entities/outlet-context.ts). On wcxb-dev's articles "HR" alone had
    // been linked 463 times, in human-resources copy, to the Croatian broadcaster.
    const other = (x: string, rank: number) => (/\s/.test(x.trim()) || aliasKey(x) === aliasKey(name) ? addAlias(d, x, rank) : addWeak(d, x));
    for (const a of assets) other(a, 2);
    for (const r of g.rows) for (const x of parenAcronyms(r['Main assets'])) other(x, 1);
    if (company) {
      const isMain = !spread || [...spread].sort((a, b) => b[1] - a[1])[0]?.[0] === g;
      other(stripParen(company), isMain ? 2 : 3);
      for (const x of parenAcronyms(company)) other(x, isMain ? 2 : 3);
    }

    // "The Chronicle", "The Herald", "The Star" from the state-media list alone: a name that papers the
    // world over carry ("The Chronicle says he was arrested" in a US story is not Zimbabwe's) — weak,
    // linked as a medium only with its country named (lib/entities/outlet-context.ts).
    if (!g.kagi.length && /^The \S+$/.test(name) && d.alias.delete(aliasKey(name))) addWeak(d, name);

    const countryName = k?.country?.split('/')[0] || g.rows[0]?.Country || '';
    const country = countryName ? countryOf(countryName) : undefined;
    const countrySource = k?.country ? sources.kagi : sources.stateMedia;
    if (country) {
      d.countryId = country.id;
      addFact(d, { label: 'Country', value: country.name, source: countrySource });
    }
    if (k?.owner) addFact(d, { label: 'Owner', value: shortOwner(k.owner), source: sources.kagi });
    if (company && aliasDiffers(company, name)) addFact(d, { label: 'Media company', value: company, source: sources.stateMedia });
    const labels: NonNullable<Draft['stateLabels']> = [];
    for (const code of [...new Set(g.rows.map((r) => r.Typology.replace(/\?$/, '')).filter((c) => STATE_MEDIA_LABELS[c]))]) {
      labels.push({ label: STATE_MEDIA_LABELS[code]!, code, source: sources.stateMedia });
      addFact(d, { label: 'State Media Monitor', value: `${STATE_MEDIA_LABELS[code]} (${code})`, source: sources.stateMedia });
    }
    for (const kk of g.kagi) {
      if (!kk.typology) continue;
      if (/state|public/i.test(kk.typology)) labels.push({ label: kk.typology, source: sources.kagi });
      addFact(d, { label: 'Type', value: kk.typology, source: sources.kagi });
    }
    if (labels.length) d.stateLabels = labels;
    if (!d.facts.length) addFact(d, { label: 'Domain', value: primary, source: g.kagi.length ? sources.kagi : sources.stateMedia });
    const bits = [country ? `news outlet, ${country.name}` : 'news outlet'];
    if (labels[0]) bits.push(labels[0].label);
    else if (k?.owner) bits.push(`owner ${shortOwner(k.owner)}`);
    d.summary = `${name}: ${bits.join('; ')}`;
    drafts.push(d);
    weight.set(d, g.kagi.length * 1000 + g.rows.length);
  }
  personNamedOutlets(drafts);
  codeNamedOutlets(drafts);
  demoteSharedNames(drafts, weight);
  renameSecondarySites(drafts, weight);

  const known = new Set(drafts.flatMap((d) => d.domains ?? []));
  for (const c of curated) {
    const dom = registrableDomain(c.domain);
    if (known.has(dom)) continue;
    const d = newDraft(`outlet:${dom}`, 'outlet', c.name);
    d.domains = [dom];
    theLess(d, c.name);
    for (const a of c.aliases ?? []) addAlias(d, a, 1);
    const country = countryOf(c.country);
    if (country) {
      d.countryId = country.id;
      addFact(d, { label: 'Country', value: country.name, source: sources.curated });
    }
    if (c.owner) addFact(d, { label: 'Owner', value: c.owner, source: sources.curated });
    addFact(d, { label: 'Domain', value: dom, source: sources.curated });
    d.summary = `${c.name}: news outlet${country ? `, ${country.name}` : ''}`;
    drafts.push(d);
  }
  return drafts;
}

/**
 * Secondary sites of one outlet (tassphoto.com beside tass.com) carry the same name: the name
 * links to the site with the most evidence (Kagi lists it, most rows); the others keep it weakly.
 */
function demoteSharedNames(drafts: Draft[], weight: Map<Draft, number>): void {
  const byName = new Map<string, Draft[]>();
  for (const d of drafts) {
    const key = aliasKey(d.name);
    byName.set(key, [...(byName.get(key) ?? []), d]);
  }
  for (const [key, list] of byName) {
    if (list.length < 2) continue;
    list.sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0));
    for (const d of list.slice(1)) {
      const a = d.alias.get(key);
      if (a) a.rank = 3;
      const bare = aliasKey(d.name.replace(/^The\s+/, ''));
      const b = d.alias.get(bare);
      if (b && bare !== key) b.rank = 3;
    }
  }
}

/**
 * A secondary site listed under its company's main asset name (ajplus.net as "Al Jazeera"): the name
 * belongs to the outlet with the most evidence; the secondary site is named by its domain.
 */
function renameSecondarySites(drafts: Draft[], weight: Map<Draft, number>): void {
  const byKey = new Map<string, Draft[]>();
  for (const d of drafts) for (const [k, a] of d.alias) if (a.rank <= 2) byKey.set(k, [...(byKey.get(k) ?? []), d]);
  for (const d of drafts) {
    const own = aliasKey(d.name);
    const rivals = (byKey.get(own) ?? []).filter((x) => x !== d);
    if (!rivals.length || rivals.every((x) => (weight.get(x) ?? 0) <= (weight.get(d) ?? 0))) continue;
    const a = d.alias.get(own);
    if (a) a.rank = 3;
    const dom = d.domains?.[0];
    if (dom) {
      d.name = dom;
      addAlias(d, dom, 0);
      d.summary = d.summary?.replace(/^[^:]*:/, `${dom}:`);
    }
  }
}

function aliasDiffers(a: string, b: string): boolean {
  return stripParen(a).toLowerCase() !== stripParen(b).toLowerCase();
}
