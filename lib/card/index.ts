import type { Card, Dataset, DatasetEntity, SourceRef } from '../types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// Cards repeat the same few dates and country codes on every page: both formatters are memoised
// by their input string (bounded; cleared when full).
const MEMO_MAX = 5_000;
const dates = new Map<string, string>();
const flags = new Map<string, string | undefined>();

/** "1994-07-20" → "20 July 1994"; "2023-08" → "August 2023"; anything else unchanged. */
export function formatDate(iso: string): string {
  let out = dates.get(iso);
  if (out === undefined) {
    if (dates.size >= MEMO_MAX) dates.clear();
    dates.set(iso, (out = formatDateOnce(iso)));
  }
  return out;
}

function formatDateOnce(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const month = MONTHS[Number(mo) - 1] ?? mo;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** "BY" → 🇧🇾: two regional-indicator symbols; fonts draw them as the flag. */
export function flagEmoji(code: string | undefined): string | undefined {
  if (!code) return undefined;
  if (flags.has(code)) return flags.get(code);
  if (flags.size >= MEMO_MAX) flags.clear();
  const flag = /^[A-Za-z]{2}$/.test(code) ? String.fromCodePoint(...[...code.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65)) : undefined;
  flags.set(code, flag);
  return flag;
}

export interface CardContext {
  /** How often the article mentions the entity / quotes it. */
  mentions?: number;
  quotes?: number;
  /** Names of other entities in the same article that this one is related to. */
  related?: string[];
  /** The entity's country record (for its flag). */
  country?: DatasetEntity;
}

/**
 * A background card from dataset facts only: the role line first (what a reader needs to place the
 * name), then the key facts, each traceable to a source with its as-of date. Article-derived lines
 * (mention counts) come last and are phrased so they cannot be mistaken for dataset facts.
 */
export function buildCard(entity: DatasetEntity, sources: Dataset['sources'], ctx: CardContext = {}): Card {
  const lines: string[] = [];
  const used = new Set<string>();
  const cite = (key: string) => used.add(key);

  for (const r of entity.roles ?? []) {
    const of = r.ofName && !r.title.includes(r.ofName) ? ` of ${r.ofName}` : '';
    const span = r.until ? ` (${formatDate(r.since ?? '')}–${formatDate(r.until)})` : r.since ? `, in office since ${formatDate(r.since)}` : '';
    lines.push(`${r.title}${of}${span}`);
    cite(r.source);
  }
  if (entity.summary && entity.type !== 'person') lines.push(entity.summary);
  const rolesName = (entity.roles ?? []).map((r) => `${r.title} ${r.ofName ?? ''}`).join(' ');
  let candidacies = 0;
  for (const f of entity.facts) {
    if (entity.roles?.length && /^roles?$/i.test(f.label)) {
      cite(f.source);
      continue;
    }
    // A person's country already stands in their role line; of several candidacies the newest
    // (facts list them newest first) is enough on a card.
    if (entity.type === 'person' && f.label === 'Country' && rolesName.includes(f.value)) continue;
    if (entity.type === 'person' && f.label === 'Candidate' && candidacies++ > 0) continue;
    // A bare year already in the value ("80.1% in the 2020 election") needs no "(since 2020)".
    const since = f.since && !f.value.includes(f.since.slice(0, 4)) ? ` (since ${formatDate(f.since)})` : '';
    const line = `${f.label}: ${f.value}${since}`;
    if (lines.includes(line)) continue;
    lines.push(line);
    cite(f.source);
    if (lines.length >= 8) break;
  }
  for (const l of entity.stateLabels ?? []) {
    lines.push(`Labelled ${l.label} by ${sources[l.source]?.name ?? l.source}`);
    cite(l.source);
  }
  if (ctx.mentions) lines.push(`In this article: mentioned ${plural(ctx.mentions, 'time')}${ctx.quotes ? `, quoted ${plural(ctx.quotes, 'time')}` : ''}`);
  if (ctx.related?.length) lines.push(`Also in this article: ${ctx.related.slice(0, 4).join(', ')}`);

  const refs: SourceRef[] = [...used].map((k) => ({ name: sources[k]?.name ?? k, asOf: sources[k]?.asOf ?? '' }));
  const flag = flagEmoji(entity.code ?? ctx.country?.code);
  return { title: entity.name, lines, sources: refs, ...(flag ? { flag } : {}) };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
