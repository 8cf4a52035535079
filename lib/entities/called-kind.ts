/**
 * A name the sentence gives to a thing of its own kind: "a shop called Tom's Hardware", "a noodle bar named Reuters", "the winning
 * trio from Chile, who call themselves Los Lobos", "a stunt-kite team calling itself Hezbollah". The noun before the verb of naming
 * says what the name is; an outlet or an organisation of the dataset keeps its card only where that noun is one of its own kind
 * ("a newspaper called Le Monde", "a militant group known as Los Lobos", "a new party called Reform UK"). Places and people given a
 * name are named-by.ts's and namesakes.ts's.
 * Cost: a character test per outlet or organisation hit (the word before ends in d, s or f: "called", "named", "as", "themselves",
 * "itself"); two patterns only then.
 */
import type { DatasetEntity, Span } from '../types';
import { TITLE_WORDS } from '../text/words';
import { isGroup, isParty } from './party-context';

const split = (s: string): string[] => s.split(' ');
/** What an outlet is called as: a medium, or the firm that runs one. */
const OUTLET_KINDS: ReadonlySet<string> = new Set(
  split(
    'newspaper paper daily weekly tabloid broadsheet magazine journal periodical publication title site website blog outlet channel station network ' +
      'broadcaster programme program show podcast newsletter agency wire service portal platform app publisher company firm group brand startup start-up media',
  ),
);
/** What an armed or a banned group is called as. */
const GROUP_KINDS: ReadonlySet<string> = new Set(
  split(
    'group gang cartel militia faction organisation organization network movement cell outfit insurgency insurgents rebels militants fighters ' +
      'gunmen army front brigade brigades syndicate mafia clan force forces wing offshoot splinter affiliate branch jihadists extremists guerrillas',
  ),
);
/** What a political party is called as. */
const PARTY_KINDS: ReadonlySet<string> = new Set(
  split('party parties movement coalition alliance bloc list front group platform organisation organization faction wing grouping formation force outfit'),
);
/** What an international body is called as. */
const BODY_KINDS: ReadonlySet<string> = new Set(
  split(
    'organisation organization body agency institution alliance bloc union group grouping forum court fund bank lender commission council parliament league club',
  ),
);
const kindsOf = (c: DatasetEntity): ReadonlySet<string> | null =>
  c.type === 'outlet' ? OUTLET_KINDS : c.type !== 'organization' ? null : isGroup(c) ? GROUP_KINDS : isParty(c) ? PARTY_KINDS : BODY_KINDS;

/**
 * A determiner, up to three words, the noun (group 1) and a verb of naming right before the name: "a shop called", "the small
 * cooperative known as" (not "so-called": no space before it; not "officials called", no determiner).
 */
const NOUN_NAMED_BEFORE =
  /(?:^|[^\p{L}])(?:a|an|the|this|that|his|her|their|its|our|my|one|another)\s+(?:[\p{L}'’-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]+)\s+(?:(?:also|now|simply|aptly|cheekily|fittingly|locally|affectionately)\s+)?(?:called|named|dubbed|nicknamed|christened|known\s+as)\s+(?:the\s+)?$/iu;
/**
 * A noun (group 1), perhaps where it is from, and a clause naming it: "the winning trio from Chile, who call themselves", "a team
 * calling itself", "a collective of puzzle makers that calls itself".
 */
const NOUN_CALLS_ITSELF_BEFORE =
  /(?:^|[^\p{L}])(\p{Ll}[\p{Ll}-]+)(?:\s+(?:from|of|in|at)\s+[^,;.!?]{1,40}?)?,?\s+(?:(?:who|that|which)\s+(?:now\s+)?(?:calls?|called|named?)|calling|naming)\s+(?:themselves|itself)\s+(?:the\s+)?$/u;

/**
 * After the name, what makes "called" or "named" a finite verb with an object ("its president called Hamas a threat", "named Hamas as
 * …", "called Reuters to complain"): the verb's subject is then no thing given the name.
 */
const OBJECT_AFTER = /^(?:['’]s?\b|\s+(?:a|an|the|its|their|his|her|as|to|about|back)\b)/;

/** The noun the sentence names the thing at `span` as, in lower case; null if none stands before it (or an office's: a verb's subject). */
export function calledAs(text: string, span: Span): string | null {
  // (The word before ends in d, s or f: "called", "named", "known as", "themselves", "itself"; then "the".)
  let end = span.start - 1;
  if (text.endsWith('the', end) || text.endsWith('The', end)) end -= 4;
  const c = text.charCodeAt(end - 1);
  if (c !== 100 && c !== 115 && c !== 102) return null;
  if (OBJECT_AFTER.test(text.slice(span.end, span.end + 8))) return null;
  const before = text.slice(Math.max(0, span.start - 96), span.start);
  const noun = (NOUN_NAMED_BEFORE.exec(before) ?? NOUN_CALLS_ITSELF_BEFORE.exec(before))?.[1]?.toLowerCase();
  return noun && !TITLE_WORDS.has(noun) && !TITLE_WORDS.has(noun.replace(/s$/, '')) ? noun : null;
}

/** The candidates less the outlets and organisations the sentence names a thing of another kind after (see the module's comment). */
export function calledOtherKind(candidates: DatasetEntity[], text: string, span: Span): DatasetEntity[] {
  if (!candidates.some((c) => kindsOf(c))) return candidates;
  const noun = calledAs(text, span);
  if (!noun) return candidates;
  return candidates.filter((c) => {
    const kinds = kindsOf(c);
    return !kinds || kinds.has(noun) || kinds.has(noun.replace(/s$/, ''));
  });
}
