import { HONORIFICS, NAME_PARTICLES, PLACE_PREPOSITIONS, PORTFOLIO_WORDS, TITLE_WORDS, WORK_KIND_BEFORE } from '../text/words';
import type { EntityResult, Span } from '../types';
import { bareLow, type Run, type Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { followableSurname, inDate, isNameWord, lowerWordBeforeSpace, opensSentence, wordBefore, wordBeforeCommaSpace, wordBeforeSpace } from './name-words';
import { thingByPronouns, WEAK_EVIDENCE } from './one-word';
import { LowerWords } from './article-words';
import { OverlapIndex } from './overlap';
import {
  AROUND_NAME,
  initialEvidence,
  isMiddleInitial,
  ENDS_PHRASE,
  givenAlone,
  givenAtLineStart,
  isRole,
  descriptorBefore,
  officeSplit,
  LIFE_NOUN_AFTER,
  nameParts,
  pairEvidence,
  particlesAfterTitle,
  particleStart,
  PERSON_OBJECT,
  REGNAL,
  speechAfter,
  speechBefore,
  subjectOfLife,
  titledBefore,
  WORDLIKE_GIVEN,
} from './person-evidence';
import { coordinatedPeople } from './coordinated';

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

/** Why the span is a person's name, or null. `single`: a one-word name asks for stronger evidence. */
export function personEvidence(text: string, span: Span, before: Token | undefined, single: boolean, L: LexiconSets | null, alone?: boolean): string | null {
  const low = text.slice(span.start, span.end).toLowerCase();
  // "Lord Halifax", "Mr Jordan": after an honorific any name is a person's (not after "hit-or-miss").
  const hon =
    before && before.end >= span.start - 2
      ? bareLow(before)
      : wordBeforeSpace(text.slice(Math.max(0, span.start - 12), span.start))
          ?.toLowerCase()
          .replace(/\.$/, '');
  if (hon && HONORIFICS.has(hon) && text[span.start - hon.length - 2] !== '-') return 'title before the name';
  // "Others reported", "Now we", "You said": a word that opens sentences is no one-word name, whatever follows.
  if (single && L?.lead.has(low)) return null;
  // "Boeing said", "San Diego": well-known organisations and places are not people.
  if (L && (L.knownOrgs.has(low) || L.knownPlaces.has(low))) return null;
  // "the Baltic Security Forum said": a name ending in a head word of organisations or places is not a person's.
  const last = low.slice(low.lastIndexOf(' ') + 1);
  if (L && (L.orgHeads.has(last) || L.placeHeads.has(last) || L.otherHeads.has(last))) return null;
  // People are not "the …" ("The Taliban barred", "the Danube reached").
  if (single && !before && wordBefore(text, span.start) === 'the') return null;
  // "Officials from Sydney said": one word after a place preposition is a place, whatever follows.
  const pw = single && !before ? wordBefore(text, span.start) : null;
  // ("advice from Alexander": a given name after "from" is a person's, a place's name is a known place.)
  if (pw && PLACE_PREPOSITIONS.has(pw) && !(pw === 'from' && givenAlone(low, L))) return null;
  // A one-word stretch inside a longer capitalised run ("Bank of England met") is a word of that
  // name: only a title before it makes it a person ("Finance Minister Jadaan").
  if (single && alone === false) {
    const w = before ? bareLow(before) : lowerWordBeforeSpace(text.slice(Math.max(0, span.start - 24), span.start));
    return w && (HONORIFICS.has(w) || isRole(w, L)) ? 'title before the name' : null;
  }
  // "by Swedish troops", "Armenian officials said": a demonym before a common noun is an adjective ("Americans say": a group).
  const adjective = /(?:ish|ese|ian|ean|ic|ians|icans)$/.test(low) && AROUND_NAME.lowerNext.test(text.slice(span.end, span.end + 3));
  if (single && adjective && !L?.givenNames.has(low)) return null;
  if (speechAfter(text, span.end)) return 'speech verb after the name';
  const lead = text.slice(Math.max(0, span.start - 40), span.start);
  // "The film Casablanca was shot": a name right after the kind of a work is its title.
  if (WORK_KIND_BEFORE.test(lead)) return null;
  if (speechBefore(lead)) return 'speech verb before the name';
  const raw = wordBeforeSpace(lead);
  const prev = raw?.replace(/\.$/, '').toLowerCase();
  // (A word with a full stop ends a sentence unless it is an abbreviation: "Dr.", "Sen.")
  if (prev && (HONORIFICS.has(prev) || (isRole(prev, L) && !raw!.endsWith('.')))) return 'title before the name';
  if (before && isRole(bareLow(before), L)) return 'title before the name';
  // Appositives: "the Director, Gerry McNeilly," and "Gerry McNeilly, who …".
  const ap = wordBeforeCommaSpace(lead);
  if (ap && isRole(ap.toLowerCase(), L) && /^,/.test(text.slice(span.end, span.end + 1))) return 'appositive after a role';
  const after = text.slice(span.end, span.end + 60);
  if (/^,\s+(?:who|whose)\b/.test(after) || /^,\s+\d{1,3},/.test(after)) return 'appositive after the name';
  const role = AROUND_NAME.appositiveRole.exec(after);
  if (role && isRole(role[1]!, L) && !single) return 'appositive after the name';
  if (single) {
    // "Over priced", "Highly recommended", "Having secured": a word that only opens sentences is no name.
    if (L?.lead.has(low)) return null;
    // "The village of Sainte-Croix lost": after a preposition the word is no subject; "Protesters gathered" is a group.
    // "the destruction of Carangi's life": a possessive of a life is a person's, whatever stands before.
    if (LIFE_NOUN_AFTER.test(text.slice(span.end, span.end + 24))) return 'possessive of a life ("Smith\'s death")';
    if (/(?:ers|ists|ians|ites|ants|ents)$/.test(low)) return null;
    // ("a letter from Alexander, …", "talked to Brant if …": a given name after from/with/to/by/for, not used as an adjective, "for Alden publications".)
    if (/\b(?:of|in|at|from|to|with|by|for|on)\s$/.test(lead))
      return /\b(?:from|with|to|by|for)\s$/.test(lead) && givenAlone(low, L) && ENDS_PHRASE.test(text.slice(span.end, span.end + 8)) ? 'given name' : null;
    // "Shevchenko, a teacher from Lviv, said": a role in an appositive right after the name.
    if (role && isRole(role[1]!, L) && /^,\s+(?:a|an)\s/.test(after)) return 'appositive after the name';
    if (subjectOfLife(text, span.end, L)) return 'subject of a verb of a life';
    if (PERSON_OBJECT.test(lead)) return 'object of a verb that takes a person';
    // A given name alone: mid-sentence, or at a line's start as an address or a signature ("Vince,", "Mercedes and Dan", "Sophie.").
    if (L?.givenNames.has(low) && (!opensSentence(text, span.start) || givenAtLineStart(text, span.start, span.end, low))) return 'given name';
    // …and at a sentence start before a verb ("Suzanne is pregnant", "Harlan provides"), unless the name is also an everyday word.
    if (L?.givenNames.has(low) && !WORDLIKE_GIVEN.has(low) && AROUND_NAME.verbNext.test(text.slice(span.end, span.end + 20))) return 'given name before a verb';
    return null;
  }
  if (AROUND_NAME.possessiveBefore.test(lead)) return 'possessive before the name';
  const first = text.slice(span.start, text.indexOf(' ', span.start)).toLowerCase();
  if (L?.givenNames.has(first)) return 'given name';
  return null;
}

interface Person {
  name: string;
  descriptor: string | null;
  mentions: Span[];
  parts: string[];
  why: string;
  strong: boolean; // some occurrence had evidence a firm or a place does not get as readily (one-word.ts); set in every new Person, one object shape (added later, it made the compiled finder deopt)
}

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
  const people = new Map<string, Person>();
  const takenIndex = new OverlapIndex(taken);

  for (const run of runs) {
    // Name-like stretches inside the run: 1–4 name words, particles ("bin", "von der") inside.
    // Words that only open sentences or greet ("Thanks Josh", "Dear Nina", "Therefore") are no part of it.
    let ts = run.tokens;
    let lead = 0;
    while (lead < ts.length - 1 && L?.lead.has(ts[lead]!.low) && !HONORIFICS.has(ts[lead]!.low)) lead++;
    if (lead) ts = ts.slice(lead);
    let i = 0;
    while (i < ts.length) {
      // "General de Meza": particles open the name right after a title.
      const p = particlesAfterTitle(text, ts, i, L);
      if (p > i) i = p;
      else if (!isNameWord(ts[i]!) || L?.titles.has(ts[i]!.low)) {
        i++;
        continue;
      }
      const from = p < 0 ? i : particleStart(ts, i);
      let j = i + 1;
      let words = 1;
      let initial = false;
      for (;;) {
        let k = j;
        while (k < ts.length && !ts[k]!.cap && NAME_PARTICLES.has(ts[k]!.text)) k++; // particles ("bin", "von der"), not "and"
        if (k < ts.length && isNameWord(ts[k]!) && ts[k]!.start - ts[k - 1]!.end === 1 && ts[k - 1]!.end - ts[j - 1]!.end < 16) {
          j = k + 1;
          words++;
        } else if (k === j && !initial && isMiddleInitial(ts, k)) {
          // "Jennifer M. Anderson": one middle initial between name words.
          j = k + 2;
          words++;
          initial = true;
          break; // the surname ends the name ("Kevin A. Boone Accenture" is a name and a company)
        } else break;
      }
      // "Philip K. Dick Award": an initialled name that goes on into a longer capitalised name is that name's part.
      if (initial && j < ts.length && ts[j]!.start - ts[j - 1]!.end === 1 && !/^(?:Jr|Sr)\.?$/.test(ts[j]!.text) && !REGNAL.test(ts[j]!.text)) {
        i = j;
        continue;
      }
      const nameEnd = j;
      // "Ramesses II", "king Amyntas I": a regnal number after the name ("I" only after a title).
      if (j < ts.length && ts[j]!.start - ts[j - 1]!.end === 1 && REGNAL.test(ts[j]!.text) && (ts[j]!.text !== 'I' || titledBefore(text, ts, from, L))) j++;
      // "Minister of Defense Hazem Shaalan": after "<title> of" the office's word comes first, then the name.
      // (On the whole run: "Minister" and "of" may have been cut from its start as words that open sentences.)
      const o = Math.max(0, officeSplit(run.tokens, from + lead, nameEnd + lead, L) - lead);
      if (words <= 4) {
        // "Minister of State for Finance Mohammed al-Jadaan": a portfolio's word before a name is the office's, not the name's.
        let first = o > 0 ? o : from;
        while (first < nameEnd - 2 && PORTFOLIO_WORDS.has(ts[first]!.low)) first++;
        const span = { start: ts[first]!.start, end: ts[j - 1]!.end };
        const alone = (from === 0 || isRole(bareLow(ts[from - 1]!), L) || HONORIFICS.has(bareLow(ts[from - 1]!))) && j === ts.length;
        const by = o > 0 ? run.tokens[from + lead - 2] : from > 0 ? ts[from - 1] : undefined;
        const why = takenIndex.overlaps(span)
          ? null
          : (personEvidence(text, span, by, words === 1, L, alone) ?? (initial ? initialEvidence(text, span, L) : null));
        if (why) {
          const name = text.slice(span.start, span.end);
          const p = people.get(name) ?? {
            name,
            descriptor: descriptorBefore(text, span.start, L),
            mentions: [],
            parts: nameParts(ts, Math.max(i, first), nameEnd),
            why,
            strong: false,
          };
          p.mentions.push(span);
          p.strong ||= !WEAK_EVIDENCE.has(why);
          people.set(name, p);
        }
      }
      i = j;
    }
  }
  // "Chandler and Weller", "Rumsfeld, Wolfowitz and Feith": names listed with a person are people.
  const found = [...people.values()].flatMap((p) => p.mentions);
  // Every capitalised word that is a found person's last name vouches too ("Tarlo, Feith and Rumsfeld agreed").
  const lastNames = new Set([...people.values()].map((p) => p.parts[p.parts.length - 1]!));
  const seeds = tokens.filter((t) => t.cap && lastNames.has(t.text));
  const pair = (a: Span, b: Span) => pairEvidence(text, a, b, L);
  for (const span of coordinatedPeople(text, runs, [...found, ...seeds, ...datasetPeople], [...taken, ...found, ...seeds], L, pair)) {
    const name = text.slice(span.start, span.end);
    const p = people.get(name) ?? { name, descriptor: null, mentions: [], parts: name.split(' '), why: 'listed with a person', strong: false };
    p.mentions.push(span);
    people.set(name, p);
  }
  if (!people.size) return [];

  // "Mr Obama" after "Barack Obama": a one-word person who is the surname of a full name is that person.
  const bySurname = new Map<string, Person>();
  for (const p of people.values()) if (p.parts.length > 1 && followableSurname(p.parts[p.parts.length - 1]!)) bySurname.set(p.parts[p.parts.length - 1]!, p);
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
    if (!p.strong && thingByPronouns(text, tokens, name, L, lower)) people.delete(name);
    else bySurname.set(p.parts[0]!, p);
  }
  // Later surname-only mentions ("Doe said …"), claimed before the loop so that they do not block each other; `addedEnd`
  // ends the last one added (in text order): a word it took is no given name for the next ("Zorbin Zorbin" is two).
  const claimed = new OverlapIndex([...taken, ...[...people.values()].flatMap((p) => p.mentions)]);
  let addedEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const p = t.cap ? bySurname.get(t.text) : undefined;
    if (!p || (p.parts.length > 1 && p.mentions[0]!.start > t.start) || claimed.overlaps(t) || inDate(text, t)) continue;
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
      p.mentions.push({ start: prev.start, end: (addedEnd = t.end) });
      if (prev.start < p.mentions[0]!.start) p.name = `${prev.text} ${t.text}`;
      continue;
    }
    // "Vladi … Vladi Pimenov", "Apple … Apple Watch": a one-word person's name opening a longer name (one space on) is its word.
    const next = tokens[i + 1];
    if (p.parts.length === 1 && next && text[t.end] === ' ' && t.end + 1 === next.start && isNameWord(next) && next.text !== t.text) continue;
    p.mentions.push({ start: t.start, end: (addedEnd = t.end) });
  }

  return [...people.values()].map((p) => {
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
  });
}
