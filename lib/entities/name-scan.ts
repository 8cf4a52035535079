import { HONORIFICS, KIN_ADDRESS, NAME_PARTICLES, PORTFOLIO_WORDS, TRAVEL_PREPOSITIONS } from '../text/words';
import { PLACE_BEFORE_WORDS } from '../text/place-words';
import { firmAroundWho } from './firm-who';
import type { Span } from '../types';
import { bareLow, type Run, type Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import {
  isNameWord,
  lowerWordBeforeSpace,
  opensSentence,
  wordBefore,
  wordBeforeCommaSpace,
  wordBeforeSpace,
  wordRunBeforeSpace,
  workKindBefore,
} from './name-words';
import { WEAK_EVIDENCE } from './one-word';
import { roleOpening } from './not-people';
import { describedAfter } from './appositive-role';
import { agentPair } from './agent-pairs';
import { nameWordAt, surnameHead, titleAt, titleBeforeGiven } from './surname-heads';
import { ASKING_VERBS, endsPhraseAt, pronounAfter, pronounInToClause, sentTo } from './pronoun-evidence';
import { amongPeople, ownedByPerson, personAfterPlaceWord } from './kind-of-people';
import type { OverlapIndex } from './overlap';
import { possessiveAt, wordAfter } from './hit-view';
import {
  AROUND_NAME,
  initialEvidence,
  isMiddleInitial,
  givenAlone,
  givenAloneAt,
  soleGiven,
  givenAtLineStart,
  isRole,
  descriptorBefore,
  officeSplit,
  LIFE_NOUN_AFTER,
  nameParts,
  particlesAfterTitle,
  particleStart,
  saidToBePerson,
  pairedGiven,
  PERSON_OBJECT_VERBS,
  REGNAL,
  speechAfter,
  speechBefore,
  subjectOfLife,
  VERBAL_WORD,
  titledBefore,
  WORDLIKE_GIVEN,
} from './person-evidence';

const GENERATION = /^(?:z|x|y|alpha)(?:ers|s)?$/;
/** The words /\b(?:of|in|at|from|to|with|by|for|on)\s$/ and /\b(?:from|with|to|by|for)\s$/ found before a name (wordRunBeforeSpace). */
const PREPOSITION_BEFORE: ReadonlySet<string> = new Set(['of', 'in', 'at', 'from', 'to', 'with', 'by', 'for', 'on']);
/** "and I" or "and me" right after the name, then no capitalised word ("and I" in "Part I and II" is no pronoun). */
const WITH_I = /^\s+and\s+(?:I|me)\b(?!['\u2019]\p{Lu})(?!\s+\p{Lu}\p{Ll})/u;
/** What one calls kin or a god as a name ("Mom and I", "God and I"): no one's own name. */
const FAMILY_ADDRESS: ReadonlySet<string> = new Set('mom mum mommy mummy ma mama dad daddy pa papa grandma grandpa granny gran nana god jesus lord'.split(' '));
/** Interjections, which open a reply before "and I" ("…Nope and I am proud of it"). */
const INTERJECTIONS: ReadonlySet<string> = new Set('yes yeah yep yup no nope nah ok okay oh ah aw well wow hey hi alright sure'.split(' '));
function namedWithI(text: string, start: number, low: string, L: LexiconSets | null): boolean {
  if (
    !L ||
    low.includes(' ') ||
    L.kin.has(low) ||
    FAMILY_ADDRESS.has(low) ||
    INTERJECTIONS.has(low) ||
    L.titles.has(low) ||
    (L.everyday.has(low) && !L.givenNames.has(low))
  )
    return false;
  const pw = wordBefore(text, start);
  return !(pw && TRAVEL_PREPOSITIONS.has(pw)) && !AROUND_NAME.possessiveBefore.test(text.slice(Math.max(0, start - 4), start));
}
const THE_LATE = /\b[Tt]he late $/;
const HEAD_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'from']);
const GIVEN_AFTER: ReadonlySet<string> = new Set(['from', 'with', 'to', 'by', 'for']);
/** s.replace(/\.$/, ''), without a regex. */
const withoutStop = (s: string | undefined): string | undefined => (s !== undefined && s.endsWith('.') ? s.slice(0, -1) : s);
/** /(?:ish|ese|ian|ean|ic|ians|icans)$/.test(w) by endsWith ("ians" and "icans" end in "s" after "ian" and "ican"). */
const demonymEnd = (w: string): boolean =>
  w.endsWith('ish') || w.endsWith('ese') || w.endsWith('ian') || w.endsWith('ean') || w.endsWith('ic') || w.endsWith('ians') || w.endsWith('icans');

/** Why the span is a person's name, or null (findArticlePeople's per-name half). `single`: a one-word name asks for stronger evidence. */
export function personEvidence(text: string, span: Span, before: Token | undefined, single: boolean, L: LexiconSets | null, alone?: boolean): string | null {
  const low = text.slice(span.start, span.end).toLowerCase();
  // "Lord Halifax", "Mr Jordan": after an honorific any name is a person's (not after "hit-or-miss").
  const hon =
    before && before.end >= span.start - 2
      ? bareLow(before)
      : withoutStop(wordBeforeSpace(text.slice(Math.max(0, span.start - 12), span.start))?.toLowerCase());
  // ("Gen Zers", "Gen X": a generation, not General Zers.)
  if (hon && HONORIFICS.has(hon) && text[span.start - hon.length - 2] !== '-') return hon === 'gen' && GENERATION.test(low) ? null : 'title before the name';
  // "the late Quorbel", "the late Jan Vorst": one who has died (not "the Late Show": the name follows the lower-case word).
  if (text.startsWith('late ', span.start - 5) && THE_LATE.test(text.slice(Math.max(0, span.start - 9), span.start))) return 'the late …';
  // "Others reported", "Now we", "You said": a word that opens sentences is no one-word name, whatever follows.
  if (single && L?.lead.has(low)) return null;
  // "Boeing said", "San Diego", "Accenture said": well-known organisations and places are not people (a listed company by one-word evidence).
  if (L && (L.knownOrgs.has(low) || L.knownPlaces.has(low) || (single && L.companies.has(low)))) return null;
  // "the Baltic Security Forum said": a name ending in a head word of organisations or places is not a person's.
  const last = low.slice(low.lastIndexOf(' ') + 1);
  if (L && (L.orgHeads.has(last) || L.placeHeads.has(last) || L.otherHeads.has(last))) return surnameHead(text, span, low, last, L); // ("Jennifer Park said")
  // "the Bush administration", "the Obama presidency": a leader's name before the government it led (not "the Trump Administration" of a title line).
  const pw = single && !before ? wordBefore(text, span.start) : null; // (the word before, read once for the three tests below)
  if (pw === 'the' && AROUND_NAME.administration.test(text.slice(span.end, span.end + 16))) return 'leader of an administration';
  // People are not "the …" ("The Taliban barred", "the Danube reached").
  if (pw === 'the') return null;
  // "Officials from Sydney said", "from nearby Chiswick": one word after a place preposition or "nearby" is a place, whatever follows.
  // ("advice from Alexander": a given name after "from" is a person's, a place's name is a known place; "in Ryan's mind", "under Brelvash": kind-of-people.ts.)
  if (pw && PLACE_BEFORE_WORDS.has(pw) && !(pw === 'from' && givenAlone(low, L)) && !personAfterPlaceWord(text, span)) return null;
  // A one-word stretch inside a longer capitalised run ("Bank of England met") is a word of that name: only a title before it makes it
  // a person ("Finance Minister Jadaan"), or after "and" the noun of kin or a life before the pair ("the marriage of Antipas and Herodias"),
  // or before "and" an agent's "by" ("written by Lennon and McCartney": agent-pairs.ts).
  // "Peder and I were remarking": one the writer names beside "I" is a person (not kin or a title: "Mom and I"; asked first, the run going on
  // into "and I"; a name's first word, not after a possessive or a place's preposition — "on Martha's Vineyard and I" —, nor an everyday word: "God and I").
  if (single && !before && wordAfter(text, span.end) === 'and' && WITH_I.test(text.slice(span.end, span.end + 14)) && namedWithI(text, span.start, low, L))
    return 'named with "I"';
  if (single && alone === false) {
    const w = before ? bareLow(before) : lowerWordBeforeSpace(text.slice(Math.max(0, span.start - 24), span.start));
    if (w && (HONORIFICS.has(w) || isRole(w, L))) return 'title before the name';
    return before?.low === 'and' ? ownedByPerson(text, span.start, span.end) : agentPair(text, span) ? 'speech verb before the name' : null;
  }
  // "by Swedish troops", "Armenian officials said": a demonym before a common noun is an adjective ("Americans say": a group).
  const adjective = demonymEnd(low) && AROUND_NAME.lowerNext.test(text.slice(span.end, span.end + 3));
  if (single && adjective && !L?.givenNames.has(low)) return null;
  // ("Michael Sims, chief executive of Ceres Robotics, said", "strategist at Miller Tabak, says": the object of a preposition is not who speaks.)
  if (speechAfter(text, span.end) && !HEAD_PREPOSITIONS.has(wordBefore(text, span.start) ?? '')) return 'speech verb after the name';
  const lead = text.slice(Math.max(0, span.start - 40), span.start);
  // "The film Casablanca was shot": a name right after the kind of a work is its title.
  if (workKindBefore(text, Math.max(0, span.start - 40), span.start)) return null;
  if (speechBefore(lead) && !postedToItself(text, span, lead)) return 'speech verb before the name';
  const raw = wordBeforeSpace(lead);
  const prev = withoutStop(raw)?.toLowerCase();
  // (A word with a full stop ends a sentence unless it is an abbreviation: "Dr.", "Sen.")
  if (prev && (HONORIFICS.has(prev) || (isRole(prev, L) && !raw!.endsWith('.')))) return 'title before the name';
  if (before && isRole(bareLow(before), L)) return 'title before the name';
  // Appositives: "the Director, Gerry McNeilly," and "Gerry McNeilly, who …".
  const ap = wordBeforeCommaSpace(lead);
  if (ap && isRole(ap.toLowerCase(), L) && /^,/.test(text.slice(span.end, span.end + 1))) return 'appositive after a role';
  const after = text.slice(span.end, span.end + 60);
  // (", who", and an appositive whose noun a "who" follows: "Ötzi, the frozen mummy who lived …", "Varga, a local farmer who …"; these three open with a comma.)
  const comma = after.charCodeAt(0) === 44;
  if (comma && ((AROUND_NAME.whoAfter.test(after) && !/ly$/.test(low) && !firmAroundWho(text, span.start, after)) || /^,\s+\d{1,3},/.test(after)))
    return 'appositive after the name';
  const role = comma ? AROUND_NAME.appositiveRole.exec(after) : null; // (and ", a 34-year-old mechanic,", "(born 1950)": appositive-role.ts)
  if ((role && isRole(role[1]!, L) && !single) || describedAfter(text, span, single, L)) return 'appositive after the name';
  // (The rest is two functions, for one-word names and longer ones: V8 optimises a function after an amount of work that grows with
  // its length, and this one, whole, ran unoptimised through the first long articles, then was a long compilation job beside them.)
  return single ? oneWordEvidence(text, span, low, after, role, L) : longerNameEvidence(text, span, lead, L);
}

/** personEvidence's one-word half: what is left to tell for a one-word name (`after`: the 60 characters after it; `role`: an appositive role after it). */
function oneWordEvidence(text: string, span: Span, low: string, after: string, role: RegExpExecArray | null, L: LexiconSets | null): string | null {
  // "Over priced", "Highly recommended", "Having secured": a word that only opens sentences is no name.
  if (L?.lead.has(low)) return null;
  // "The village of Sainte-Croix lost": after a preposition the word is no subject; "Protesters gathered" is a group.
  // "the destruction of Carangi's life": a possessive of a life is a person's, whatever stands before.
  if (possessiveAt(text, span.end) && LIFE_NOUN_AFTER.test(text.slice(span.end, span.end + 24))) return 'possessive of a life ("Smith\'s death")';
  if (/(?:ers|ists|ians|ites|ants|ents)$/.test(low)) return null;
  // "officials such as Harrow", "met Hitler and other officials", "between him and Linares" (kind-of-people.ts).
  const among = amongPeople(text, span.start, span.end, L);
  if (among) return among;
  // ("a letter from Alexander, …": a given name after from/with/to/by/for, not used as an adjective, "for Alden publications"; "forward to Brant if …": any name
  // after a verb of passing on and "to", pronoun-evidence.ts. The word before the final space read once, by hand; none across a line's end: "…executed⏎Yes,".)
  const pre = span.start > 0 && text.charCodeAt(span.start - 1) === 10 ? '' : wordRunBeforeSpace(text, Math.max(0, span.start - 40), span.start);
  if (PREPOSITION_BEFORE.has(pre) && !endsPhraseAt(text, span.end, GIVEN_AFTER.has(pre) && givenAloneAt(text, span, low, L, pre))) return null;
  if (PREPOSITION_BEFORE.has(pre)) return GIVEN_AFTER.has(pre) && givenAloneAt(text, span, low, L, pre) ? 'given name' : sentTo(text, span.start, low, L, pre);
  // "Shevchenko, a teacher from Lviv, said": a role in an appositive right after the name.
  if (role && isRole(role[1]!, L) && /^,\s+(?:a|an)\s/.test(after)) return 'appositive after the name';
  if (saidToBePerson(after)) return 'said to be a person';
  if (subjectOfLife(text, span.end, L, VERBAL_WORD.test(low) && !L?.givenNames.has(low), opensSentence(text, span.start))) return 'subject of a verb of a life';
  if (PERSON_OBJECT_VERBS.has(pre)) return 'object of a verb that takes a person';
  // "encourage Abakumov to form his own network": an asking verb's object whose to-clause calls it "he" or "she" (pronoun-evidence.ts).
  if (ASKING_VERBS.has(pre) && pronounInToClause(text, span.end)) return 'asked to act, then he or she';
  // A given name alone: mid-sentence, or at a line's start as an address or a signature ("Vince,", "Mercedes and Dan", "Sophie.").
  if (soleGiven(text, span, low, L) && (!opensSentence(text, span.start) || givenAtLineStart(text, span.start, span.end, low))) return 'given name';
  // …and at a sentence start before a verb ("Suzanne is pregnant", "Harlan provides"), unless the name is also an everyday word.
  if (L?.soleGivenNames.has(low) && !WORDLIKE_GIVEN.has(low) && AROUND_NAME.verbNext.test(text.slice(span.end, span.end + 20)))
    return 'given name before a verb';
  // "Bloch is concerned … his Marxism": the clause goes on to call the name "he" or "she" (pronoun-evidence.ts).
  if (!(L?.knownPlaces.has(low) || L?.companies.has(low) || WORDLIKE_GIVEN.has(low)) && pronounAfter(text, span.start, span.end))
    return 'he or she after the name';
  return null;
}

/** personEvidence's half for names of two or more words (`lead`: the 40 characters before it). */
function longerNameEvidence(text: string, span: Span, lead: string, L: LexiconSets | null): string | null {
  const first = text.slice(span.start, text.indexOf(' ', span.start)).toLowerCase();
  const given = !!L?.givenNames.has(first);
  // "NASA's Steve Clarke": a possessive before a name opening with a given name; alone no sign, a product stands there as often
  // ("Teradek's Core Cloud", "China's Shanghai Composite"). (An 's' before the final space first: most leads end in no possessive.)
  const s = lead.length >= 4 && lead.charCodeAt(lead.length - 2) === 115;
  if (given && s && AROUND_NAME.possessiveBefore.test(lead) && !AROUND_NAME.contractionBefore.test(lead)) return 'possessive before the name';
  return amongPeople(text, span.start, span.end, L) ?? (given ? 'given name' : null);
}

/** A blog's footer that names the poster as the blog posted to ("Posted by Hidden Nook to Hidden Nook at …"): the blog's name, no person's. */
function postedToItself(text: string, span: Span, lead: string): boolean {
  const name = text.slice(span.start, span.end);
  return /\b[Pp]osted by\s$/.test(lead) && text.startsWith(' to ' + name, span.end);
}

export interface Person {
  name: string;
  descriptor: string | null;
  mentions: Span[];
  parts: string[];
  why: string;
  strong: boolean; // some occurrence had evidence a firm or a place does not get as readily (one-word.ts); set in every new Person, one object shape (added later, it made the compiled finder deopt)
}

/** Names the runs hold, with the evidence that each is a person's (see findArticlePeople). */
export function scanRuns(text: string, runs: Run[], takenIndex: OverlapIndex, L: LexiconSets | null): Map<string, Person> {
  const people = new Map<string, Person>();
  for (const run of runs) {
    // Name-like stretches inside the run: 1–4 name words, particles ("bin", "von der") inside.
    // Words that only open sentences or greet ("Thanks Josh", "Dear Nina", "Therefore") are no part of it.
    let ts = run.tokens;
    let lead = 0;
    while (lead < ts.length - 1 && L?.lead.has(ts[lead]!.low) && !HONORIFICS.has(ts[lead]!.low)) lead++;
    if (L && roleOpening(text, ts, lead, L)) lead++; // ("Guide Anton Kraus said")
    if (lead) ts = ts.slice(lead);
    // "South Carolina", "New Glenn": the word after a compass word or "New" (cut as a word that opens sentences) is that name's, no
    // one-word name alone.
    const qualified = lead > 0 && !!L?.qualifiers.has(run.tokens[lead - 1]!.low);
    let i = 0;
    while (i < ts.length) {
      // "General de Meza": particles open the name right after a title.
      const p = particlesAfterTitle(text, ts, i, L);
      if (p > i) i = p;
      // ("Grandma Julia": a word kin are called by before a given name is no part of the name.)
      else if (!isNameWord(ts[i]!) || titleAt(ts, i, L) || (KIN_ADDRESS.has(ts[i]!.low) && !!ts[i + 1] && !!L?.givenNames.has(ts[i + 1]!.low))) {
        i++;
        continue;
      }
      const from = p < 0 ? i : particleStart(ts, i);
      let j = i + 1;
      let words = 1;
      let initial = false;
      // (The middle initial's path runs every other name's operations: code a long page first ran would throw compiled code away.)
      for (;;) {
        let k = j;
        while (k < ts.length && !ts[k]!.cap && NAME_PARTICLES.has(ts[k]!.text)) k++; // particles ("bin", "von der"), not "and"
        const word = k < ts.length && nameWordAt(ts, i, k, L) && ts[k]!.start - ts[k - 1]!.end === 1 && ts[k - 1]!.end - ts[j - 1]!.end < 16;
        // "Jennifer M. Anderson": one middle initial between name words.
        const mid: boolean = !word && k === j && !initial && isMiddleInitial(ts, k);
        if ((!word && !mid) || (word && titleBeforeGiven(ts, i, k, L))) break; // ("Baptist Pastor Stephen Jones": the name follows the title)
        j = k + (mid ? 2 : 1);
        words++;
        initial = mid;
        if (mid) break; // the surname ends the name ("Kevin A. Boone Accenture" is a name and a company)
      }
      // The word right after the name: "Ramesses II", "king Amyntas I" (a regnal number), "John F. Kennedy Jr." …
      const after = j < ts.length && ts[j]!.start - ts[j - 1]!.end === 1 ? ts[j]!.text : null;
      const regnal = after !== null && REGNAL.test(after);
      const suffix = after !== null && /^(?:Jr|Sr)\.?$/.test(after);
      // "Philip K. Dick Award": an initialled name going on into a longer capitalised name is its part ("of" is none: "Charles B. Rangel of New York").
      if (initial && after !== null && !suffix && !regnal && ts[j]!.cap) {
        i = j;
        continue;
      }
      const nameEnd = j;
      // A regnal number after the name ("I" only after a title), a suffix after an initialled one (the loop took it after others).
      if ((regnal && (after !== 'I' || titledBefore(text, ts, from, L))) || (initial && suffix)) j++;
      // "Minister of Defense Hazem Shaalan": after "<title> of" the office's word comes first, then the name.
      // (On the whole run: "Minister" and "of" may have been cut from its start as words that open sentences.)
      const o = Math.max(0, officeSplit(run.tokens, from + lead, nameEnd + lead, L) - lead);
      if (words <= 4) {
        // "Minister of State for Finance Mohammed al-Jadaan": a portfolio's word before a name is the office's, not the name's.
        let first = o > 0 ? o : from;
        while (first < nameEnd - 2 && PORTFOLIO_WORDS.has(ts[first]!.low)) first++;
        const span = { start: ts[first]!.start, end: ts[j - 1]!.end };
        const alone =
          ((from === 0 && !qualified) || (from > 0 && (isRole(bareLow(ts[from - 1]!), L) || HONORIFICS.has(bareLow(ts[from - 1]!))))) && j === ts.length;
        const by = o > 0 ? run.tokens[from + lead - 2] : from > 0 ? ts[from - 1] : undefined;
        const paired = words === 1 && pairedGiven(text, ts, from, j, L); // ("Mercedes and Dan are")
        const why = takenIndex.overlaps(span)
          ? null
          : (personEvidence(text, span, by, words === 1, L, paired || alone) ?? initialEvidence(text, span, L, initial));
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
  return people;
}
