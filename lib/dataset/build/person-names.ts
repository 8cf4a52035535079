/**
 * Person-name matching for identity: the tokens two names are compared on, whether one full name is
 * the other with middle names dropped (or another romanisation), and the given/surname split. Kept
 * apart from the PeopleBuilder (people.ts) so the audit and reconciliation can use it alone.
 */
import { aliasKey } from '../alias-key';
import { wordVariants, type NameFamily } from '../names';

export const NAME_PARTICLES = /^(?:al|el|bin|ibn|bint|de|da|do|dos|das|di|del|la|le|von|van|der|den|y|e|ould|ben|abu|the)$/;

/** Name tokens compared for identity: alias keys, hyphens split, particles and regnal numbers dropped. */
export function identityTokens(name: string): string[] {
  return aliasKey(name.replace(/\([^)]*\)/g, ' ').replace(/,?\s+(?:Jr|Sr)\.?$/i, ''))
    .split(/\s+/)
    .filter((t) => t && !NAME_PARTICLES.test(t) && !/^[ivx]+$/.test(t));
}

/**
 * One full name is the other with middle names dropped ("Matamela Cyril Ramaphosa" / "Cyril
 * Ramaphosa"), or the same name in another romanisation of the person's own family ("Aliaksandr
 * Kavalenka" / "Alexander Kovalenko", Belarusians only). Both need at least two tokens; the
 * shorter name's last token must match the longer name's last or first token (surname-first names).
 */
export function sameFullName(a: string, b: string, family: NameFamily): boolean {
  let ta = identityTokens(a);
  let tb = identityTokens(b);
  // A leading "Muhammad" the press usually leaves out ("[Muhammad] Shehbaz Sharif"), but not in a
  // patronymic chain, where the first name is the person's own ("Muhammad bin Salman").
  const chain = /\b(?:bin|ibn|bint)\b/i.test(`${a} ${b}`);
  if (chain) {
    /* keep both names whole */
  } else if (ta.length > 2 && ARABIC_GIVEN.has(ta[0]!) && !ARABIC_GIVEN.has(tb[0] ?? '') && ta.length > tb.length) ta = ta.slice(1);
  else if (tb.length > 2 && ARABIC_GIVEN.has(tb[0]!) && !ARABIC_GIVEN.has(ta[0] ?? '') && tb.length > ta.length) tb = tb.slice(1);
  if (ta.length < 2 || tb.length < 2) return false;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const forms = (t: string) => new Set([...(family ? wordVariants(t, family).map(aliasKey) : [t]), ...(ARABIC_GIVEN.has(t) ? ARABIC_GIVEN : [])]);
  const match = (x: string, y: string) => x === y || forms(x).has(y) || forms(y).has(x);
  const used = new Set<number>();
  for (const t of short) {
    const i = long.findIndex((u, j) => !used.has(j) && match(t, u));
    if (i < 0) return false;
    used.add(i);
  }
  // The press drops middle names, not the given name: first with first, and last with last, or
  // the longer name going on after the shorter one ("Prabowo Subianto [Djojohadikusumo]",
  // "Muhammad bin Salman [bin Abd al-Aziz Al Saud]").
  const last = short[short.length - 1]!;
  const prefix = short.every((t, i) => match(t, long[i]!));
  // Spanish and Portuguese names: two given names and two surnames; the press writes the first given
  // name and the first (paternal) surname ("Gustavo [Francisco] Petro [Urrego]").
  const iberian = short.length === 2 && long.length >= 4 && match(last, long[long.length - 2]!);
  return match(short[0]!, long[0]!) && (match(last, long[long.length - 1]!) || short.length === long.length || prefix || iberian);
}

/** One Arabic given name in the romanisations the press uses. */
export const ARABIC_GIVEN = new Set(['muhammad', 'mohammed', 'mohammad', 'mohamed', 'muhammed', 'mohamad']);
/** Other Arabic given names the press spells several ways (alias generation only). */
export const ARABIC_GIVEN_GROUPS = [
  ['Ahmad', 'Ahmed'],
  ['Mahmoud', 'Mahmud'],
  ['Abdullah', 'Abdallah'],
  ['Hussein', 'Husain', 'Hussain'],
  ['Youssef', 'Yousef', 'Yusuf'],
];

/** "Ivan Petrenko" → given [Ivan], surname Petrenko; regnal and "X of Y" names have no surname. */
export function labelParts(label: string): { given: string[]; surname: string } {
  const parts = label
    .replace(/,?\s+(?:Jr|Sr)\.?$/i, '')
    .split(' ')
    .filter(Boolean);
  if (parts.length < 2 || /\bof\b/.test(label) || /^[IVX]+$/.test(parts[parts.length - 1] ?? '')) return { given: [], surname: '' };
  // Arabic patronymics: "Mohammed bin Salman" is not "Mr Salman".
  const bin = parts.findIndex((p, i) => i > 0 && /^(?:bin|ibn|bint|ben)$/i.test(p));
  if (bin > 0) return { given: parts.slice(0, bin), surname: parts.slice(bin).join(' ') };
  // Particles belong to the surname ("Anna von der Berg", "Omar el-Hadi").
  let s = parts.length - 1;
  while (s > 1 && /^(?:von|van|der|den|de|da|dos|das|di|del|la|le|al|el)$/i.test(parts[s - 1] ?? '')) s--;
  return { given: parts.slice(0, s), surname: parts.slice(s).join(' ') };
}

/** Two names share a word of four letters or more ("Kim Jong Un", "Kim Jong-un"): possibly one person under two spellings. */
export function shareName(a: string, b: string): boolean {
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 4);
  const mine = new Set(words(a));
  return words(b).some((w) => mine.has(w));
}
