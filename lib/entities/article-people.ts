import { TITLE_WORDS } from '../text/words';
import type { EntityResult, Span } from '../types';
import { capitalIndexes, type Run, type Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { followableSurname, inDate, isNameWord, withoutJoinedArticle } from './name-words';
import { scanRuns, type Person } from './name-scan';
import { commonLast, everydayOneWord, thingByPronouns } from './one-word';
import { LowerWords } from './article-words';
import { OverlapIndex } from './overlap';
import { descriptorBefore, pairEvidence } from './person-evidence';
import { initialledNames, type InitialledName } from './initials';
import { emailNames, quotedSurnameFirst } from './email-names';
import { particlesBefore, patronymicNames } from './patronymic';
import { vocativeNames } from './vocative';
import { castNames } from './cast-people';
import { styledNames } from './styled-names';
import { nicknamedNames } from './nicknames';
import { creditNames, lowerSignedNames, signatureNames, signedNames } from './signature';
import { coordinatedPeople, vouchedOnly } from './coordinated';
import { productPerson } from './product-names';
import { groupOfPeople } from './kind-of-people';
import { townBeforeCode } from './state-codes';
import { modelNumbered, opensListItem, quotedWhole, rankedHeading, saidOfAThing, shopPossessive, writtenOfAsThing } from './not-people';
import { kindAppositive } from './firm-evidence';
import { placedSurelySomewhere } from './place-again';
import { notItsSurname } from './surname-after';
import { titleSurnameWord } from './surname-heads';
import { sourceOnly } from './source-only';
import { theHeadedMostly } from './the-headed';

export { isNameWord, NOT_NAME, wordBeforeSpace } from './name-words';
export { TITLE_WORDS };

/**
 * People the dataset does not know, found from how news copy names a person (each found person
 * records which evidence it had, in `why`):
 *  - a speech or reporting verb after or before the name ("Jane Doe said", "…, says Tarlo", "wrote Jesse LaBrocca");
 *  - a title, role or honorific before it ("King Salman", "Finance Minister Mohammed al-Jadaan", "Mr Abdullah", "nurse Helen Okafor");
 *  - an appositive ("the Director, Gerry McNeilly, set …", "Her brother, Tomás, said", "Juan Pérez, a farmer", "Tarlo, who …");
 *  - a possessive or "by"/"according to" before it ("Reuters' Jane Doe");
 *  - for two or more words, a given name first ("Helen Okafor").
 * A full name introduced once is followed by its surname later, and "Mr Obama" after "Barack Obama" is one person.
 * Their cards are built from the article alone and say so.
 */

/** `datasetPeople`: mentions of dataset people, which vouch for names listed with them ("Putin and Lavrov"). */
export function findArticlePeople(
  text: string,
  tokens: Token[],
  runs: Run[],
  taken: Span[],
  L: LexiconSets | null = null,
  datasetPeople: Span[] = [],
  lower = new LowerWords(tokens),
): EntityResult[] {
  // (Each step is a function of its own: a path the short pages never took, met on a long page, throws away its own compiled code only.)
  // "J.K. Rowling": names with initials, whole (initials.ts); `"Townsend, George" <gt@…>`: a display name before an e-mail address — before the scan.
  const early = L ? earlyNames(text, tokens, runs, new OverlapIndex(taken), L, lower) : [];
  const people = scanRuns(text, runs, new OverlapIndex(early.length ? [...taken, ...early.map((n) => n.span)] : taken), L);
  for (const n of early) {
    const name = nameOf(text, n.span);
    const p = people.get(name) ?? { name, descriptor: descriptorBefore(text, n.span.start, L), mentions: [], parts: n.parts, why: n.why, strong: true };
    p.mentions.push(n.span);
    people.set(name, p);
  }
  // "Google Gemini said", "Nissan Leaf owners": a product's name is no person's (product-names.ts).
  for (const name of people.keys()) if (productPerson(name, L)) people.delete(name);
  const vias = addListed(text, tokens, runs, taken, L, datasetPeople, people);
  if (!people.size) return [];
  const bySurname = mergeSurnames(text, tokens, people, L, lower);
  // Later surname-only mentions ("Doe said …"), claimed before the loop so that they do not block each other.
  const claimed = new OverlapIndex([...taken, ...[...people.values()].flatMap((p) => p.mentions)]);
  const products = new Set<Person>();
  const things = new Set<Person>();
  laterMentions(text, tokens, bySurname, claimed, L, products, things);
  return kept(text, people, products, things, vias, datasetPeople, L, lower);
}

// (The steps below are functions of their own, as laterMentions is: V8 compiled findArticlePeople whole, in one of the longest jobs.)

/** "Chandler and Weller", "Rumsfeld, Wolfowitz and Feith": names listed with a person are people; added to `people`. Returns
 *  what vouched for each person made by a list alone (null for a pair's own evidence: see vouchedOnly). */
function addListed(
  text: string,
  tokens: Token[],
  runs: Run[],
  taken: Span[],
  L: LexiconSets | null,
  datasetPeople: Span[],
  people: Map<string, Person>,
): Map<Person, Span[] | null> {
  const found = [...people.values()].flatMap((p) => p.mentions);
  // Every capitalised word that is a found person's last name vouches too ("Tarlo, Feith and Rumsfeld agreed").
  const lastNames = new Set([...people.values()].map((p) => p.parts[p.parts.length - 1]!));
  const seeds = tokens.filter((t) => t.cap && lastNames.has(t.text));
  const pair = (a: Span, b: Span) => pairEvidence(text, a, b, L);
  const vias = new Map<Person, Span[] | null>();
  for (const [span, via] of coordinatedPeople(text, runs, [...found, ...seeds, ...datasetPeople], [...taken, ...found, ...seeds], L, pair)) {
    const name = text.slice(span.start, span.end);
    if (productPerson(name, L)) continue;
    const p = people.get(name) ?? { name, descriptor: null, mentions: [], parts: name.split(' '), why: 'listed with a person', strong: false };
    p.mentions.push(span);
    if (p.why === 'listed with a person') vias.set(p, via && vias.get(p) !== null ? [...(vias.get(p) ?? []), via] : null);
    people.set(name, p);
  }
  return vias;
}

/** Merges one-word people into the full names whose surnames they are, drops one-word people that are no names, and returns the people by surname (one-word people by their word). */
function mergeSurnames(text: string, tokens: Token[], people: Map<string, Person>, L: LexiconSets | null, lower: LowerWords): Map<string, Person> {
  // "Mr Obama" after "Barack Obama": a one-word person who is the surname of a full name is that person.
  const bySurname = new Map<string, Person>();
  for (const p of people.values()) {
    const last = p.parts[p.parts.length - 1]!;
    if (p.parts.length < 2 || !(followableSurname(last) || titleSurnameWord(last))) continue; // ("Charlie King … Mr. King": surname-after.ts)
    bySurname.set(last, p);
    // ("Hamid al-Qasimi … Qasimi's deputy": an Arabic surname is written later without its joined article.)
    const bare = withoutJoinedArticle(last);
    if (bare && !bySurname.has(bare)) bySurname.set(bare, p);
  }
  for (const [name, p] of people) {
    const full = p.parts.length === 1 ? bySurname.get(name) : undefined;
    if (!full || full.mentions[0]!.start > p.mentions[0]!.start) continue;
    full.mentions.push(...p.mentions);
    people.delete(name);
  }
  // A one-word person found once is the same person wherever the word stands capitalised — unless
  // only a firm's kind of evidence made it and the article calls it "its" more often than "his" or "her".
  for (const [name, p] of people) {
    if (p.parts.length > 1) continue;
    // ("Analysts say", "Sources told": a group of people, not a name; kind-of-people.ts.)
    const group = p.why !== 'title before the name' && groupOfPeople(name, L);
    // ("Reading was", "Rarely requested", "Tasks assigned", "Lowest rated": an everyday word shaped as no surname is — an adverb, a
    // gerund, a plural, a superlative — made a person by the verb after it alone; "Bush nominated", "Blunt began" stay.)
    const life = p.why === 'subject of a verb of a life';
    const everyday = life && NO_SURNAME_SHAPE.test(name) && !!L?.everyday.has(name.toLowerCase());
    // ("- Build customized restrictions", "4. Stay hydrated": a list item's first word before a verb; not-people.ts.)
    const item = life && !L?.givenNames.has(name.toLowerCase()) && opensListItem(text, p.mentions[0]!.start);
    // ("the western city of Falluja … Falluja received": a word the article places surely is a place, the verb's subject too; place-again.ts.)
    const placed = life && placedSurelySomewhere(text, tokens, name);
    // ("a study by Clutch", "told Gizmodo": a one-word name only ever a source is a firm's as often; source-only.ts.)
    const thing = !p.strong && (sourceOnly(text, tokens, name, p.mentions, L) || thingByPronouns(text, tokens, name, L, lower));
    if (group || everyday || item || placed || thing || everydayOneWord(text, p, lower, L)) people.delete(name);
    else bySurname.set(p.parts[0]!, p);
  }
  return bySurname;
}

/** The people that stay people (not a product, a thing, a common word's capital, …), as entities. */
function kept(
  text: string,
  people: Map<string, Person>,
  products: Set<Person>,
  things: Set<Person>,
  vias: Map<Person, Span[] | null>,
  datasetPeople: Span[],
  L: LexiconSets | null,
  lower: LowerWords,
): EntityResult[] {
  const out: EntityResult[] = [];
  const madeBy = new Map<EntityResult, Span[]>();
  for (const p of people.values())
    if (
      !products.has(p) &&
      !productPerson(p.name, L) &&
      (p.why === BEFORE_ADDRESS || !commonLast(p, L, lower)) &&
      !things.has(p) &&
      !(modelNumbered(text, p.mentions) && !L?.givenNames.has(p.parts[0]!.toLowerCase())) &&
      !p.mentions.some((m) => quotedWhole(text, m, L) || saidOfAThing(text, m) || shopPossessive(text, m)) && // ("going to Del Frisco's for dinner")
      !(L && writtenOfAsThing(text, p, L)) && // ("The brand uses …": not-people.ts)
      !(p.parts.length === 1 && p.why !== TITLED && theHeadedMostly(text, p.name)) && // ("the Gateway in", "the Democrats are": the-headed.ts)
      !p.mentions.some((m) => townBeforeCode(text, m, p.parts.length === 1) || (p.why !== TITLED && !p.name.includes(' ') && rankedHeading(text, m))) && // ("Charlotte, NC", "Boca Raton, FL 16.2": state-codes.ts; "8. Wiley": not-people.ts)
      !(!p.strong && !L?.givenNames.has(p.parts[0]!.toLowerCase()) && p.mentions.some((m) => kindAppositive(text, m))) // ("The union, Unite, said": firm-evidence.ts)
    ) {
      out.push(articlePerson(p));
      const via = vias.get(p);
      if (via) madeBy.set(out[out.length - 1]!, via);
    }
  return madeBy.size ? vouchedOnly(out, madeBy, datasetPeople) : out;
}

/**
 * Adds each person's later mentions by surname (and a given name before a one-word person's), in text order; `products`, `things`
 * collect the people a mention shows to be a product's or a thing's. (A function of its own: inside the long findArticlePeople,
 * V8 optimised this loop, nearly all of the work, only after several long articles.)
 */
function laterMentions(
  text: string,
  tokens: Token[],
  bySurname: Map<string, Person>,
  claimed: OverlapIndex,
  L: LexiconSets | null,
  products: Set<Person>,
  things: Set<Person>,
): void {
  // `addedEnd` ends the last mention added (in text order): a word it took is no given name for the next ("Zorbin Zorbin" is two).
  let addedEnd = 0;
  for (const i of capitalIndexes(tokens)) {
    const t = tokens[i]!; // (a surname is a capitalised token: those alone)
    const p = bySurname.get(t.text);
    // ("Velmora Kest is headquartered in Ohio. … Velmora Kest said": what is said of the name where no evidence found it; not-people.ts.)
    if (p && saidOfAThing(text, t) && text.startsWith(p.name, t.end - p.name.length)) things.add(p);
    if (!p || notItsSurname(text, tokens, i, p, L) || claimed.overlaps(t) || inDate(text, t)) continue; // ("Pegasus Trail": surname-after.ts)
    // "Israel Adesanya won. Adesanya said …": a one-word person's name after a given name is the full name.
    const prev = tokens[i - 1];
    if (
      p.parts.length === 1 &&
      prev?.end === t.start - 1 &&
      prev.start >= addedEnd &&
      isNameWord(prev) &&
      L &&
      !L.lead.has(prev.low) &&
      !L.titles.has(prev.low) &&
      !claimed.overlaps(prev)
    ) {
      // ("Nissan Leaf", "QuickStand Pros": the word is a product's name, and so at every mention.)
      if (productPerson(`${prev.text} ${t.text}`, L)) products.add(p);
      p.mentions.push({ start: prev.start, end: (addedEnd = t.end) });
      if (prev.start < p.mentions[0]!.start) p.name = `${prev.text} ${t.text}`;
      continue;
    }
    // "Vladi … Vladi Pimenov", "Apple … Apple Watch": a one-word person's name opening a longer name (one space on) is its word.
    const next = tokens[i + 1];
    if (p.parts.length === 1 && next && text[t.end] === ' ' && t.end + 1 === next.start && isNameWord(next) && next.text !== t.text) continue;
    // ("Osama bin Laden … Bin Laden", "James Van Der Beek … Van Der Beek": the full name's particles come with the surname, as its given name does.)
    p.mentions.push({ start: tokens[particlesBefore(tokens, i, p.parts, text, addedEnd)]!.start, end: (addedEnd = t.end) });
  }
}

/** An adverb, a gerund, a compound, a plural or a superlative: shapes of everyday words that no surname has. */
const NO_SURNAME_SHAPE = /(?:ly|ing|[^su]s|est)$|-/;

/** The words of a span without initials ("Kevin A. Boone" → Kevin, Boone). */
function nameWords(text: string, span: Span): string[] {
  return text
    .slice(span.start, span.end)
    .split(' ')
    .filter((w) => !/^\p{Lu}\.?$/u.test(w));
}

/** The name a mention holds, less an organisation glued to it by "@" ("John Griffith@ENRON": email-names.ts). */
const nameOf = (text: string, span: Span): string => {
  const s = text.slice(span.start, span.end);
  const at = s.indexOf('@');
  return at > 0 ? s.slice(0, at) : s;
};

const TITLED = 'title before the name';

/** (The address's own words are written in lower case — "spahnn@…" — and vouch for no everyday word: see commonLast.) */
const BEFORE_ADDRESS = 'name before an e-mail address';

/** Names with initials, then display names before e-mail addresses, signatures, vocatives and actors' parts (cast-people.ts) where no earlier one stands. */
function earlyNames(text: string, tokens: Token[], runs: Run[], taken: OverlapIndex, L: LexiconSets, lower: LowerWords): (InitialledName & { why: string })[] {
  const out: (InitialledName & { why: string })[] = [];
  for (const n of initialledNames(text, tokens, runs, taken, L, lower)) out.push({ span: n.span, parts: n.parts, why: 'initials in the name' });
  // ("look to bin Laden": patronymic.ts.)
  for (const span of patronymicNames(text, runs, taken, L)) out.push({ span, parts: text.slice(span.start, span.end).split(' '), why: 'patronymic particle' });
  for (const span of [...emailNames(text, taken, L), ...quotedSurnameFirst(text, taken, L)]) {
    if (out.some((n) => n.span.start < span.end && span.start < n.span.end)) continue;
    // ("Lenhart, Matthew": the surname first, as address books write it; the given name first in its parts.)
    const words = nameOf(text, span).split(/,? /);
    out.push({
      span,
      parts: words.length === 2 && text.slice(span.start, span.end).includes(',') ? [words[1]!, words[0]!] : words,
      why: 'name before an e-mail address',
    });
  }
  const free = (span: Span) => !out.some((n) => n.span.start < span.end && span.start < n.span.end);
  for (const span of [
    ...signatureNames(text, runs, taken, L, lower),
    ...signedNames(text, runs, taken, L, lower),
    ...creditNames(text, taken, L, lower),
    ...lowerSignedNames(text, taken, L),
  ])
    if (free(span)) out.push({ span, parts: nameWords(text, span), why: 'signature line' });
  for (const span of vocativeNames(text, runs, taken, L, lower))
    if (free(span)) out.push({ span, parts: [text.slice(span.start, span.end)], why: 'addressed or signing' });
  for (const span of castNames(text, taken, L)) if (free(span)) out.push({ span, parts: nameWords(text, span), why: 'a part an actor plays' });
  out.push(...styledNames(text, tokens, taken, L).filter((n) => free(n.span))); // ("Catherine of Aragon", "Ivan the Terrible")
  for (const n of nicknamedNames(text, tokens, taken, L)) if (free(n.span)) out.push({ ...n, why: 'a nickname in the name' }); // (`Earvin "Magic" Johnson`)
  return out;
}

function articlePerson(p: Person): EntityResult {
  p.mentions.sort((a, b) => a.start - b.start);
  const lines = ['From this article — not in the Backstory dataset'];
  if (p.descriptor) lines.push(`Described as: ${p.descriptor} ${p.name}`);
  return {
    id: null,
    name: p.name,
    type: 'person' as const,
    fromDataset: false,
    mentions: p.mentions,
    descriptor: p.descriptor ?? undefined,
    why: `article-built: ${p.why}`,
    card: { title: p.name, lines, sources: [], fromArticle: true },
  };
}
