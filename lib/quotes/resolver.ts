import type { EntityResult, Speaker, Span } from '../types';
import { ORGANISATION_BACK_NOUNS } from '../text/words';
import { nextNameRun } from './name-runs';
import { classifyPhrase, notAName, PARTICLE_ALTERNATION, type PhraseKind, type SpeakerPhrase } from './phrase';

export { NAME_RUN_RE, nextNameRun } from './name-runs';

/** An acronym's capitals ("AP", "KCNA"). */
const CAPITALS = /^\p{Lu}{2,}$/u;
/** Capitalised words in a row, particles between them (lastPersonIn). */
const NAME_WORDS = new RegExp(`\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+(?:(?:${PARTICLE_ALTERNATION})[ \\t]+)*\\p{Lu}[\\p{L}'’-]+)*`, 'gu');

/**
 * Resolution (part of ./speaker.ts): a speaker phrase turned into a Speaker against earlier
 * mentions — a surname to the full name written before it, a pronoun or "the official" to the
 * speaker it refers back to.
 */

interface NameMention extends Span {
  name: string;
  entityId: string | null;
  /** The name's last word, for "surname → full name" (split once, not per look-up). */
  last: string;
}

interface RawRun extends Span {
  /** The run's last word. */
  last: string;
  /** The run classified: a full name, or null; undefined until needed. */
  name?: NameMention | null;
}

export class SpeakerResolver {
  private persons: { span: Span; entity: EntityResult }[] = [];
  /** What a pronoun has called a speaker ("he" → m, "she" → f), by name. */
  private gender = new Map<string, 'm' | 'f'>();
  /** Speakers already resolved, in text order, for pronouns and "the official". */
  private history: { pos: number; speaker: Speaker; head?: string; kind: PhraseKind }[] = [];

  constructor(
    private readonly text: string,
    entities: EntityResult[],
  ) {
    for (const e of entities) {
      if (e.type !== 'person') continue;
      for (const m of e.mentions) this.persons.push({ span: m, entity: e });
    }
    this.persons.sort((a, b) => a.span.start - b.span.start);
    let max = -Infinity;
    for (const p of this.persons) this.maxEnd.push((max = Math.max(max, p.span.end)));
  }

  /**
   * The earliest full name (two or more words) before `before` whose last word is `surname`.
   * Capitalised runs are found only as far into the text as asked, and a run is classified only
   * when its last word is the surname: a classified name ends where its run ends, so the run's
   * last word is the name's last word.
   */
  private fullNameFor(surname: string, before: number): NameMention | null {
    this.scanRunsBefore(before);
    for (const raw of this.runsByLast.get(surname) ?? []) {
      if (raw.start >= before) return null; // a name starts inside its run
      if (raw.name === undefined) raw.name = this.classifyRun(raw);
      const r = raw.name;
      if (r && r.start < before && r.last === surname) return r;
    }
    return null;
  }

  /** Capitalised runs (NAME_RUN_RE) by last word, in text order; scanned on demand. */
  private runsByLast = new Map<string, RawRun[]>();
  private rawScan = 0;
  private rawDone = false;

  /** Scan on until a run starting at or after `pos` has been seen (or the text ends). */
  private scanRunsBefore(pos: number): void {
    while (!this.rawDone && this.rawScan <= pos) {
      const m = nextNameRun(this.text, this.rawScan);
      if (!m) {
        this.rawDone = true;
        break;
      }
      this.rawScan = m.index + m[0].length;
      const end = m.index + m[0].length;
      const cut = Math.max(m[0].lastIndexOf(' '), m[0].lastIndexOf('\t'));
      const raw: RawRun = { start: m.index, end, last: m[0].slice(cut + 1) };
      const list = this.runsByLast.get(raw.last);
      if (list) list.push(raw);
      else this.runsByLast.set(raw.last, [raw]);
      if (m.index >= pos) break;
    }
  }

  private classifyRun(raw: RawRun): NameMention | null {
    const p = classifyPhrase(this.text, raw.start, raw.end);
    if (!p || p.kind !== 'name') return null;
    const name = this.text.slice(p.nameStart, p.nameEnd);
    if (!/\s/.test(name)) return null;
    return { start: p.nameStart, end: p.nameEnd, name, entityId: null, last: name.split(/\s+/).pop()! };
  }

  /** Running maximum of the persons' span ends (persons sorted by start), for personAt. */
  private maxEnd: number[] = [];

  /**
   * The first person mention (in start order) that overlaps [start, end). The first mention
   * ending after `start` is where the running maximum of ends first exceeds `start`: found by
   * binary search instead of a scan from the text's start per question.
   */
  private personAt(start: number, end: number): EntityResult | null {
    const ends = this.maxEnd;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! > start) hi = mid;
      else lo = mid + 1;
    }
    const p = this.persons[lo];
    return p && p.span.start < end ? p.entity : null;
  }

  private fullNames = new Map<EntityResult, string>();

  /** The fullest surface form of an entity in this text ("Emmanuel Macron" over "Macron"); once per entity. */
  private fullName(e: EntityResult): string {
    let name = this.fullNames.get(e);
    if (name !== undefined) return name;
    let best = '';
    for (const m of e.mentions) {
      const s = this.text.slice(m.start, m.end).replace(/['’]s$/, '');
      if (s.length > best.length) best = s;
    }
    name = best || e.name;
    this.fullNames.set(e, name);
    return name;
  }

  private named(start: number, end: number): Speaker {
    const surface = this.text.slice(start, end).replace(/['’]s$/, '');
    let entity = this.personAt(start, end);
    let name = surface;
    const tokensN = surface.split(/\s+/);
    if (tokensN.length === 1) {
      // A surname: the earliest full name in the text that ends with it.
      const full = this.fullNameFor(surface, start);
      if (full) {
        name = full.name;
        entity ??= this.personAt(full.start, full.end);
      }
    }
    if (entity) {
      const full = this.fullName(entity);
      if (full.split(/\s+/).length > name.split(/\s+/).length) name = full;
    }
    return { name, start, end, entityId: entity?.id ?? null, anonymous: false };
  }

  /** Turn a classified phrase into a Speaker, resolving pronouns and definite descriptions. */
  resolve(p: SpeakerPhrase, pos: number): Speaker | null {
    const surface = this.text.slice(p.nameStart, p.nameEnd);
    let speaker: Speaker | null = null;
    switch (p.kind) {
      case 'name':
        speaker = this.named(p.nameStart, p.nameEnd);
        break;
      case 'org':
        speaker = { name: surface, start: p.nameStart, end: p.nameEnd, entityId: null, anonymous: false };
        break;
      case 'pronoun': {
        const lower = surface.toLowerCase();
        const plural = lower === 'they' || lower === 'we';
        // "he" and "she" skip a speaker already called the other ("“…,” she said" after Tom Harper spoke as "he").
        const gender = lower === 'he' ? 'm' : lower === 'she' ? 'f' : null;
        const fits = (h: { speaker: Speaker }) => !gender || (this.gender.get(h.speaker.name) ?? gender) === gender;
        const prev = [...this.history]
          .reverse()
          .find(
            (h) =>
              h.pos < pos &&
              (plural
                ? h.kind === 'group'
                : (h.kind === 'name' && fits(h)) || (lower !== 'it' && h.kind === 'anon' && fits(h)) || (lower === 'it' && h.kind === 'org')),
          );
        if (prev) {
          speaker = { ...prev.speaker, start: p.nameStart, end: p.nameEnd, via: undefined };
          if (gender) this.gender.set(prev.speaker.name, gender);
        } else if (!plural && lower !== 'it') {
          const before = this.persons.filter((x) => x.span.end <= pos).pop();
          if (before) speaker = { name: this.fullName(before.entity), start: p.nameStart, end: p.nameEnd, entityId: before.entity.id, anonymous: false };
        }
        if (!speaker) speaker = { name: surface, start: p.nameStart, end: p.nameEnd, entityId: null, anonymous: true, group: plural || undefined };
        break;
      }
      case 'anon':
      case 'group': {
        if (p.definite && p.head) {
          // "the official" → the earlier "a U.S. official"; "the 63-year-old senator" → the earlier "Sen. Ted Cruz".
          const prev = [...this.history]
            .reverse()
            .find((h) => h.pos < pos && h.head === p.head && (h.kind === p.kind || (p.kind === 'anon' && h.kind === 'name')));
          if (prev) {
            speaker = { ...prev.speaker, start: p.nameStart, end: p.nameEnd, via: undefined };
            break;
          }
        }
        speaker = { name: surface, start: p.nameStart, end: p.nameEnd, entityId: null, anonymous: true };
        if (p.kind === 'group') speaker.group = true;
        break;
      }
      case 'other': {
        // "the automaker", "the news agency", "the group": the organisation that spoke last —
        // one named with that word ("Xinhua News Agency") first, else any organisation or acronym.
        const head = /^the\s/i.test(surface) ? surface.split(/\s+/).pop()!.toLowerCase() : null;
        if (head && ORGANISATION_BACK_NOUNS.has(head)) {
          const recent = [...this.history].reverse().filter((h) => h.pos < pos && (h.kind === 'org' || (h.kind === 'name' && CAPITALS.test(h.speaker.name))));
          const prev = recent.find((h) => h.speaker.name.toLowerCase().split(/\s+/).includes(head)) ?? recent[0];
          if (prev) {
            speaker = { ...prev.speaker, start: p.nameStart, end: p.nameEnd, via: undefined };
            break;
          }
        }
        speaker = { name: surface, start: p.nameStart, end: p.nameEnd, entityId: null, anonymous: false };
        break;
      }
    }
    if (speaker) {
      const kind = p.kind === 'pronoun' ? (speaker.group ? 'group' : speaker.anonymous ? 'anon' : 'name') : p.kind;
      this.history.push({ pos, speaker, head: p.head, kind });
    }
    if (speaker && speaker.via === undefined) delete speaker.via;
    return speaker;
  }

  /** The last person named in text[from, to) other than `not` ("he spoke to X ... was assured"). */
  lastPersonIn(from: number, to: number, not: string | null): Speaker | null {
    let best: Speaker | null = null;
    const ents = this.persons.filter((p) => p.span.start >= from && p.span.end <= to);
    for (const p of ents) {
      const s = this.named(p.span.start, p.span.end);
      if (s.name !== not) best = s;
    }
    if (best) return best;
    const re = NAME_WORDS;
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.text)) && m.index < to) {
      const end = Math.min(m.index + m[0].length, to);
      const p = classifyPhrase(this.text, m.index, end);
      if (!p || p.kind !== 'name') continue;
      const s = this.named(p.nameStart, p.nameEnd);
      // Only names we know as people: an entity, or a surname of an earlier full name.
      if (s.name !== not && (s.entityId || s.name.includes(' ')) && !notAName(s.name)) best = s;
    }
    return best;
  }
}
