import type { Span } from '../types';
import { PORTFOLIO_WORDS, ROLE_WORDS, TITLE_WORDS } from '../text/words';
import { INVERTIBLE_SPEECH_VERBS, SPEECH_VERB_FORMS, speechAlternation } from '../text/speech-verbs';

/**
 * A role the sentence gives a full name by where it stands, whatever the role's word (issue 18): the word lists of role-conflict.ts
 * know "examiner" and "undertaker", but news copy names any trade so, and a reader needs no list to read it:
 *  - the lower-case noun phrase between an inverted speech verb and the speaker ("said vet Mark Brown", "added local groomer X"),
 *    or before a speaker whose speech verb follows ("…, crew foreman X said"): the words describe the speaker;
 *  - "X of the British Dog Groomers' Association": a body no state owns, named after the name;
 *  - a capitalised post in apposition before the name's comma that is an agent noun and no office's word ("the King's Swan
 *    Marker, David Jones").
 * Such a role is somebody else's when no word of it names an office of state, politics or public life (TITLE_WORDS less the
 * trades of ROLE_WORDS, the state words role-conflict.ts passes, PUBLIC_LIFE) nor the person's own roles: the dataset knows people
 * only by offices of state. "said Scottish Secretary Ian Murray", "said Labour MP X" (a capital between verb and name), "said former
 * minister X", "said opposition leader X" keep the person.
 */

/** Words of public life beyond titles: a description with one of them may fit a public figure (namesakes.ts's appositives too). */
export const PUBLIC_LIFE: ReadonlySet<string> = new Set(
  (
    'former politician congressman congresswoman senator lawmaker legislator democrat democratic republican conservative ' +
    'labour liberal party member parliament government minister ministry cabinet state federal national election campaign ' +
    'presidential royal monarch ruler dictator strongman billionaire tycoon businessman businesswoman investor'
  ).split(' '),
);
/**
 * Words of a phrase that may describe an office-holder besides titles: politics' relations and kinds ("said rival X", "said
 * veteran politician X", "said summit host X"), a term held before or now ("then-president", "outgoing", "incumbent").
 */
const POLITICAL_WORDS: ReadonlySet<string> = new Set(
  (
    'rival ally colleague counterpart predecessor successor opponent challenger contender hopeful frontrunner front-runner incumbent ' +
    'critic loyalist confidant protege protégé heir regent sovereign crown statesman stateswoman grandee heavyweight veteran ' +
    'frontbencher backbencher peer whip delegate emissary negotiator mediator host summit junta regime rebel opposition ' +
    'nationalist socialist communist populist centrist reformist hardliner moderate tory democrat republican liberal conservative ' +
    'former retired late then ex onetime one-time erstwhile outgoing incoming acting interim deputy vice shadow elected ' +
    'newly-elected re-elected president-elect presidential prime premier chief head leader official officials treasurer councillor ' +
    'councilor prosecutor paymaster comptroller controller auditor registrar ombudsman provost'
  ).split(' '),
);
/** Everything a role phrase may hold and still describe an office-holder (see the module's comment). */
const OFFICE_LIKE: ReadonlySet<string> = new Set([
  ...[...TITLE_WORDS].filter((w) => !ROLE_WORDS.has(w)),
  ...PORTFOLIO_WORDS,
  ...PUBLIC_LIFE,
  ...POLITICAL_WORDS,
  ...'state government council committee commission parliamentary cabinet ministry caucus national federal regional provincial municipal county city central foreign home justice'.split(
    ' ',
  ),
]);
/** Lower-case words that stand before a name but are no noun of a role: function words, adverbs of time, pronouns. */
const NO_ROLE: ReadonlySet<string> = new Set(
  (
    'the a an of to in on at by for with from about that this these those which who whom whose when where while as than then if so but ' +
    'and or nor yet because after before since until during over under into onto upon through across between among against around near ' +
    'without within like unlike including notably especially namely also again only just even still now later earlier today tonight ' +
    'yesterday recently once finally first last here there not never always already instead afterwards meanwhile however therefore ' +
    'thus perhaps maybe it he she they we you him her them us me his its their our my your one both each all every another other ' +
    'is was are were be been being has have had do does did will would can could shall should may might must per via plus minus ' +
    'though although whereas whilst unless lest hence indeed soon rather quite too what whatever whoever whether why how'
  ).split(' '),
);

/** A lower-case head that may be a role's noun: no function word, no verb or adverb ending, no plural (not "told reporters X"). */
const roleNoun = (w: string): boolean => w.length > 2 && !NO_ROLE.has(w) && !SPEECH_VERB_FORMS.has(w) && !/(?:ly|ing|ed)$/.test(w) && !/[^s]s$/.test(w);
/** The words of a phrase, a hyphen's parts too ("then-president", "ex-minister"). */
const partsOf = (words: string[]): string[] => words.flatMap((w) => [w, ...w.replace(/['’]s?$/, '').split(/[-–]/)]);
/**
 * The head of a role phrase (`words`, its last the head) when none of its words describes an office-holder nor the person's
 * own roles (`own`), else null.
 */
export function ordinaryRole(words: string[], own: ReadonlySet<string>): string | null {
  const head = words.at(-1);
  if (!head || !roleNoun(head) || words.some((w) => NO_ROLE.has(w))) return null;
  return partsOf(words).some((w) => OFFICE_LIKE.has(w) || own.has(w) || /^\d/.test(w)) ? null : head;
}

const INVERTED = speechAlternation(
  [...INVERTIBLE_SPEECH_VERBS].filter((v) => v !== 'tell' && v !== 'ask'),
  'finite',
);
/**
 * An inverted speech verb (not "told" or "asked", whose object hears: "told reporters X …"), "according to", then up to three
 * lower-case words right before the name (an honorific between them skipped): "said vet ", "added the local groomer ".
 */
const SPEAKER_BEFORE = new RegExp(String.raw`\b(?:${INVERTED}|according\s+to)\s+(?:the\s+)?((?:[\p{Ll}'’-]+\s+){1,3})(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$`, 'u');
/** A clause's start (the sentence's, or after a comma, a semicolon or a dash), up to three lower-case words and the name. */
const SUBJECT_BEFORE = /(?:[.!?;:,\u2014\u2013]\s+)((?:[\p{Ll}'’-]+\s+){1,3})(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$/u;
/**
 * A label of one to three words opening a sentence or a caption's clause right before the name ("Dinner lady Tina Smith has
 * served …", "Pictured: lollipop lady Angela Smith, 67, …"): only its first word may be capitalised, as a sentence's is.
 */
const LABEL_OPENS = /(?:^|[.!?:]\s+|\n)((?:\p{Lu}[\p{Ll}-]+|[\p{Ll}-]+)(?:\s+[\p{Ll}'’-]+){0,2})\s+$/u;
/** Heads of such a label that name a private person by what they are or do (agent nouns ending -er, -or, -ist besides). */
const PERSON_HEAD =
  /^(?:lady|man|woman|gentleman|boy|girl|lad|lass|mum|dad|mother|father|grandmother|grandfather|gran|granny|grandad|pensioner|resident|villager|volunteer|worker|\p{Ll}+(?:er|or|ist))$/u;
/** A speech verb right after the name ("crew foreman X said"), the clause's verb. */
const SPEECH_AFTER = /^\s+(\p{Ll}+)\b/u;
/**
 * "of the British Dog Groomers' Association", "from Acme Ltd": capitalised words ending in a word of a body no state owns, the
 * body's name ending there (not "the Group of Seven"). Not "at": "X at the Hilton Hotel" says where, not whose.
 */
const OF_BODY_AFTER =
  /^,?\s+(?:of|from)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’&-]*\s+){0,5}(?:Association|Society|Club|Company|Foundation|Trust|Charity|Federation|Guild|Ltd|Limited|Inc|PLC|Plc|LLC|Group|Academy|College|School|Orchestra|Choir))\b(?!\s+(?:of|for)\b)/u;
/**
 * "Dr Michael Martin of the charity that ran the survey": a body the article spoke of before, called by its kind in lower case.
 * Only kinds no office of state is held in (not "the bank", "the fund", "the party", "the group": a governor, an IMF head, a
 * party's or a parliamentary group's member is "of" those).
 */
const OF_KIND_AFTER =
  /^,?\s+(?:of|from)\s+the\s+(charity|club|firm|company|school|college|society|orchestra|choir|bakery|restaurant|shop|store|caf[eé]|pub|brewery|winery|hospital|museum|gallery|theatre|theater|salon|nursery|farm|garage|hotel)\b(?![-'’])/u;
/** Words of a body of state or politics inside a body's name: "the Labour Party", "the National Assembly". */
const STATE_IN_BODY =
  /\b(?:Party|Parliament|Government|Ministry|Council|Committee|Commission|Assembly|Senate|Congress|Cabinet|State|National|Federal|Royal|Union|Labour|Conservative|Democratic|Republican|Liberal|Socialist|Communist|Nations|European)\b/;
/** "the King's Swan Marker, ", "the town's Bell Ringer, ": a determiner or an owner, capitalised words, the last an agent noun. */
const TITLE_BEFORE_COMMA =
  /(?:^|[^\p{L}])(?:(?:[Tt]he|[Tt]heir|[Ii]ts)(?:\s+[\p{L}-]+['’]s?)?|\p{Lu}[\p{L}]*['’]s?)\s+((?:\p{Lu}[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{Ll}-]+(?:er|or|ist))(?:,\s+)$/u;

/** An appositive after the name's comma, up to the next punctuation, with a word of office, politics or the person's own roles. */
function officeAfter(text: string, span: Span, own: ReadonlySet<string>): boolean {
  if (text.charCodeAt(span.end) !== 44) return false;
  const phrase = /^,\s+([^,.;:()]{2,70})/.exec(text.slice(span.end, span.end + 80))?.[1];
  return !!phrase && partsOf(phrase.toLowerCase().split(/\s+/)).some((w) => !NO_ROLE.has(w) && (OFFICE_LIKE.has(w) || own.has(w)));
}

/**
 * The role at `span` a reader takes from where the name stands (see the module's comment) when it is no office the person's
 * records can be (the role's word), else null. `own`: the words of the person's role titles.
 */
export function placedRole(text: string, span: Span, own: ReadonlySet<string>): string | null {
  // (The text's start read as a sentence's: ". " before it.)
  const lead = span.start > 64 ? text.slice(span.start - 64, span.start) : `. ${text.slice(0, span.start)}`;
  // (A lower-case word right before the name: most names have a capital, a comma or a quote there.)
  const low = /\p{Ll}\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$/u.test(lead);
  // ("said fellow panellist Ian Murray, the Scottish Secretary,": an office said after the name outweighs the role before it.)
  if (low && !officeAfter(text, span, own)) {
    const said = SPEAKER_BEFORE.exec(lead);
    const role = said ? ordinaryRole(said[1]!.trim().split(/\s+/), own) : null;
    if (role) return role;
    const subject = SUBJECT_BEFORE.exec(lead);
    const verb = subject ? SPEECH_AFTER.exec(text.slice(span.end, span.end + 16))?.[1] : undefined;
    const asSubject = verb && SPEECH_VERB_FORMS.has(verb) ? ordinaryRole(subject![1]!.trim().split(/\s+/), own) : null;
    if (asSubject) return asSubject;
  }
  // ("Dinner lady Tina Smith has served", "Pictured: lollipop lady Angela Smith, 67,": a private person's label opening the clause.)
  const label = /\p{Ll}\s+$/u.test(lead) ? LABEL_OPENS.exec(lead)?.[1] : undefined;
  if (label) {
    const words = label.toLowerCase().split(/\s+/);
    const head = words.at(-1)!;
    // ("lady", "man" name a person only after a noun: "Lady Smith" is a title. The head is asked as a neutral noun, so the
    // honorific "lady" among the office words does not hide "dinner lady".)
    const agent = /(?:er|or|ist)$/.test(head);
    const role = PERSON_HEAD.test(head) && (agent || words.length > 1) ? ordinaryRole([...words.slice(0, -1), agent ? head : 'person'], own) : null;
    if (role) return words.join(' ');
  }
  const after = text.slice(span.end, span.end + 80);
  const body = /^,?\s+(?:of|from)\s/.test(after) ? OF_BODY_AFTER.exec(after)?.[1] : undefined;
  if (body && !STATE_IN_BODY.test(body)) return body;
  const kind = OF_KIND_AFTER.exec(after)?.[1];
  if (kind) return kind;
  if (lead.endsWith(', ') && /^\s*[,.;]/.test(after)) {
    const title = TITLE_BEFORE_COMMA.exec(lead)?.[1];
    if (title) {
      const role = ordinaryRole(title.toLowerCase().split(/\s+/), own);
      if (role) return role;
    }
  }
  return null;
}
