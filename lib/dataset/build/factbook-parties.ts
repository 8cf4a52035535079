/**
 * Political parties (Government > Political parties) and the groups the Factbook lists under
 * Terrorism > Terrorist group(s), as organisation entities. Each card says only what the list says,
 * attributed: "political party in India"; "listed by the US government (CIA World Factbook,
 * terrorism reference) as a terrorist group active in: Israel, Lebanon". A party is one entity per
 * country: a name several countries' lists carry ("Green Party") is a separate party in each, and
 * the build's collision rule makes it a weak alias of all of them. Leaders, seats and results are
 * not read (they change).
 */
import { aliasKey } from '../alias-key';
import { entityIdOf } from './countries';
import { addAlias, addFact, addWeak, newDraft, slug, withArticle, type Draft } from './draft';
import type { FactbookProfile } from './profiles';

/** One item of a list: its name as the Factbook writes it first, its other forms and its acronyms. */
export interface ListedName {
  name: string;
  forms: string[];
  acronyms: string[];
  /** The name in the spelling the list gives in brackets inside it, the party's own ("Labor (Labour) Party": "Labour Party"). */
  own?: string;
}

/** The attributed wording of a listed group's card: never "X is a terrorist organisation" in our own voice. */
export const LISTED_AS = 'listed by the US government (CIA World Factbook, terrorism reference) as a terrorist group';

/** A news spelling the Factbook does not use ("Hezbollah" for Hizballah), each with the public source that uses it. */
export interface CuratedGroupAlias {
  group: string;
  alias: string;
  source: string;
  /** The cited source titles its article with this spelling: the card's title ("Hezbollah", the Factbook's "Hizballah" below it). */
  title?: boolean;
}

/** Parenthesised notes that describe, not name: "(formerly …)", "(alliance includes …)", "(3 factions: …)". */
const NOTE =
  /\b(?:formerly|former|includes?|including|alliance|coalition|factions?|branch(?:es)?|largest|ruling|opposition|note|active|group|aka|known|locally|party has|parties)\b|\d/i;
/** "al-Qa'ida", "el-Karama": a particle may open a name in lower case. */
const PARTICLE_START = /^(?:al|el|ad|an|as|ash|ul)[-\u2019']/;
/** An acronym as the lists write them: one token, two capitals at least, no run of three lower-case letters ("AfD", "LeT", "PML-N", "CPI(M)"). */
export function isAcronymForm(s: string): boolean {
  return !/\s/.test(s) && s.length <= 10 && /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{L}\d().'&/-]+$/u.test(s) && !/\p{Ll}{3}/u.test(s);
}
const letters = (s: string) => s.replace(/[^\p{L}\d]/gu, '').length;
const clean = (s: string) =>
  s
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s,.-]+|[\s,.:-]+$/g, '')
    .trim();

/** One line of a list: "Labor (Labour) Party", "Scottish National Party or SNP", "Ansarallah (Houthis)". */
export function parseItem(raw: string, slashSides = false): ListedName | null {
  // (An unclosed bracket runs to the line's end: "CPP (coalition includes ANC, LP".)
  let s = clean(
    raw
      .replace(/\s*;.*$/, '')
      .replace(/\s+note\s*[-\u2013:].*$/i, '')
      .replace(/\s*\([^)]*$/, '')
      .replace(/[[\]]/g, ''),
  );
  const forms: string[] = [];
  const acronyms: string[] = [];
  const variants: [string, string][] = [];
  for (let m = /\s\(([^()]*)\)/.exec(s); m; m = /\s\(([^()]*)\)/.exec(s)) {
    const content = clean(m[1]!);
    const before = s.slice(0, m.index);
    const after = s.slice(m.index + m[0].length);
    let keep = '';
    const quoted = /^["\u201c](.+?)["\u201d]$/.exec(content);
    if (quoted) forms.push(quoted[1]!);
    else if (isAcronymForm(content)) {
      // "(ISIS) - Yemen", "(ISIS) in Bangladesh (ISB)": the acronym of the name's head, not of this item.
      if (!after.trim() || /^\s*(?:\/|or\b)/.test(after)) acronyms.push(...content.split('/'));
    } else if ((/^\p{Lu}/u.test(content) || PARTICLE_START.test(content)) && !NOTE.test(content)) {
      const prev = /(\S+)$/.exec(before)?.[1] ?? '';
      if (!content.includes(' ') && /^\s\p{L}/u.test(after)) {
        // Inside the name: a spelling of the word before ("Labor (Labour) Party"), or a word of the name ("Arab Socialist (Ba'ath) Party").
        if (prev.slice(0, 3).toLowerCase() === content.slice(0, 3).toLowerCase()) variants.push([prev, content]);
        else keep = ` ${content}`;
      } else forms.push(content);
    }
    s = clean(before + keep + after);
  }
  const [head = '', ...others] = s.split(/\s+or\s+/);
  const name = clean(head);
  for (const o of others.map(clean)) (isAcronymForm(o) ? acronyms : forms).push(o);
  for (const [from, to] of variants) forms.push(name.replace(from, to));
  // The Factbook writes the US spelling first and a British one in brackets ("Labor (Labour) Party"): a
  // party that spells itself so is called so by its country's press, and that titles its card. (Not a
  // name in the country's language, "Alternative (Alternativa)": that is one more name, no respelling.)
  const british = variants.filter(([from, to]) => britishSpelling(from, to));
  const own = british.length ? british.reduce((n, [from, to]) => n.replace(from, to), name) : undefined;
  if (slashSides && name.includes('/')) for (const side of name.split('/')) if (side.includes(' ')) forms.push(clean(side));
  if (!name || (!/^\p{Lu}/u.test(name) && !PARTICLE_START.test(name))) return null;
  // (The linker reads names of up to eight words: a longer one would never be met.)
  if (name.split(' ').length > 8 || /\b(?:such as|have|has|is|are|were|where)\b/.test(name)) return null;
  const all = [...forms];
  for (const f of [name, ...forms]) if (/^The\s/.test(f)) all.push(f.slice(4));
  return {
    name,
    forms: [...new Set(all.filter((f) => f && f !== name && f.split(' ').length <= 8 && (/^\p{Lu}/u.test(f) || PARTICLE_START.test(f))))],
    acronyms: [...new Set(acronyms.filter((a) => letters(a) >= 3))],
    ...(own && own !== name ? { own } : {}),
  };
}

/** How British English respells a US word's ending: "Labor" "Labour", "Center" "Centre", "Organization" "Organisation". */
const BRITISH: [RegExp, string][] = [
  [/or(s?)$/, 'our$1'],
  [/er(s?)$/, 're$1'],
  [/iz(e|es|ed|ation|ations)$/, 'is$1'],
];
/** `uk` is `us` in British spelling. */
export function britishSpelling(us: string, uk: string): boolean {
  const a = us.toLowerCase();
  const b = uk.toLowerCase();
  return a !== b && BRITISH.some(([re, to]) => a.replace(re, to) === b);
}

/** Government > Political parties: one party a line; under a heading ("major political organizations:") only a heading of parties counts. */
export function parsePartyList(text: string | undefined): ListedName[] {
  const out: ListedName[] = [];
  let keep = true;
  for (const line of (text ?? '').replace(/\s*\[[^\]]*\]\s*/g, '\n').split('\n')) {
    const l = clean(line);
    if (!l) continue;
    if (/:$/.test(line.trim())) {
      keep = /part(?:y|ies)/i.test(l);
      continue;
    }
    if (!keep) continue;
    const item = parseItem(l);
    if (item) out.push(item);
  }
  return out;
}

/** Terrorism > Terrorist group(s): separated by semicolons (once by commas). Sentences are no items. */
export function parseGroupList(text: string | undefined): ListedName[] {
  return (text ?? '')
    .split(/\n|;\s*|,\s+(?=\p{Lu}|al-)/u)
    .map((x) => parseItem(x, true))
    .filter((x): x is ListedName => !!x);
}

/** Build-time word tests, passed in by the build (lib/tools/build-dataset.ts). */
export interface WordTests {
  /** An everyday word, a given name or a demonym; `oneWord`: a frequent word or a first name, as a one-word name ("Noam", "Horizons"). */
  isLooseWord: ((key: string) => boolean) & { oneWord(key: string): boolean };
  /** compromise's tags of a word ("Place", "City"). */
  tagsOf(key: string): string;
  /** An everyday English word ("new", "hope", "democratic"). */
  isCommon(key: string): boolean;
}
/** A one-word name that is also an everyday word, a given name, a demonym or a place. */
const isLoose = (k: string, t: WordTests) => t.isLooseWord(k) || t.isLooseWord.oneWord(k) || /Place|City|Country|Region/.test(t.tagsOf(k));

const JOINERS = new Set(['of', 'and', 'the', 'for', 'a', 'in', 'to', 's']);
/** Every word of the name is an everyday word ("Democratic Party", "New Hope", "Blue and White"). */
const generic = (key: string, t: WordTests) => key.split(' ').every((w) => JOINERS.has(w) || t.isCommon(w));

/**
 * Whether a surface links alone (strong) or only with context (weak: its country named, and for a
 * name with no party word in it, the sentence speaking of a party — decide.ts): an acronym, a
 * one-word name that is a loose word, a name of everyday words. A group's acronym of four letters
 * or more ("ISIS", "IRGC") is strong; a shorter one ("LeT", "PIJ") is linked only where the article
 * spells the group out.
 */
function place(d: Draft, surface: string, rank: number, acronym: boolean, t: WordTests, group: boolean): void {
  const key = aliasKey(surface);
  // (A party's one-word name, however rare a word, needs its country named: "Likud" in an article on Israel.)
  const weak = acronym ? !group || letters(surface) < 4 : key.includes(' ') ? generic(key, t) : !group || isLoose(key, t);
  if (weak) {
    d.alias.delete(key);
    addWeak(d, surface);
  } else if (!d.weak.has(key)) addAlias(d, surface, rank);
}

/** Sets a listed name's surfaces on its draft, leaving out any key another entity already has (`taken`). */
function setNames(d: Draft, item: ListedName, taken: Set<string>, t: WordTests, group: boolean, others = new Set<string>()): void {
  if (!taken.has(aliasKey(item.name))) place(d, item.name, 0, false, t, group);
  // (Not another group's name: "Harakat ul-Jihad-i-Islami/Bangladesh" is not HUJI.)
  for (const f of item.forms) if (!taken.has(aliasKey(f)) && !others.has(aliasKey(f))) place(d, f, 1, false, t, group);
  for (const a of item.acronyms) if (!taken.has(aliasKey(a))) place(d, a, 1, true, t, group);
}

/**
 * Drafts for every listed party and group. `taken`: every alias key (strong or weak) of the
 * dataset's other entities — a party or group never takes another entity's name; one whose own
 * name is taken is left out (counted in `skipped`).
 */
/** Adds the parties and groups to the build's drafts (every key the drafts have so far is taken); a line for the build's log. */
export function addPartiesAndGroups(drafts: Draft[], profiles: FactbookProfile[], t: WordTests, curated: CuratedGroupAlias[]): string {
  const taken = new Set(drafts.flatMap((d) => [...d.alias.keys(), ...d.weak, ...(d.adjectives ?? []).map(aliasKey)]));
  const built = buildPartiesAndGroups(profiles, taken, t, curated);
  drafts.push(...built.drafts);
  return `parties: ${built.parties}; listed groups: ${built.groups}; left out, their name another entity's: ${built.skipped.length} (${built.skipped.join(', ')})`;
}

export function buildPartiesAndGroups(
  profiles: FactbookProfile[],
  taken: Set<string>,
  t: WordTests,
  curated: CuratedGroupAlias[],
): { drafts: Draft[]; skipped: string[]; parties: number; groups: number } {
  const skipped: string[] = [];
  const countries = profiles.filter((p) => p.kind === 'country');
  // Groups: one entity per group, merged across countries by name or acronym.
  const seen = new Map<string, { items: ListedName[]; countries: Set<string> }>();
  for (const p of countries)
    for (const item of parseGroupList(p.terrorGroups)) {
      const keys = [aliasKey(item.name), ...item.acronyms.map(aliasKey)];
      const found = keys.map((k) => seen.get(k)).find(Boolean) ?? { items: [], countries: new Set<string>() };
      found.items.push(item);
      found.countries.add(p.name);
      for (const k of keys) seen.set(k, found);
    }
  const groups = [...new Set(seen.values())];
  const names = (g: (typeof groups)[number]) => new Set(g.items.map((i) => aliasKey(i.name)));
  const drafts: Draft[] = [];
  const groupOf = new Map<string, Draft>();
  for (const g of groups) {
    const counts = new Map<string, number>();
    for (const i of g.items) counts.set(i.name, (counts.get(i.name) ?? 0) + 1);
    const name = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    if (taken.has(aliasKey(name))) {
      skipped.push(name);
      continue;
    }
    const d = newDraft(`group:${slug(name)}`, 'organization', name);
    const own = names(g);
    const others = new Set(groups.filter((x) => x !== g).flatMap((x) => [...names(x)].filter((k) => !own.has(k))));
    for (const i of g.items) setNames(d, i, taken, t, true, others);
    // A curated news spelling as any other name: one of everyday words ("Islamic State") only where the article names the group otherwise.
    for (const c of curated) if (own.has(aliasKey(c.group)) && !taken.has(aliasKey(c.alias))) place(d, c.alias, 1, false, t, true);
    // Readers know "Hezbollah", not the Factbook's "Hizballah": a cited news spelling titles the card, the source's stays said.
    const title = curated.find((c) => c.title && own.has(aliasKey(c.group)) && d.alias.has(aliasKey(c.alias)));
    if (title) d.name = title.alias;
    const where = [...g.countries].sort((a, b) => a.localeCompare(b));
    addFact(d, { label: 'Active in (as listed)', value: where.join(', '), source: 'factbook' });
    if (title) addFact(d, { label: 'CIA World Factbook spelling', value: name, source: 'factbook' });
    d.summary = `${d.name}: ${cap(LISTED_AS)} active in ${where.length > 6 ? `${where.length} countries and territories` : where.join(', ')}`;
    for (const i of g.items) groupOf.set(aliasKey(i.name), d);
    drafts.push(d);
  }
  let parties = 0;
  for (const p of countries) {
    const countryId = entityIdOf(p);
    const byKey = new Map<string, Draft>();
    for (const item of parsePartyList(p.parties)) {
      const key = aliasKey(item.name);
      const what = `political party in ${withArticle(p.name)}`;
      // A listed group that is also one of the country's parties (Hizballah in Lebanon): one entity, both lines.
      const group = groupOf.get(key);
      if (group) {
        addFact(group, { label: 'Party', value: cap(what), source: 'factbook' });
        continue;
      }
      if (taken.has(key)) {
        skipped.push(`${item.name} (${p.name})`);
        continue;
      }
      const d = byKey.get(key) ?? newDraft(`party:${countryId.replace(/^country:/, '')}:${slug(item.name)}`, 'organization', item.name);
      d.countryId = countryId;
      setNames(d, item, taken, t, false);
      if (byKey.has(key)) continue;
      byKey.set(key, d);
      // (The shipped dataset leaves out all three, which its id says: lib/dataset/pack.ts.)
      addFact(d, { label: 'What', value: cap(what), source: 'factbook' });
      // (The id keeps the first spelling: ids are stable, labels and judged samples name them.)
      if (item.own) d.name = item.own;
      d.summary = `${d.name}: ${what}`;
      drafts.push(d);
      parties++;
    }
  }
  return { drafts, skipped, parties, groups: drafts.length - parties };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
