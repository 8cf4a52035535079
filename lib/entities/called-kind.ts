/**
 * A name the sentence gives to a thing of its own kind: "a shop called Tom's Hardware", "a noodle bar named Reuters", "the winning
 * trio from Chile, who call themselves Los Lobos", "a stunt-kite team calling itself Hezbollah". The noun before the verb of naming
 * says what the name is; an outlet or an organisation of the dataset keeps its card only where that noun is one of its own kind
 * ("a newspaper called Le Monde", "a militant group known as Los Lobos", "a new party called Reform UK"). Places and people given a
 * name are named-by.ts's and namesakes.ts's. The same said after the name:
 *  - an appositive with "a" or "an" saying what the name is ("Patrons at The Hill, a restored 1920s picture house in Sheffield,"):
 *    its head, the phrase's last word before a preposition, a relative or the comma, is the name's kind ("Politico, a Washington
 *    news site," keeps it). A head before "of" is a relation, no kind ("The Hill, a rival of Politico", "the EU, a bloc of 27").
 *  - a band's ("the Interpol concert film …, the band's drummer", "the Interpol frontman"): an organisation's or an outlet's name
 *    right before a band member's noun, or before its concert, album or tour with the band named in the sentence (band-named.ts).
 * Cost: a character test per outlet or organisation hit (the word before ends in d, s or f: "called", "named", "as", "themselves",
 * "itself"); two patterns only then.
 */
import type { DatasetEntity, Span } from '../types';
import { TITLE_WORDS } from '../text/words';
import { isGroup, isParty } from './party-context';
import { bandNamed } from './band-named';
import { CLAUSE_VERBS } from './thing-appositive';

const split = (s: string): string[] => s.split(' ');
/** What an outlet is called as: a medium, or the firm that runs one. */
const OUTLET_KINDS: ReadonlySet<string> = new Set(
  split(
    'newspaper paper daily weekly tabloid broadsheet magazine journal periodical publication title site website blog outlet channel station network ' +
      'broadcaster programme program show podcast newsletter agency wire service portal platform app publisher company firm group brand startup start-up media ' +
      'organisation organization subsidiary unit venture business nonprofit non-profit',
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
    'organisation organization body agency institution alliance bloc union group grouping forum court fund bank lender commission council parliament league club ' +
      'charity nonprofit non-profit ngo watchdog regulator authority federation association confederation network coalition committee foundation ' +
      'institute centre center treaty pact programme program initiative mission force tribunal secretariat',
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

/**
 * ", a restored 1920s picture house in": "a" or "an", then the phrase (group 1) up to a preposition, "of" (group 2), a relative, a
 * participle or a mark that ends it.
 */
const APPOSITIVE_AFTER =
  /^,\s+an?\s+((?:[\p{L}\d'’-]+\s+){0,4}?\p{Ll}[\p{L}-]*)(?=\s*[,.;:)—–]|\s+(?:(of)|in|on|at|near|off|outside|with|for|from|by|that|which|whose|where|who|\p{Ll}+ed)\b)/u;
/** The head of an appositive with "a" or "an" right after the name, in lower case; null if none, a relation's ("a rival of") or a clause's. */
export function appositiveHead(text: string, span: Span): string | null {
  if (text.charCodeAt(span.end) !== 44) return null;
  const m = APPOSITIVE_AFTER.exec(text.slice(span.end, span.end + 90));
  if (!m || m[2]) return null;
  const words = m[1]!.toLowerCase().split(/\s+/);
  // (A clause's verb: "According to The Hill, a spokesman said on Monday" is no appositive.)
  if (words.some((w) => CLAUSE_VERBS.has(w))) return null;
  // (A noun of an act or an event says what the clause before did: "drones paid for by the European Union, a project championed by …".)
  const head = words[words.length - 1]!;
  return CLAUSE_NOUNS.has(head) ? null : head;
}
/** Nouns of acts, events and changes: an appositive of the whole clause before the name, not of the name ("…, a move that …"). */
const CLAUSE_NOUNS: ReadonlySet<string> = new Set(
  split(
    'move step decision project plan deal change shift development sign signal blow setback boost trend measure policy effort scheme initiative ' +
      'arrangement practice process result outcome response reversal departure first milestone record rise fall increase drop jump cut sum ' +
      'amount total gesture tactic strategy approach investment purchase acquisition sale expansion agreement partnership collaboration ' +
      'venture experiment trial test pilot campaign bid attempt victory win defeat loss success failure',
  ),
);

/** The candidates less the outlets and organisations the sentence names a thing of another kind after (see the module's comment). */
export function calledOtherKind(candidates: DatasetEntity[], text: string, span: Span): DatasetEntity[] {
  if (!candidates.some((c) => kindsOf(c))) return candidates;
  if (bandNamed(text, span)) return candidates.filter((c) => !kindsOf(c));
  const noun = calledAs(text, span) ?? appositiveHead(text, span);
  if (!noun) return candidates;
  return candidates.filter((c) => {
    const kinds = kindsOf(c);
    return !kinds || kinds.has(noun) || kinds.has(noun.replace(/s$/, ''));
  });
}
