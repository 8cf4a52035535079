import type { Card, Dataset, DatasetEntity, Role, SourceRef, Superseded } from '../types';
import { listValue } from './list-value';
import { balance, clip, plural, shortName, sourceName } from './text';
import { aboutOf, repeatsLabel } from './about';
import { flagEmoji, formatDate } from './format';
import { addSupersededRef, hoverText, laterHead, supersededFrom, supersededNote } from './superseded';

export { balance, clip } from './text';
export { flagEmoji, formatDate } from './format';

export interface CardContext {
  /** How often the article mentions the entity / quotes it. */
  mentions?: number;
  quotes?: number;
  /** Names of other entities in the same article that this one is related to. */
  related?: string[];
  /** The entity's country record (for its flag). */
  country?: DatasetEntity;
  /** The article's publication date (ISO): roles are read as they stood then, and as they stand now. */
  publishedAt?: string | null;
}

/** The hover card shows at most this many lines; the popup shows them all, grouped. */
export const HOVER_LINES = 6;

// English puts "the" before these country and territory names (a stable fact of the language).
const THE =
  /^(United |Republic |Kingdom |Federat|Democratic Republic|Central African|Dominican Republic|Czech Republic|Holy See|Gambia$|Bahamas$|Netherlands$|Philippines$|Maldives$|Comoros$|Seychelles$|Isle of Man$|West Bank$|Gaza Strip$|Vatican)|(Islands|Emirates|States|Republic|Union|Kingdom)$/;

/** " of the United States", " of Belarus", "" when the title names it already ("President of Ireland" of "Republic of Ireland"). */
export function ofPhrase(title: string, ofName: string | null | undefined, ofId?: string | null): string {
  // A post its chamber names ("Senate Majority Leader", "House Democratic Caucus Chair") is placed by it: "of the
  // United States" after it would make a party's post in the Senate read as a national office.
  if (!ofName || /^(?:Assistant )?(?:Senate|House) /.test(title)) return '';
  const core = ofName
    .replace(/^(the\s+)?((Republic|Kingdom|State|Commonwealth|Principality|Grand Duchy|Sultanate|Federation) of\s+)(the\s+)?/i, '')
    .replace(/\s*\(.*\)$/, '');
  const t = title.toLowerCase();
  if (t.includes(ofName.toLowerCase()) || t.includes(core.toLowerCase())) return '';
  const org = !!ofId?.startsWith('org:') && !/^[A-Z0-9-]+$/.test(ofName);
  return ` of ${!/^the /i.test(ofName) && (org || THE.test(ofName)) ? 'the ' : ''}${ofName}`;
}

/** "2019-07-24" → "2019"; the span of a term in years ("2019–2022"). */
const year = (d?: string) => (d ?? '').slice(0, 4);
const span = (a?: string, b?: string) => (a && year(a) === year(b) ? year(a) : a || b ? `${year(a)}–${year(b)}` : '');
/** a is on or before b, compared at the precision both have ("2016" vs "2016-06-03" compares years). */
const le = (a: string, b: string) => {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
};
/** a is strictly after b at the precision both have. */
const after = (a: string, b: string) => !le(a, b);

interface Line {
  text: string;
  group: string;
  /** Lower goes on the hover card first. */
  rank: number;
  source?: string;
  /** The as-of date of the row the line comes from, when it is not its source's own. */
  asOf?: string;
  /** The line says its as-of date already. */
  dated?: boolean;
  /** Further sources of a line drawn from several (named on the line, all of them). */
  also?: string[];
  /** What a cut hover line must keep (a newer source's note that it lists another holder). */
  keep?: string;
  /** Shorter forms of the line for the hover card, tried in order when it is too long (superseded.ts hoverText). */
  short?: string[];
}

/**
 * A background card from dataset facts only: roles first (what a reader needs to place the name),
 * read against the article's date when it has one (then and now), then the key facts, each
 * traceable to a source with its as-of date. Article-derived lines come last and are phrased so
 * they cannot be mistaken for dataset facts. `lines` is the hover card (at most HOVER_LINES, the
 * most useful first); `groups` is everything, for the popup.
 */
export function buildCard(entity: DatasetEntity, sources: Dataset['sources'], ctx: CardContext = {}): Card {
  const out: Line[] = [];
  const used = new Set<string>();
  const P = ctx.publishedAt ?? null;

  const died = entity.died;
  // A death is about the person, not a role: "About", first, with its source.
  if (died) addLine(out, used, `Died ${formatDate(died)}`, 'About', 0, entity.diedSource);
  // (Roles and facts are read by functions of their own: a path the short pages never took, met on a long
  // page, throws away the compiled code of that part only.)
  if (entity.roles?.length) roleLines(out, used, entity, sources, P);
  // The summary cites every source it draws on; a state-media label is said once, on its own line (about.ts).
  const about = aboutOf(entity);
  if (about) addLine(out, used, about.text, 'About', 1, about.sources[0], undefined, false, about.sources.slice(1));
  const summary = about?.lower ?? '';
  factLines(out, used, entity, sources, P, summary);
  for (const l of entity.stateLabels ?? []) addLine(out, used, `Labelled ${l.label} by ${sourceName(sources, l.source)}`, 'Facts', 2, l.source);
  if (ctx.mentions)
    addLine(
      out,
      used,
      `In this article: mentioned ${plural(ctx.mentions, 'time')}${ctx.quotes ? `, quoted ${plural(ctx.quotes, 'time')}` : ''}`,
      'In this article',
      3,
    );
  if (ctx.related?.length) addLine(out, used, `Also in this article: ${ctx.related.slice(0, 4).join(', ')}`, 'In this article', 3);

  // Where a card mixes sources, a line from another source than the card's first says its own, and its row's as-of date (only the name where the line says its date).
  const main = out.find((l) => l.source)?.source;
  for (const l of out)
    if (l.also?.length) l.text += ` — ${[l.source!, ...l.also].map((k) => shortName(sources, k)).join(', ')}`;
    else if (l.source && l.source !== main && !l.text.includes(' — as of ') && !l.text.startsWith('Labelled '))
      l.text += ` — ${l.dated ? shortName(sources, l.source) : citation(sources, l.source, l.asOf)}`;

  out.sort(byGroup);
  const hover = new Set([...out].sort((a, b) => a.rank - b.rank).slice(0, HOVER_LINES));
  const groups: { label: string; lines: string[] }[] = [];
  for (const l of out) {
    const g = groups.find((x) => x.label === l.group);
    if (g) g.lines.push(l.text);
    else groups.push({ label: l.group, lines: [l.text] });
  }
  const refs: SourceRef[] = [...used].map((k) => ({ name: sourceName(sources, k), asOf: sources[k]?.asOf ?? '' }));
  // A newer source a line says lists another holder is cited by name and date too (it is not in `sources`: not shipped).
  for (const x of [...(entity.roles ?? []), ...(entity.roles ?? []).map((r) => r.successor ?? {}), ...entity.facts] as { supersededBy?: Superseded }[])
    if (x.supersededBy && out.some((l) => l.text.includes(supersededNote(x.supersededBy!)))) addSupersededRef(refs, x.supersededBy);
  const flag = flagEmoji(entity.code ?? ctx.country?.code);
  return {
    title: entity.name,
    lines: out.filter((l) => hover.has(l)).map((l) => (l.keep ? hoverText(l.text, l.keep, l.short) : clip(l.text))),
    ...(out.length > hover.size || groups.length > 1 ? { groups } : {}),
    sources: refs,
    ...(flag ? { flag } : {}),
  };
}

/** The role lines of a card: then and now, current, former and earlier terms. */
function roleLines(out: Line[], used: Set<string>, entity: DatasetEntity, sources: Dataset['sources'], P: string | null): void {
  const died = entity.died;
  let formers = 0;
  let thens = 0;
  // Heads of state and government first: the office a reader most needs when roles are many.
  const roles = [...(entity.roles ?? [])].sort(byOfficeRank);
  let thenCount = 0;
  for (const r of roles) if (held(P, r, r.until ?? (died && r.status !== 'former' ? died : undefined))) thenCount++;
  for (const r of roles) {
    const name = `${r.title}${ofPhrase(r.title, r.ofName, r.of)}`;
    const rowAsOf = r.asOf ?? sources[r.source]?.asOf ?? '';
    // A dead person holds no office: a role still open in the data ended by the death at the latest.
    const until = r.until ?? (died && r.status !== 'former' ? died : undefined);
    const status = until ? 'former' : (r.status ?? 'as-of');
    // A term's start is no start of tenure ("term since"): the holder may have held the office before it, in the article too.
    const since = r.since ? `${r.term ? ', term' : ''} since ${formatDate(r.since)}` : '';
    const later = P && r.since && !r.term && after(r.since, P) ? ', after this article' : '';
    const then = P && `At the time of this article (${formatDate(P)})`;
    if (held(P, r, until)) {
      // Then and now: the article predates a change the dataset knows. The most senior office
      // leads the hover card; more of them wait in the popup.
      const s = r.successor;
      const lead = thens++ ? 'Also then' : then;
      const rk = thens > 1 ? 2 : 0;
      const term = until ? span(r.since, until) : `since ${formatDate(r.since!)}`;
      addLine(out, used, `${lead}: ${name}${s ? ` (${term})` : `, until ${formatDate(until!)}`}`, 'Then and now', rk, r.source);
      const office = thenCount > 1 ? `the office of ${r.title}` : 'the office';
      // A holder a newer source has replaced "held" it, from its start, and the line says so.
      const now = s?.supersededBy
        ? `${s.since ? `From ${formatDate(s.since)}` : 'Later'}: ${s.name} held ${office}; ${supersededNote(s.supersededBy)}`
        : s && `${s.since ? `Since ${formatDate(s.since)}` : 'Now'}: ${s.name} holds ${office}`;
      if (s)
        addLine(
          out,
          used,
          `${now} — ${citation(sources, s.source, s.asOf)}`,
          'Then and now',
          rk,
          s.source,
          undefined,
          undefined,
          undefined,
          s.supersededBy && supersededNote(s.supersededBy),
        );
    } else if (status === 'former' && !until && r.successor) {
      // The end date is unknown: a newer source names someone else, so it had ended by that source's date.
      // "(from <start>; …)", never "Former President since 2000": a reader takes "since" for when the office was left.
      const s = r.successor;
      const gone = `no longer in office ${citation(sources, s.source, s.asOf)}`;
      const text = r.since ? `Former ${name} (${r.term ? 'term ' : ''}from ${formatDate(r.since)}; ${gone})` : `Former ${name}: ${gone}`;
      addLine(out, used, text, 'Former roles', formers++ ? 4 : 2, r.source);
      used.add(s.source);
    } else if (status === 'former') {
      const when = span(r.since, until);
      addLine(out, used, `Former ${name}${when || later ? ` (${when}${later})` : ''}`, 'Former roles', formers++ ? 4 : 2, r.source, rowAsOf);
      // The end date may come from the newer source that names the successor: it is cited too.
      if (r.successor) used.add(r.successor.source);
    } else if (status === 'current' && !(P && rowAsOf && after(P, rowAsOf))) {
      addLine(out, used, `${name}${since && !r.term ? `, in office${since}` : since}${later ? ` (${later.slice(2)})` : ''}`, 'Roles', 1, r.source, rowAsOf);
    } else if (r.supersededBy) {
      // A newer source lists another holder: said before the citation; a long hover line drops the source's name, then the start (named below the lines).
      const note = supersededNote(r.supersededBy);
      const text = `${name}${supersededFrom(r)}${later ? ` (${later.slice(2)})` : ''}; ${note}`;
      const asOf = rowAsOf ? ` — as of ${formatDate(rowAsOf.slice(0, 7))}` : '';
      addLine(out, used, `${text} — ${citation(sources, r.source, rowAsOf)}`, 'Roles', 1, r.source, undefined, undefined, undefined, note);
      const l = out.find((x) => x.keep === note && x.text.startsWith(text));
      if (l) l.short = [text, `${name}; ${note}${asOf}`, `${name}; ${note}`];
    } else if (laterHead(r, entity.roles!)) {
      // Seen by an older source before the person's own newer head-of-state or -government role began (superseded.ts laterHead).
      addLine(out, used, `${name}${supersededFrom(r)} — ${citation(sources, r.source, rowAsOf)}`, 'Earlier roles', 2, r.source);
    } else {
      // Only an older source says so, or the article is newer than the source: "as of" its date.
      addLine(out, used, `${name}${since}${later ? ` (${later.slice(2)})` : ''} — ${citation(sources, r.source, rowAsOf)}`, 'Roles', 1, r.source);
    }
    const earlier = P && (r.earlierTerms ?? []).find((t) => t.since && le(t.since, P) && t.until && after(t.until, P));
    if (earlier) addLine(out, used, `${then}: ${name} (an earlier term, ${span(earlier.since, earlier.until)})`, 'Then and now', 0, r.source);
    // An older source saw the holder in office before the current term, up to its own date: an article dated inside that span.
    const seen = r.seen;
    if (P && seen?.since && le(seen.since, P) && le(P, seen.asOf))
      addLine(
        out,
        used,
        `${then}: ${seen.title}${ofPhrase(seen.title, r.ofName, r.of)} (since ${formatDate(seen.since)}) — ${citation(sources, seen.source, seen.asOf)}`,
        'Then and now',
        0,
        seen.source,
      );
    for (const t of r.earlierTerms ?? [])
      if (t !== earlier && (t.since || t.until)) addLine(out, used, `${name}: earlier term ${span(t.since, t.until)}`, 'Former roles', 4, r.source);
  }
}

/** The fact lines of a card (what its roles or summary already say left out). */
function factLines(out: Line[], used: Set<string>, entity: DatasetEntity, sources: Dataset['sources'], P: string | null, summary: string): void {
  // (roles.map(…).join(' ') as one string: the mapped array's shape varied, and the compiled buildCard deopted on it.)
  let rolesName = '';
  if (entity.roles) for (const r of entity.roles) rolesName += `${rolesName ? ' ' : ''}${r.title} ${r.ofName ?? ''}`;
  let candidacies = 0;
  const facts = entity.facts;
  for (const [i, f] of facts.entries()) {
    if (entity.roles?.length && /^roles?$/i.test(f.label)) continue;
    // A person's country already stands in their role line; of several candidacies the newest
    // (facts list them newest first) is enough on a card.
    if (entity.type === 'person' && f.label === 'Country' && rolesName.includes(f.value)) continue;
    if (entity.type === 'person' && f.label === 'Candidate' && candidacies++ > 0) continue;
    // What the summary already says (capital, location, population) is not said twice; its source is still cited (Set.add is truthy).
    if (summary && (summary.includes(f.value.toLowerCase()) || summary.includes(`${f.label.toLowerCase()} `)) && used.add(f.source)) continue;
    if (repeatsLabel(entity, f.value, f.source)) continue;
    // Two labels with the same value ("Chief of state", "Head of government") share one line.
    if (i > 0 && facts[i - 1]!.value === f.value && facts[i - 1]!.since === f.since) continue;
    const label = facts[i + 1]?.value === f.value && facts[i + 1]!.since === f.since ? `${f.label} and ${facts[i + 1]!.label.toLowerCase()}` : f.label;
    // A bare year already in the value ("80.1% in the 2020 election") needs no "(since 2020)". A term's
    // start is no start of tenure: the holder may have been in office before it, in the article too.
    const sinceText =
      f.since && !f.value.includes(f.since.slice(0, 4))
        ? `${f.term ? 'term ' : ''}${f.supersededBy ? 'from' : 'since'} ${formatDate(f.since)}${P && !f.term && f.since.length >= 7 && after(f.since, P) ? ', after this article' : ''}`
        : '';
    // A holder a newer source says has changed, or one dated to the day (a tenure) read in an article
    // newer than its source: dated, never current ("as of January 2026").
    const srcAsOf = f.asOf ?? (P && f.since && f.since.length >= 7 && after(P, sources[f.source]?.asOf ?? P) ? sources[f.source]!.asOf : '');
    const asOf = srcAsOf ? `as of ${formatDate(srcAsOf.slice(0, 7))}` : '';
    const since = sinceText || asOf ? ` (${[sinceText, asOf].filter(Boolean).join('; ')})` : '';
    const rank = /^(member of|official name|former names|background)/i.test(label) ? 4 : 2;
    const gone = f.supersededBy ? `; ${supersededNote(f.supersededBy)}` : '';
    addLine(out, used, `${listValue(label, f.value)}${since}${gone}`, 'Facts', rank, f.source, f.asOf, !!asOf, undefined, gone.slice(2) || undefined);
  }
}
/** "as of June 2024, Wikidata": a source's short name and its date. */
function citation(sources: Dataset['sources'], k: string, d?: string): string {
  return `as of ${formatDate((d ?? sources[k]?.asOf ?? '').slice(0, 7))}, ${shortName(sources, k)}`;
}

/** Adds a card line (balanced, once per text) and notes its source as used. */
function addLine(
  out: Line[],
  used: Set<string>,
  text: string,
  group: string,
  rank: number,
  source?: string,
  asOf?: string,
  dated?: boolean,
  also?: string[],
  keep?: string,
): void {
  // (A ")" dropped by balancing leaves no space before punctuation or at the end.)
  const b = balance(text);
  text = b === text ? b : b.replace(/\s+(?=[),;]|$)/g, '');
  if (source) used.add(source);
  if (also) for (const k of also) used.add(k);
  for (const l of out) if (l.text === text) return;
  out.push({ text, group, rank, source, asOf, dated, ...(also?.length ? { also } : {}), ...(keep ? { keep } : {}) });
}

/** Heads of state and government first. */
const officeRank = (r: Role) => (/^(hos|hog):/.test(r.office ?? '') ? 0 : 1);
const byOfficeRank = (a: Role, b: Role) => officeRank(a) - officeRank(b);
/** The role was held on the article's date P: started by then, and ended after it, or (end unknown) its source saw it held on or after P. */
const held = (P: string | null, r: Role, until?: string) =>
  !!(P && r.since && le(r.since, P) && (until ? after(until, P) : r.status === 'former' && !!r.successor && !!r.asOf && le(P, r.asOf)));

const GROUPS = ['Then and now', 'About', 'Roles', 'Earlier roles', 'Former roles', 'Facts', 'In this article'];
const GROUP_ORDER: ReadonlyMap<string, number> = new Map(GROUPS.map((g, i) => [g, i]));
const byGroup = (a: Line, b: Line) => (GROUP_ORDER.get(a.group) ?? -1) - (GROUP_ORDER.get(b.group) ?? -1);
