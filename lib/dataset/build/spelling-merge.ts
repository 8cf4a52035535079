/**
 * One person under two spellings in two sources ("Constantine Chiwenga", Wikidata; "Constantino
 * Chiwenga", the Factbook): merged at build time, conservatively. Both names have the same number of
 * words, each the same word in another spelling — letters folded (ł, ð, ø), one or two letters apart
 * in a long word ("Haybatullah"/"Hibatullah", "Gomez"/"Gomes"), a Mongolian patronymic with or without
 * its genitive ("Khaltmaa"/"Khaltmaagiin"), a middle initial ("Th."/"Thorlacius") — never a short word
 * of another ("Kim Jong-il"/"Kim Yong-il"), a dropped word ("Abdoulaye Maïga"/"Abdoulaye Idrissa
 * Maïga", two prime ministers of Mali) or another given name (relatives sharing a surname). And the
 * two are tied by office: the same office or title in the same country, or one of them is only a
 * candidate in that country's elections. Two Wikidata items, or two people one source lists apart,
 * stay apart. Every merge is listed in the build report.
 */
import { aliasKey } from '../alias-key';
import { addAlias, addFact, type Draft } from './draft';
import type { ParsedOfficeholder } from './officeholders';
import type { NameMerge, Person, PeopleBuilder } from './people';
import { identityTokens } from './person-names';

const LETTERS: Record<string, string> = { ł: 'l', Ł: 'L', ð: 'd', Ð: 'D', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', þ: 'th', Þ: 'Th', ß: 'ss', đ: 'd', Đ: 'D', ı: 'i' };
const fold = (name: string) => name.replace(/[łŁðÐøØæÆþÞßđĐı]/g, (c) => LETTERS[c]!);

/** Levenshtein distance, stopping early above `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length]!;
}

/** One name word in two spellings; `middle`: neither the first nor the last word. */
function sameWord(x: string, y: string, middle: boolean): boolean {
  if (x === y) return true;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  if (middle && s.length <= 2) return l.startsWith(s);
  if (l.startsWith(s) && /^(?:g?iin|yn)$/.test(l.slice(s.length)) && s.length >= 4) return true;
  if (s.length < 5 || s[0] !== l[0]) return false;
  return distance(s, l, 2) <= (s.length >= 8 ? 2 : 1);
}

/** The same full name in another spelling (same number of words, word by word). */
export function sameSpelling(a: string, b: string): boolean {
  const ta = identityTokens(fold(a));
  const tb = identityTokens(fold(b));
  if (ta.length < 2 || ta.length !== tb.length) return false;
  return ta.every((t, i) => sameWord(t, tb[i]!, i > 0 && i < ta.length - 1));
}

/** The two are tied by an office: the same office or title in one jurisdiction, both heads of one state, or one only a candidate there. */
function tied(a: Person, b: Person): boolean {
  if (!a.claims.length || !b.claims.length) return !!a.countryId && a.countryId === b.countryId;
  if (a.claims.some((x) => b.claims.some((y) => x.source === y.source))) return false;
  return a.claims.some((x) =>
    b.claims.some((y) => x.office === y.office || (x.of === y.of && (aliasKey(x.title) === aliasKey(y.title) || (x.kind === 'hos' && y.kind === 'hos')))),
  );
}

/** One person's claims, facts, aliases and death into another's record; `personOf` (a Factbook line's person) follows. The caller drops `drop`. */
export function absorb(b: PeopleBuilder, keep: Person, drop: Person, personOf: Map<ParsedOfficeholder, Draft>): void {
  for (const c of drop.claims) b.addClaim(keep, c);
  for (const f of drop.draft.facts) addFact(keep.draft, f);
  for (const a of drop.draft.alias.values()) addAlias(keep.draft, a.surface, a.rank);
  for (const k of drop.draft.weak) if (!keep.draft.alias.has(k)) keep.draft.weak.add(k);
  if (drop.died && !keep.died) {
    keep.died = keep.draft.died = drop.died;
    keep.draft.diedSource = drop.draft.diedSource;
  }
  for (const [o, d] of personOf) if (d === drop.draft) personOf.set(o, keep.draft);
}

/** Merges people named twice; `personOf` (a Factbook line's person) follows. Returns the merges made. */
export function mergeSpellings(b: PeopleBuilder, personOf: Map<ParsedOfficeholder, Draft>): NameMerge[] {
  const merges: NameMerge[] = [];
  const byCountry = new Map<string, Person[]>();
  for (const p of b.people) if (p.countryId) byCountry.set(p.countryId, [...(byCountry.get(p.countryId) ?? []), p]);
  const gone = new Set<Person>();
  for (const list of byCountry.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [list[i]!, list[j]!];
        if (gone.has(x) || gone.has(y) || (x.qid && y.qid) || !sameSpelling(x.draft.name, y.draft.name) || !tied(x, y)) continue;
        // The Wikidata person keeps its id and name (the English Wikipedia title); else the one with more claims.
        const [keep, drop] = y.qid || (!x.qid && y.claims.length > x.claims.length) ? [y, x] : [x, y];
        absorb(b, keep, drop, personOf);
        gone.add(drop);
        merges.push({
          id: keep.draft.id,
          name: keep.draft.name,
          other: drop.draft.name,
          how: `the same name in another spelling, same country, ${x.claims.length && y.claims.length ? 'the same office' : "a candidate in the country's elections"}`,
        });
      }
  for (let i = b.people.length - 1; i >= 0; i--) if (gone.has(b.people[i]!)) b.people.splice(i, 1);
  b.nameMerges.push(...merges);
  return merges;
}

/**
 * A Factbook line filed under its field's office (the head of government "Vice President Constantino
 * CHIWENGA", keyed hog:) whose title names another office the same person holds in another source
 * (Wikidata's "Vice President", vp:): one office, under the title's key, so the two sources' terms
 * meet. Returns how many claims moved.
 */
export function oneOfficeKey(b: PeopleBuilder): number {
  let moved = 0;
  for (const p of b.people)
    for (const c of p.claims) {
      if (c.source !== 'factbook' || (c.kind !== 'hos' && c.kind !== 'hog')) continue;
      const other = p.claims.find(
        (x) =>
          x.source !== 'factbook' && x.of === c.of && x.kind !== 'hos' && x.kind !== 'hog' && x.office !== c.office && aliasKey(x.title) === aliasKey(c.title),
      );
      if (!other) continue;
      Object.assign(c, { office: other.office, kind: other.kind, single: other.single });
      moved++;
    }
  return moved;
}
