/**
 * People: officeholders parsed from the Factbook, matched to the English press spelling in the
 * Wikidata leaders table by a general fuzzy rule (same surname skeleton in the same country),
 * plus former officeholders from that table and election candidates named in the Factbook.
 */
import type { Fact, Role } from '../../types';
import { aliasKey } from '../alias-key';
import { nameSkeleton, personNameVariants, wordVariants, normalCaseName } from '../names';
import type { ParsedOfficeholder } from './officeholders';
import { addAlias, addFact, newDraft, slug, withArticle, type Draft } from './draft';

export interface WikidataRow {
  countryLabel: string;
  positionLabel: string;
  qid: string;
  label: string;
  start?: number;
  end?: number;
}

export interface CountryRef {
  id: string;
  name: string;
  isDependency: boolean;
}

export function roleText(title: string, ofName: string): string {
  if (/\bof\b/.test(title)) return title;
  return `${title} of ${withArticle(ofName)}`;
}

function surnameTokens(surname: string): string[] {
  return surname
    .split(/[\s-]+/)
    .filter((t) => t.length >= 2 && !/^(?:al|el|bin|ibn|de|da|von|van|der|la|le)$/i.test(t) && !/^[IVX]+$/.test(t));
}

/** Does a Wikidata label name the same person as a Factbook name? Same surname skeleton, and the
 * same initial for the first given name when both have one. */
export function sameName(p: { given: string[]; surname: string }, label: string): boolean {
  const labelTokens = label.split(/[\s-]+/).filter(Boolean);
  const labelSkeletons = new Set(labelTokens.map(nameSkeleton));
  const sur = surnameTokens(p.surname).map(nameSkeleton);
  if (!sur.length) return false;
  const first = p.given.find((g) => !/\.$/.test(g));
  const initialMatches = () => {
    if (!first) return false;
    const initial = aliasKey(first)[0];
    return labelTokens.some((t) => aliasKey(t)[0] === initial && !sur.includes(nameSkeleton(t)));
  };
  // Every surname part appears ("Hun Manet" is not "Hun Sen"); or, for double surnames
  // ("Hoseini-Khamenei", "Sanchez Perez-Castejon"), one part and the given name's initial.
  if (sur.every((s) => labelSkeletons.has(s))) return !first || initialMatches();
  const lastLabel = nameSkeleton(labelTokens[labelTokens.length - 1] ?? '');
  return sur.length > 1 && (sur[sur.length - 1] === lastLabel || sur[0] === lastLabel) && initialMatches();
}

/** "Ivan Petrenko" → given [Ivan], surname Petrenko; regnal and "X of Y" names have no surname. */
function labelParts(label: string): { given: string[]; surname: string } {
  const parts = label.split(' ');
  if (parts.length < 2 || /\bof\b/.test(label) || /^[IVX]+$/.test(parts[parts.length - 1] ?? '')) return { given: [], surname: '' };
  return { given: parts.slice(0, -1), surname: parts[parts.length - 1] ?? '' };
}

export class PeopleBuilder {
  readonly drafts = new Map<string, Draft>();
  private byQid = new Map<string, Draft>();
  private matched = new Set<Draft>();
  private dependencies = new Set<string>();
  private dependencyRoles: { d: Draft; role: Role }[] = [];
  /** Given names seen: a surname that is also somebody's given name is too loose to link alone. */
  readonly givenNames = new Set<string>();

  constructor(private wikidata: WikidataRow[], private countryIdOfLabel: (label: string) => string | undefined) {}

  private wikidataMatch(countryId: string, p: ParsedOfficeholder): WikidataRow | undefined {
    const rows = this.wikidata.filter((r) => (r.start ?? 0) >= 1950 && !/^Q\d+$/.test(r.label) && this.countryIdOfLabel(r.countryLabel) === countryId);
    const hits = rows.filter((r) => sameName(p, r.label));
    return hits.find((r) => r.end === undefined) ?? hits[0];
  }

  private addNameAliases(d: Draft, given: string[], surname: string, full: string): void {
    addAlias(d, full, 0);
    if (!surname) return;
    const plainGiven = given.filter((g) => !/\.$/.test(g));
    if (plainGiven.length) addAlias(d, `${plainGiven[0]} ${surname}`, 0);
    for (const v of personNameVariants(plainGiven, surname)) addAlias(d, v, 1);
    addAlias(d, surname, 2);
    if (surname.split(' ').length === 1) for (const v of wordVariants(surname)) addAlias(d, v, 2);
    for (const g of plainGiven) this.givenNames.add(aliasKey(g));
  }

  /** One officeholder line of a country's executive branch. */
  addOfficeholder(country: CountryRef, p: ParsedOfficeholder, defaultTitle: string, source: string): Draft {
    const id = `person:${slug(p.display)}`;
    let d = this.drafts.get(id);
    if (!d) {
      d = newDraft(id, 'person', p.display);
      this.drafts.set(id, d);
      this.addNameAliases(d, p.given, p.surname, p.display);
      d.roles = [];
    }
    // A sovereign is listed first under a dependency with no Wikidata rows: keep trying.
    if (!this.matched.has(d)) {
      const wd = this.wikidataMatch(country.id, p);
      if (wd && !this.byQid.has(wd.qid)) {
        d.name = wd.label;
        const parts = labelParts(wd.label);
        this.addNameAliases(d, parts.given, parts.surname, wd.label);
        this.byQid.set(wd.qid, d);
        this.matched.add(d);
      }
    }
    if (country.isDependency) this.dependencies.add(country.id);
    if (!d.countryId) d.countryId = country.id;
    const title = p.title || defaultTitle;
    const role: Role = { title, of: country.id, ofName: country.name, source };
    if (p.since) role.since = p.since;
    if (d.roles!.some((r) => r.of === role.of && r.title === role.title)) return d;
    if (country.isDependency) this.dependencyRoles.push({ d, role });
    else d.roles!.push(role);
    return d;
  }

  /** Former and 2022 officeholders from Wikidata that the Factbook does not list now. */
  addWikidataPeople(source: string, names: (countryId: string) => string): void {
    const seen = new Set<string>();
    for (const r of this.wikidata) {
      if ((r.start ?? 0) < 1990 || /^Q\d+$/.test(r.label) || !r.label) continue;
      const countryId = this.countryIdOfLabel(r.countryLabel);
      let d = this.byQid.get(r.qid);
      const created = !d;
      if (!d) {
        const id = `person:${slug(r.label)}`;
        d = this.drafts.get(id) ?? newDraft(id, 'person', r.label);
        this.drafts.set(id, d);
        this.byQid.set(r.qid, d);
        if (!d.roles) {
          const parts = labelParts(r.label);
          this.addNameAliases(d, parts.given, parts.surname, r.label);
          d.countryId = countryId;
          d.roles = [];
        }
      }
      const key = `${r.qid}|${r.positionLabel}|${r.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // The Factbook (2026) is newer: a 2022 office it no longer lists is only kept once it has ended.
      const inFactbook = d.roles!.some((x) => x.source !== source);
      if (inFactbook && r.end === undefined) continue;
      const role: Role = { title: r.positionLabel, of: countryId ?? null, ofName: countryId ? names(countryId) : r.countryLabel, source };
      if (r.start) role.since = String(r.start);
      if (r.end) role.until = String(r.end);
      d.roles!.push(role);
      if (created) d.countryId = countryId;
    }
  }

  /** Candidates in the Factbook's election results ("Svyatlana TSIKHANOWSKAYA (independent) 10.1%"). */
  addCandidates(country: CountryRef, results: string, source: string): void {
    const blocks = results.split(/\n(?=\d{4}\s*:)/);
    for (const block of blocks) {
      const year = /^(\d{4})\s*:/.exec(block.trim())?.[1];
      if (!year) continue;
      const kind = /\bpresident/i.test(block) ? 'presidential election' : 'election';
      const re = /((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{Lu}'’-]{1,}(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})\s+\(([^)]{1,60})\)\s+(\d{1,2}(?:\.\d+)?)%/gu;
      for (const m of block.matchAll(re)) {
        const raw = (m[1] ?? '').trim();
        const tokens = raw.split(/\s+/);
        const capsAt = tokens.findIndex((t) => /\p{Lu}{2}/u.test(t) && !/\p{Ll}/u.test(t.replace(/^[a-z]{1,3}-/, '')));
        if (capsAt < 0) continue;
        const given = tokens.slice(0, capsAt).map(normalCaseName);
        const surname = normalCaseName(tokens[capsAt] ?? '');
        const display = normalCaseName(raw);
        const existing = [...this.drafts.values()].find(
          (d) => (d.countryId === country.id || !!d.roles?.some((r) => r.of === country.id)) && sameName({ given, surname }, d.name),
        );
        const d = existing ?? this.drafts.get(`person:${slug(display)}`) ?? newDraft(`person:${slug(display)}`, 'person', display);
        if (!existing && !this.drafts.has(d.id)) {
          this.drafts.set(d.id, d);
          this.addNameAliases(d, given, surname, display);
          d.countryId = country.id;
          d.roles = [];
        }
        const candidacies = d.facts.filter((f) => f.label === 'Candidate').length;
        if (candidacies < 2) addFact(d, { label: 'Candidate', value: `${m[3]}% in the ${year} ${country.name} ${kind} (${(m[2] ?? '').trim()})`, source, since: year });
      }
    }
  }

  /**
   * Earlier terms of a leader whose current term is a return to office, where the Factbook's
   * background gives them: "Vladimir PUTIN (2000-2008, 2012-present)". Only ranges that ended
   * before the person's current role began are kept, so a current term is never listed twice.
   */
  addEarlierTerms(country: CountryRef, background: string, source: string): void {
    const re = /([\p{Lu}][\p{Lu}'’-]{2,})\s+\(((?:\d{4}\s*[-–]\s*(?:\d{4}|present)\s*,?\s*){1,4})\)/gu;
    for (const m of background.matchAll(re)) {
      const surname = normalCaseName(m[1] ?? '');
      const d = [...this.drafts.values()].find((x) => x.roles?.some((r) => r.of === country.id && !r.until && r.source === source) && x.name.split(' ').pop() === surname);
      if (!d) continue;
      const current = d.roles!.find((r) => r.of === country.id && !r.until && r.source === source)!;
      const since = Number((current.since ?? '').slice(0, 4));
      for (const t of (m[2] ?? '').matchAll(/(\d{4})\s*[-–]\s*(\d{4})/g)) {
        const [from, to] = [t[1]!, t[2]!];
        if (!since || Number(to) > since) continue;
        const value = `${current.title} of ${country.name}, ${from}–${to}`;
        if (!d.facts.some((f) => f.value === value)) addFact(d, { label: 'Earlier term', value, source, since: from });
      }
    }
  }

  /** Roles become facts; a sovereign's role in a dependency is kept only when it is their only one. */
  finish(countryName: (id: string) => string | undefined, population: (id: string) => number): Draft[] {
    for (const { d, role } of this.dependencyRoles) {
      const text = roleText(role.title, role.ofName ?? '');
      if (!d.roles!.some((r) => r.title === role.title || roleText(r.title, r.ofName ?? '') === text)) d.roles!.push(role);
    }
    for (const d of this.drafts.values()) {
      const roles = d.roles ?? [];
      // Primary role: current, from the Factbook, in the most populous state (a sovereign listed
      // under many territories belongs to the main one).
      const rank = (r: Role) => (r.until ? 2 : r.source === 'wikidata' ? 1 : 0) * 1e12 - (r.of && !this.dependencies.has(r.of) ? population(r.of) : 0);
      roles.sort((a, b) => rank(a) - rank(b));
      const roleFacts: Fact[] = [];
      const lines: string[] = [];
      for (const r of roles) {
        const text = roleText(r.title, r.ofName ?? '');
        const fact: Fact = r.until
          ? { label: 'Former role', value: `${text} (${r.since ?? '?'}–${r.until})`, source: r.source }
          : { label: r.source === 'wikidata' ? 'Role (as of 2022)' : 'Role', value: text, source: r.source };
        if (r.since) fact.since = r.since;
        if (!roleFacts.some((f) => f.value === fact.value)) roleFacts.push(fact);
        if (!r.until && r.source !== 'wikidata' && !lines.some((l) => l.startsWith(text))) lines.push(r.since ? `${text} since ${r.since.slice(0, 4)}` : text);
      }
      d.facts = [...roleFacts, ...d.facts];
      const primary = roles[0]?.of;
      if (primary && countryName(primary) && !primary.startsWith('org:')) d.countryId = primary;
      if (d.countryId) addFact(d, { label: 'Country', value: countryName(d.countryId) ?? '', source: roles[0]?.source ?? d.facts[0]?.source ?? 'factbook' });
      const first = d.facts[0];
      d.summary = lines.length ? `${d.name}: ${lines.slice(0, 2).join('; ')}` : first ? `${d.name}: ${first.value}` : d.name;
      if (!roles.length) delete d.roles;
    }
    return [...this.drafts.values()].filter((d) => d.facts.length > 0);
  }
}
