/**
 * People and their roles as dated facts.
 *
 * Identity: a person is keyed by Wikidata id (QID) where a source gives one, else by full
 * normalised name + country. A Factbook officeholder (no QID) joins a Wikidata person only when
 * both name the same office and one full name is the other's with middle names dropped (tokens
 * compared after the person's own romanisation family's spelling rules): never by surname +
 * initial or a fuzzy skeleton. Every merge decided by name is recorded for the build report.
 *
 * Roles: every source row is a claim ("X holds office O at date D", or "X held O from A to B");
 * `reconcileRoles` (reconcile.ts) turns the claims into roles with a status.
 */
import { aliasKey } from '../alias-key';
import { nameFamilyOf, nameSkeleton, normalCaseName, type NameFamily } from '../names';
import type { ParsedOfficeholder } from './officeholders';
import { addAlias, addFact, addWeak, newDraft, slug, type Draft } from './draft';
import type { OfficeKind } from './offices';
import { NAME_PARTICLES, identityTokens, labelParts, sameFullName } from './person-names';
import { addMarkedSurnameAlias, addPersonNameAliases } from './person-aliases';

export { identityTokens, labelParts, sameFullName } from './person-names';
export { personSummary, roleText } from './person-summary';

export interface CountryRef {
  id: string;
  name: string;
  isDependency: boolean;
}

/** One source's statement about one person and one office. */
export interface Claim {
  office: string;
  kind: OfficeKind;
  single: boolean;
  title: string;
  of: string | null;
  ofName: string | null;
  since?: string;
  until?: string;
  source: string;
  /** The date the source's row describes (its snapshot). */
  asOf: string;
  /** The source says the person holds the office on `asOf` (not only a past term). */
  current: boolean;
  /** `since` starts the current term (after a re-election), not the tenure (term-starts.ts). */
  term?: boolean;
}

export interface Person {
  draft: Draft;
  qid?: string;
  died?: string;
  countryId?: string;
  claims: Claim[];
  family: NameFamily;
}

export interface NameMerge {
  id: string;
  name: string;
  other: string;
  how: string;
}

export class PeopleBuilder {
  readonly people: Person[] = [];
  private byQid = new Map<string, Person>();
  private byNameCountry = new Map<string, Person>();
  private ids = new Set<string>();
  /** Merges decided by name (no shared QID), for the report. */
  readonly nameMerges: NameMerge[] = [];
  /** Given names seen: a surname that is also somebody's given name is too loose to link alone. */
  readonly givenNames = new Set<string>();

  private nameKey(name: string, countryId: string | undefined): string {
    return `${aliasKey(name)}|${countryId ?? ''}`;
  }

  private create(name: string, countryId: string | undefined, qid: string | undefined): Person {
    let id = `person:${slug(name)}`;
    if (this.ids.has(id)) id = `${id}-${(qid ?? countryId ?? 'x').toLowerCase().replace(/^country:/, '')}`;
    let n = 2;
    while (this.ids.has(id)) id = `person:${slug(name)}-${n++}`;
    this.ids.add(id);
    const d = newDraft(id, 'person', name);
    const p: Person = { draft: d, claims: [], family: nameFamilyOf(countryId), ...(qid ? { qid } : {}), ...(countryId ? { countryId } : {}) };
    d.countryId = countryId;
    if (qid) d.wikidata = qid;
    this.people.push(p);
    if (qid) this.byQid.set(qid, p);
    if (!this.byNameCountry.has(this.nameKey(name, countryId))) this.byNameCountry.set(this.nameKey(name, countryId), p);
    const parts = labelParts(name);
    this.addNameAliases(p, parts.given, parts.surname, name);
    return p;
  }

  /** A person from a source with a QID (Wikidata rows, Congress), or by full name + country. */
  person(name: string, countryId: string | undefined, qid: string | undefined, source: string): Person {
    if (qid) {
      const hit = this.byQid.get(qid);
      if (hit) return hit;
    }
    const byName = this.byNameCountry.get(this.nameKey(name, countryId));
    if (byName && (!qid || !byName.qid)) {
      if (qid) {
        byName.qid = qid;
        byName.draft.wikidata = qid;
        this.byQid.set(qid, byName);
      }
      this.nameMerges.push({ id: byName.draft.id, name: byName.draft.name, other: `${name} (${source})`, how: 'same full name and country' });
      return byName;
    }
    return this.create(name, countryId, qid);
  }

  /**
   * A Factbook officeholder (no QID): the person already known to hold or have held this office
   * under the same full name (middle names dropped, own romanisation family), else one of this
   * name in this country, else a new person.
   */
  officeholder(country: CountryRef, o: ParsedOfficeholder, office: string, source: string): Person {
    const family = nameFamilyOf(country.id);
    const names = (p: Person) => [p.draft.name, ...[...p.draft.alias.values()].filter((a) => a.rank === 0).map((a) => a.surface)];
    let onOffice = this.people.filter((p) => p.claims.some((c) => c.office === office) && names(p).some((n) => sameFullName(o.display, n, family)));
    let how = `full name, middle names dropped, same office ${office}`;
    if (!onOffice.length && o.since && /^\d{4}-\d{2}-\d{2}$/.test(o.since)) {
      // Another spelling ("Benyamin"/"Benjamin"): the same office taken on the same day, and a name word in common.
      // Whole words only: a hyphenated Korean given name's syllables ("Jae-ryong") are not words of their own.
      const whole = (n: string) =>
        n
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase()
          .split(/[\s,.]+/)
          .filter((w) => w.length >= 3 && !NAME_PARTICLES.test(w) && !/^(?:jr|sr)$/.test(w));
      const words = new Set(whole(o.display));
      onOffice = this.people.filter(
        (p) => p.claims.some((c) => c.office === office && c.since === o.since) && names(p).some((n) => whole(n).some((t) => words.has(t))),
      );
      how = `same office ${office} from the same day ${o.since}, a name word in common`;
    }
    if (!onOffice.length) {
      // One name in two romanisations on the same office ("Benyamin"/"Benjamin"): every word's consonant skeleton equal.
      // "Abdul Hamid" / "Abd-al-Hamid" / "Abdel Hamid": one Arabic name element, written three ways.
      const arabic = (n: string) => n.replace(/\bAbd(?:[\s-]?(?:al|el|ul)[\s-]|(?:ul|el)\s)/gi, 'Abd ');
      const sk = (n: string) => identityTokens(arabic(n)).map(nameSkeleton).join(' ');
      // A regnal name without its realm ("Albert II, Prince of Monaco", "Abdullah II of Jordan"), spelling-folded.
      const regnal = (n: string) => sk(n.replace(/,.*$/, '').replace(/\s+of\s+.*$/, '')) + (/\s([IVX]+)\b/.exec(n)?.[1] ?? '');
      onOffice = this.people.filter(
        (p) =>
          p.claims.some((c) => c.office === office) &&
          names(p).some(
            (n) =>
              (identityTokens(n).length >= 2 && sk(n) === sk(o.display)) ||
              (/\s[IVX]+$/.test(o.display) && /\s[IVX]+\b/.test(n) && regnal(n) === regnal(o.display)),
          ),
      );
      how = `same office ${office}, the same name in another romanisation (or the same regnal name)`;
    }
    // Arabic names: the press form is the given name and the father's ("Muhammad bin Salman"), not the whole chain.
    const short = /^(\S+ (?:bin|ibn|bint) \S+) (?:bin|ibn|bint) /.exec(o.display)?.[1];
    if (!onOffice.length && /^(?:hos|leader):/.test(office)) {
      // A sovereign listed under several countries or territories (a monarch's realms, a
      // co-prince): the same full name, one head of state of that name.
      const same = this.people.filter(
        (p) => p.claims.some((c) => c.kind === 'hos' && c.of !== country.id) && names(p).some((n) => aliasKey(n) === aliasKey(o.display)),
      );
      if (same.length === 1) onOffice = same;
      how = 'the same full name, head of state elsewhere (one of that name)';
    }
    if (!onOffice.length && !country.id.startsWith('country:')) {
      // The head of an international organisation has no country to compare: the same full name, held by one person only.
      const same = this.people.filter((p) => aliasKey(p.draft.name) === aliasKey(o.display));
      if (same.length === 1) onOffice = same;
      how = 'the same full name (one person of that name), head of an international organisation';
    }
    if (!onOffice.length) {
      onOffice = this.people.filter(
        (p) => p.countryId === country.id && names(p).some((n) => sameFullName(o.display, n, family) || (!!short && sameFullName(short, n, family))),
      );
      how = 'full name, middle names dropped, same country';
    }
    if (!onOffice.length) {
      // A governor-general or representative listed under several territories: the same full
      // name, already holding an office in this source, one person of that name.
      const same = this.people.filter(
        (p) => p.claims.some((c) => c.source === source && c.of !== country.id) && names(p).some((n) => aliasKey(n) === aliasKey(o.display)),
      );
      if (same.length === 1) onOffice = same;
      how = `the same full name, already in office elsewhere in ${source} (one of that name)`;
    }
    if (onOffice.length === 1) {
      const p = onOffice[0]!;
      // Later rows under this spelling (election results) find the same person.
      const k = this.nameKey(o.display, country.id);
      if (!this.byNameCountry.has(k)) this.byNameCountry.set(k, p);
      if (aliasKey(p.draft.name) !== aliasKey(o.display)) {
        this.nameMerges.push({ id: p.draft.id, name: p.draft.name, other: `${o.display} (${source})`, how });
        this.addNameAliases(p, o.given, o.surname, o.display);
      }
      return p;
    }
    const p = this.person(o.display, country.id, undefined, source);
    if (aliasKey(p.draft.name) === aliasKey(o.display)) this.addNameAliases(p, o.given, o.surname, o.display);
    if (short && aliasKey(p.draft.name) === aliasKey(o.display)) {
      const parts = labelParts(short);
      this.addNameAliases(p, parts.given, parts.surname, short);
    }
    return p;
  }

  /** A person already known by this QID (without creating one). */
  byWikidata(qid: string): Person | undefined {
    return this.byQid.get(qid);
  }

  /** The English Wikipedia title is the press's usual name ("Cyril Ramaphosa" for "Matamela Cyril Ramaphosa"). */
  preferName(p: Person, title: string | undefined): void {
    const clean = (title ?? '').replace(/\s*\([^)]*\)\s*$/, '').trim();
    if (!clean || clean.split(' ').length < 2 || /[,:]/.test(clean)) return;
    if (aliasKey(clean) !== aliasKey(p.draft.name)) {
      p.draft.name = clean;
      const k = this.nameKey(clean, p.countryId);
      if (!this.byNameCountry.has(k)) this.byNameCountry.set(k, p);
    }
    const parts = labelParts(clean);
    this.addNameAliases(p, parts.given, parts.surname, clean);
  }

  addClaim(p: Person, c: Claim): void {
    const dup = p.claims.find((x) => x.office === c.office && x.source === c.source && x.since === c.since && x.until === c.until && x.current === c.current);
    if (!dup) p.claims.push(c);
  }

  private addNameAliases(p: Person, given: string[], surname: string, full: string): void {
    addPersonNameAliases(p.draft, p.family, this.givenNames, given, surname, full);
  }

  /** Candidates in the Factbook's election results ("Svyatlana TSIKHANOWSKAYA (independent) 10.1%"). */
  addCandidates(country: CountryRef, results: string, source: string): void {
    const blocks = results.split(/\n(?=\d{4}\s*:)/);
    for (const block of blocks) {
      const year = /^(\d{4})\s*:/.exec(block.trim())?.[1];
      if (!year) continue;
      const kind = /\bpresident/i.test(block) ? 'presidential election' : 'election';
      const runoff = /\bsecond round|run-?off|second ballot/i.test(block);
      const re = /((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{Lu}'’-]{1,}(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})\s+\(([^)]{1,60})\)\s+(\d{1,2}(?:\.\d+)?)%/gu;
      for (const m of block.matchAll(re)) {
        // With a run-off, the first figures are the first round: say so rather than let a first-round share pass for the result.
        // The round is the one named last before the figure ("elected in second round; percent of vote in first round - X 30.2%").
        const before = block.slice(0, m.index).toLowerCase();
        const lastFirst = Math.max(before.lastIndexOf('first round'), before.lastIndexOf('first ballot'));
        const lastSecond = Math.max(
          before.lastIndexOf('second round'),
          before.lastIndexOf('second ballot'),
          before.lastIndexOf('runoff'),
          before.lastIndexOf('run-off'),
        );
        const round = runoff ? (lastSecond > lastFirst ? 'second round of the ' : 'first round of the ') : '';
        const raw = (m[1] ?? '').trim();
        const tokens = raw.split(/\s+/);
        const capsAt = tokens.findIndex((t) => /\p{Lu}{2}/u.test(t) && !/\p{Ll}/u.test(t.replace(/^[a-z]{1,3}-/, '')));
        if (capsAt < 0) continue;
        const display = normalCaseName(raw);
        if (identityTokens(display).length < 2) continue;
        const family = nameFamilyOf(country.id);
        const existing = this.people.filter(
          (p) => (p.countryId === country.id || p.claims.some((c) => c.of === country.id)) && sameFullName(display, p.draft.name, family),
        );
        const p = existing.length === 1 ? existing[0]! : this.person(display, country.id, undefined, source);
        addMarkedSurnameAlias(p.draft, raw); // ("Keiko Sofia FUJIMORI Higuchi": "Keiko Fujimori")
        if (existing.length === 1 && aliasKey(p.draft.name) !== aliasKey(display)) {
          this.nameMerges.push({
            id: p.draft.id,
            name: p.draft.name,
            other: `${display} (${source}, ${year} election results)`,
            how: 'full name, middle names dropped, same country',
          });
        }
        const candidacies = p.draft.facts.filter((f) => f.label === 'Candidate').length;
        if (candidacies < 2)
          addFact(p.draft, {
            label: 'Candidate',
            value: `${m[3]}% in the ${round}${year} ${country.name} ${kind} (${(m[2] ?? '').trim()})`,
            source,
            since: year,
          });
      }
    }
  }

  /** A weak alias for a given person (regnal forms with a title: "King Salman"). */
  weak(p: Person, surface: string): void {
    addWeak(p.draft, surface);
  }

  alias(p: Person, surface: string, rank: number): void {
    addAlias(p.draft, surface, rank);
  }
}
