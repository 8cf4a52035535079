/**
 * From claims to dated roles. Per office: the newest source that says who holds it names the
 * holder; that holder's role is `current` only when that source may speak for today (a recent
 * source, `currentSources`) and no newer build-time signal contradicts it, else `as-of`. Everyone
 * an older source named as holder gets a `former` role, ended by their own recorded end date, else
 * by the start of the holder's tenure, else with no end date (the successor's as-of date says by
 * when it had ended), with the holder as `successor`; when the holder was already in office on the
 * older row's own date, the two rows overlap and the older one stays `as-of` its date. A person with a date of death holds no office. "Since" is the start of continuous
 * tenure: terms of one person that meet (within 31 days, and with nobody else's term starting in
 * between) are one tenure; separate ones are `earlierTerms`.
 */
import type { Role } from '../../types';
import type { Claim, Person } from './people';
import { sameFullName, shareName } from './person-names';
import { demoteAfterNewHead, markAfterNewHeads } from './new-head';
import { dayOf } from './dates';

export { dayOf } from './dates';

/** A newer build-time signal: who holds an office per a source that is not shipped. */
export interface NewerHolder {
  name: string;
  asOf: string;
  source: string;
  /** The source's display name, which a superseded role cites (Role.supersededBy). */
  sourceName?: string;
  /** When the newer source says this holder's tenure began. */
  since?: string;
}

export interface ReconcileOptions {
  /** Sources recent enough to say who holds an office now. */
  currentSources: Set<string>;
  /** Office key → holder named by a newer, unshipped source (demotes a disagreeing holder to as-of). */
  newer?: Map<string, NewerHolder>;
  /** Source key → display name, which a role a newer shipped source contradicts cites (Role.supersededBy). */ sourceNames?: Record<string, string>;
}

export type ReconcileNote = { office: string; note: string };

interface Term {
  since?: string;
  until?: string;
  sinceSource: string;
  title?: string;
  /** `since` starts a term, no tenure nor anyone's end (Role.term); `seen`: an older sighting before it (Role.seen). */
  term?: boolean;
  seen?: Role['seen'];
  /**
   * The newest date a source saw this tenure still open (a snapshot's "holds the office" row). A
   * recorded end before it belongs to one statement of a longer tenure (Wikidata records each
   * cabinet of one prime minister as a term with the same start), not to the tenure.
   */
  openAt?: string;
}

export function reconcileRoles(
  people: Person[],
  opts: ReconcileOptions,
): {
  roles: Map<Person, Role[]>;
  notes: ReconcileNote[];
  /** Offices whose newest shipped holder a newer build-time source contradicts. */ stale: Set<string>;
} {
  const stale = new Set<string>();
  const byOffice = new Map<string, { p: Person; c: Claim }[]>();
  for (const p of people)
    for (const c of p.claims) {
      const list = byOffice.get(c.office) ?? [];
      list.push({ p, c });
      byOffice.set(c.office, list);
    }
  const roles = new Map<Person, Role[]>(people.map((p) => [p, []]));
  const notes: ReconcileNote[] = [];
  for (const [office, list] of [...byOffice].sort(([a], [b]) => a.localeCompare(b))) {
    const currentClaims = list.filter((x) => x.c.current);
    const latestAsOf = currentClaims.reduce<string | undefined>((m, x) => (m && dayOf(m) >= dayOf(x.c.asOf) ? m : x.c.asOf), undefined);
    const latest = currentClaims.filter((x) => x.c.asOf === latestAsOf);
    const latestPeople = [...new Set(latest.map((x) => x.p))];
    const newer = opts.newer?.get(office);
    const contradicted =
      !!newer &&
      latestPeople.length > 0 &&
      !!newer.since &&
      dayOf(newer.since) > dayOf(latestAsOf) &&
      !latestPeople.some((p) =>
        [p.draft.name, ...p.draft.alias.values()].some((a) => sameFullName(newer.name, typeof a === 'string' ? a : a.surface, p.family)),
      );
    if (contradicted) stale.add(office);
    if (contradicted)
      notes.push({
        office,
        note: `${latestPeople.map((p) => p.draft.name).join(', ')} (${latest[0]?.c.source}, ${latestAsOf}) contradicted by ${newer!.source} (${newer!.asOf}: ${newer!.name}): shown as of ${latestAsOf}`,
      });

    // Everybody's terms on this office, for continuity and for "nobody else in between".
    const termsOf = new Map<Person, Term[]>();
    for (const { p, c } of list) {
      const t = termsOf.get(p) ?? [];
      t.push({
        since: c.since,
        until: c.until,
        sinceSource: c.source,
        title: c.title,
        ...(c.term ? { term: true } : {}),
        ...(c.current ? { openAt: c.asOf } : {}),
      });
      termsOf.set(p, t);
    }
    const othersStart = (p: Person) => list.filter((x) => x.p !== p && x.c.since && !x.c.term).map((x) => dayOf(x.c.since));
    const tenures = (p: Person): Term[] => {
      const starts = othersStart(p);
      const terms = (termsOf.get(p) ?? []).slice().sort((a, b) => dayOf(a.since) - dayOf(b.since));
      const out: Term[] = [];
      for (const t of terms) {
        const prev = out[out.length - 1];
        if (prev) {
          const prevEnd = dayOf(prev.until, true);
          const next = dayOf(t.since);
          const someoneBetween = starts.some((s) => s > dayOf(prev.since) && s < next);
          // An open term that starts inside a recorded term of the same person, and that its source
          // last saw open before that term's recorded end, is part of it (a return from leave while
          // somebody acted in the office): the recorded end ends it.
          if (!t.until && prev.until && next <= prevEnd && (!t.openAt || dayOf(t.openAt) <= prevEnd)) continue;
          // A start over a month after a snapshot last saw the person's open term, not a re-election's: whether
          // the person stayed in office between is not said (Micheál Martin, Taoiseach 2020–2022 and from
          // January 2025). The later start is the current term's, the older one a sighting; the tenure's start is unknown.
          const unseen = !prev.until && !!prev.openAt && !!t.since && !t.term && next > dayOf(prev.openAt) + 31;
          if (unseen) {
            out.pop();
            out.push({
              ...t,
              term: true,
              seen: { ...(prev.since ? { since: prev.since } : {}), asOf: prev.openAt!, source: prev.sinceSource, title: prev.title! },
            });
            continue;
          }
          if (next <= prevEnd + 31 && !someoneBetween) {
            // One start under two conventions (elected / sworn in; a year / a day): the newer source's, within half a year.
            const newer = t.sinceSource !== prev.sinceSource && !!t.openAt && !!prev.openAt && dayOf(t.openAt) > dayOf(prev.openAt);
            if (newer && t.since && !t.term && dayOf(t.since) <= dayOf(prev.since, true) + 186 && t.since.length >= (prev.since?.length ?? 0)) {
              prev.since = t.since;
              prev.sinceSource = t.sinceSource;
            }
            // A missing end date (an older snapshot's open term) gives way to a recorded one.
            if (t.until && (!prev.until || dayOf(t.until, true) > prevEnd)) prev.until = t.until;
            else if (!t.until && prev.until && dayOf(t.since) > dayOf(prev.until, true)) prev.until = undefined;
            if (t.openAt && dayOf(t.openAt) > dayOf(prev.openAt)) prev.openAt = t.openAt;
            // Still open when a source last looked: an earlier recorded end does not end it.
            if (prev.until && prev.openAt && dayOf(prev.until, true) < dayOf(prev.openAt)) prev.until = undefined;
            continue;
          }
          // An open-ended earlier term (a missing end date) ends where somebody else's began.
          if (!prev.until) {
            const cut = starts.filter((s) => s > dayOf(prev.since) && s <= next).sort((a, b) => a - b)[0];
            if (cut !== undefined) prev.until = list.find((x) => x.p !== p && dayOf(x.c.since) === cut)?.c.since;
          }
        }
        out.push({ ...t });
      }
      return out;
    };

    // Holder(s) per the newest source.
    const holderRole = new Map<Person, Role>();
    for (const p of latestPeople) {
      const c = latest.find((x) => x.p === p)!.c;
      const ts = tenures(p);
      // The tenure that contains the newest claim: the last one.
      const cur = ts[ts.length - 1] ?? { since: c.since, sinceSource: c.source };
      const role: Role = { title: c.title, of: c.of, ofName: c.ofName, source: c.source, asOf: c.asOf, office };
      if (cur.since) role.since = cur.since;
      if (cur.since && cur.term) role.term = true;
      if (cur.seen) role.seen = cur.seen;
      if (cur.since && cur.sinceSource !== c.source) role.sinceSource = cur.sinceSource;
      const earlier = ts
        .slice(0, -1)
        .filter((t) => t.until && role.since && dayOf(t.until) <= dayOf(role.since) && dayOf(t.since) < dayOf(role.since))
        .map((t) => ({ ...(t.since ? { since: t.since } : {}), ...(t.until ? { until: t.until } : {}) }));
      if (earlier.length) role.earlierTerms = earlier;
      const live = opts.currentSources.has(c.source) && !contradicted;
      role.status = live ? 'current' : 'as-of';
      if (p.died && dayOf(p.died) <= dayOf('9999')) {
        role.status = 'former';
        role.until = p.died;
      }
      holderRole.set(p, role);
      roles.get(p)!.push(role);
    }
    // A start date that another person's term in this one-holder office contradicts (somebody else
    // took the office after it and before the holder's own as-of date) is a source's error — the
    // Factbook once dated a 2025 appointment "2005". It is not shown; what is unsure is not said.
    if (list.some((x) => x.c.single))
      for (const [p, role] of holderRole) {
        const since = role.since;
        const clash =
          since &&
          list.find((x) => !latestPeople.includes(x.p) && x.c.since && !x.c.term && dayOf(x.c.since) > dayOf(since) && dayOf(x.c.since) <= dayOf(role.asOf));
        if (!clash) continue;
        notes.push({
          office,
          note: `${p.draft.name} since ${since} (${role.source}) contradicted by ${clash.p.draft.name} from ${clash.c.since} (${clash.c.source}): start not shown`,
        });
        delete role.since;
        delete role.sinceSource;
        delete role.earlierTerms;
      }
    const successorOf = (asOf: string, since: string | undefined) => {
      const p = latestPeople.length === 1 ? latestPeople[0]! : undefined;
      const r = p ? holderRole.get(p) : undefined;
      // The holder per the newest source: newer than this row, or (same source) in office after this term began.
      if (!p || !r || r.status === 'former' || (dayOf(r.asOf) <= dayOf(asOf) && !(r.since && since && dayOf(r.since) > dayOf(since)))) return undefined;
      return {
        name: p.draft.name,
        entityId: p.draft.id,
        ...(r.since && !r.term ? { since: r.since } : {}),
        source: r.source,
        ...(r.asOf ? { asOf: r.asOf } : {}),
      };
    };

    // Everyone else: former roles.
    for (const p of new Set(list.map((x) => x.p))) {
      if (holderRole.has(p)) continue;
      const mine = list.filter((x) => x.p === p).map((x) => x.c);
      const newest = mine.slice().sort((a, b) => dayOf(b.asOf) - dayOf(a.asOf) || dayOf(b.since) - dayOf(a.since))[0]!;
      const ts = tenures(p);
      const last = ts[ts.length - 1] ?? { since: newest.since, sinceSource: newest.source };
      const role: Role = { title: newest.title, of: newest.of, ofName: newest.ofName, source: newest.source, asOf: newest.asOf, office, status: 'former' };
      if (last.since && !last.term) role.since = last.since;
      let until = last.until;
      let succ = successorOf(newest.asOf, last.since);
      if (!until) {
        const holder = succ ? latestPeople[0] : undefined;
        const hr = holder ? holderRole.get(holder) : undefined;
        const hs = hr?.term ? undefined : hr?.since;
        if (hs && dayOf(hs) > dayOf(newest.asOf)) {
          // Ended when the holder took office — said only where the older source saw this person in
          // office within a month of that day. Otherwise somebody may have held the office between
          // (Serbia: Brnabić, seen in 2022, then Vučević, then Macut from 2025): the end is unknown.
          if (dayOf(hs) - dayOf(newest.asOf) <= 31) until = hs;
        } else if (hs && dayOf(newest.asOf) < dayOf(latestAsOf)) {
          // The newer source has its holder in office already on the day the older one saw this person in it (two
          // offices under one key are split before: office-split.ts). Which was right that day is not settled, but
          // the newer source wins for now: this stays as of its date, with no successor, and says that the newer
          // source lists another holder (unless the two share a name: one person under two spellings) —
          // unless that same row's source lists the holder in this office that day too: then this
          // person held another jurisdiction's office under the key (Karakalpakstan's chair of the
          // council of ministers in Uzbekistan's snapshot), which cannot be placed, and is not shown.
          if (list.some((x) => x.p === holder && x.c.current && x.c.source === newest.source && x.c.asOf === newest.asOf)) {
            notes.push({
              office,
              note: `${p.draft.name} (${newest.source}, ${newest.asOf}) beside ${holder!.draft.name} in the same snapshot: another office, not shown`,
            });
            continue;
          }
          role.status = 'as-of';
          succ = undefined;
          if (!shareName(p.draft.name, holder!.draft.name))
            role.supersededBy = { source: opts.sourceNames?.[latest[0]!.c.source] ?? latest[0]!.c.source, asOf: latestAsOf! };
          notes.push({
            office,
            note: `${p.draft.name} (${newest.source}, ${newest.asOf}) and ${holder!.draft.name} (${latest[0]?.c.source}, since ${hs}) overlap: shown as of ${newest.asOf}`,
          });
        }
        // Otherwise the end is unknown: the role ended by the newer source's date, which the card
        // says as such (successor.asOf); it is never written as an end date.
      }
      // The holder took this one-holder office months before this person left a post of another title:
      // that post is another jurisdiction's office filed under the key (Valencia's "Minister of Finance
      // and Economic Model", 2015–2022, in Spain's snapshot beside the Minister of the Treasury from
      // 2018). It cannot be placed, and is not shown.
      if (
        until &&
        succ?.since &&
        role.title !== holderRole.get(latestPeople[0]!)?.title &&
        dayOf(succ.since, true) + 93 < dayOf(until) &&
        list.some((x) => x.c.single)
      ) {
        notes.push({ office, note: `${p.draft.name} (${role.title}, until ${until}) beside ${succ.name} (since ${succ.since}): another office, not shown` });
        continue;
      }
      if (p.died && (!until || dayOf(p.died) < dayOf(until, true))) {
        until = p.died;
        role.status = 'former';
      }
      if (until) role.until = until;
      if (succ) role.successor = succ;
      const earlier = ts
        .slice(0, -1)
        .filter((t) => t.until && role.since && dayOf(t.until) <= dayOf(role.since) && dayOf(t.since) < dayOf(role.since))
        .map((t) => ({ ...(t.since ? { since: t.since } : {}), ...(t.until ? { until: t.until } : {}) }));
      if (earlier.length) role.earlierTerms = earlier;
      roles.get(p)!.push(role);
    }
  }
  demoteAfterNewHead(roles, opts.newer, notes, stale);
  markAfterNewHeads(roles, (k) => opts.sourceNames?.[k] ?? k);
  return { roles, notes, stale };
}
