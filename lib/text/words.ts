/**
 * The one place for the word lists that several capabilities read: titles and roles before a name,
 * particles inside names, weekdays and months (the speech and reporting verbs are ./speech-verbs.ts).
 * Each list exists once; quotes, claims and entities import from here (add a word here, not in a copy).
 *
 * Everything here is plain data or a pure function of it, so it costs the content script only
 * the words themselves.
 */

import { WEEKDAYS } from './calendar';
import { COMMON_SPEECH_FORMS } from './speech-verbs';

const split = (s: string) => s.trim().split(/\s+/);

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

/** Lower-case particles that sit inside personal names ("Anna von der Berg", "Karim bin Hadi"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  split('von van der den de da do dos das di du del la le al el bin ibn ibni bint ben ap y zu ter ould'),
);

/**
 * Particles written joined to the name they open ("al-Jadaan", "el-Sisi", "d'Estaing", "bin-Laden"):
 * a regex alternation (no group) of the particle, to be followed by a hyphen or an apostrophe.
 */
export const JOINED_PARTICLE_ALTERNATION = '(?:al|el|ad|ar|as|ash|at|az|an|ul|ud|bin|ibn|abu|d|l)';

/**
 * Honorifics written before a surname, with or without a full stop ("Mr", "Dr.", "Sen."), and the short forms of ranks and offices
 * news writes the same way ("Cpl. Brennan", "Supt Reid", "Cllr Hobbs", "Msgr. Walsh"): no English word is spelled so. (Not "Det",
 * which opens Danish and Norwegian names, "Det Norske Veritas"; nor "Maj" or "Brig", a given name and a town; nor "Pvt" or "Pte",
 * a private limited company's "Pvt. Ltd.", "Pte Ltd".)
 */
export const HONORIFICS: ReadonlySet<string> = new Set(
  split('mr mrs ms miss mx dr drs messrs prof sen rep gov gen lt col capt adm sgt rev sir dame lord lady cpl cmdr cdr supt insp cllr msgr'),
);

/** Words kin are called by before their given names ("Aunt Toni", "Uncle Vernon", "Grandma Julia"): no part of the name. */
export const KIN_ADDRESS: ReadonlySet<string> = new Set(split('aunt auntie uncle cousin grandma grandpa granny nana'));

/** Words for a saint that open places' names ("San Rafael", "Santa Monica", "St Albans"): no role before a given name. */
export const SAINT_WORDS: ReadonlySet<string> = new Set(split('st ste saint san santa santo sao são'));

/**
 * Ranks of the peerage and sees of the church, whose holders are styled "<rank> of <territory>" ("the Duke of Wellington",
 * "the Archbishop of Canterbury"): the territory there is part of a title, not the place a card would describe.
 */
export const PEERAGE_RANKS: ReadonlySet<string> = new Set(
  split('duke duchess earl countess count marquess marquis marchioness viscount viscountess baron baroness archbishop bishop'),
);

/**
 * Roles and trades that stand before a name but are no office ("analyst Lee", "coach Kim"):
 * somebody so introduced is not the officeholder of the same name.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  split(
    'analyst writer correspondent reporter editor columnist founder economist researcher lawyer adviser advisor ' +
      'author historian expert activist fellow executive manager coach professor officer sergeant sgt corporal trooper administrator',
  ),
);

/**
 * Titles and roles that stand before a name ("President", "analyst", "Director"): a word here
 * is part of how a person is introduced, never part of the name.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...HONORIFICS,
  ...ROLE_WORDS,
  ...split(
    'president vice prime minister secretary chancellor senator representative governor mayor king queen ' +
      'prince princess pope emir sheikh ayatollah patriarch archbishop bishop cardinal general chairman ' +
      'chairwoman chair ceo director spokesman spokeswoman spokesperson ambassador envoy diplomat judge justice ' +
      'speaker leader commissioner premier deputy attorney commander colonel captain admiral ' +
      'lieutenant candidate nominee lawmaker mp head official chief whip taoiseach tanaiste tánaiste',
  ),
]);

/** The Sun, the Moon and the planets, which astrology and science copy write as subjects ("Venus is conjunct", "Earth said to…"): no one-word person. */
export const CELESTIAL_BODIES: ReadonlySet<string> = new Set(split('sun moon mercury venus earth mars jupiter saturn uranus neptune pluto'));

/** Title words that make a title only with the title word after them ("Prime Minister", "Vice President"): alone, no title ("Prime Now"). */
export const TITLE_PREFIXES: ReadonlySet<string> = new Set(split('prime vice'));

// ---------------------------------------------------------------------------------------------
// Calendar
// ---------------------------------------------------------------------------------------------

export { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from './calendar';

/** `(?:Monday|Tuesday|…)`: for rules that match a weekday inside a larger pattern. */
export const WEEKDAY_ALTERNATION = `(?:${WEEKDAYS.join('|')})`;

/** Parts of a day ("Sunday morning"), and the deictic days ("yesterday"). */
export const DAY_PARTS = split('morning afternoon evening night');
export const DEICTIC_DAYS = split('yesterday today tonight');

/** A weekday as news copy sets it: "on Sunday", "late on Friday", "Tuesday evening" (no capture group). */
export const WEEKDAY_PHRASE = `(?:on\\s+|late\\s+|early\\s+|late on\\s+|early on\\s+)?${WEEKDAY_ALTERNATION}(?:\\s+(?:${DAY_PARTS.join('|')}))?`;

/**
 * Portfolio words inside an office title ("Foreign Minister", "Majority Leader", "Health
 * Secretary"): capitalised before a name, they belong to the title, not the name.
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(
  split('foreign defense defence minority majority state treasury interior economy finance health homeland commerce labor energy spokesman-in-chief'),
);

// ---------------------------------------------------------------------------------------------
// Sources: the head nouns that say who is speaking when no name does
// ---------------------------------------------------------------------------------------------

/** People-nouns that make an unnamed individual source ("a senior official", "one aide"). */
export const ANONYMOUS_SOURCE_HEADS: ReadonlySet<string> = new Set(
  split(
    'official source spokesperson spokesman spokeswoman aide diplomat adviser advisor analyst expert officer ' +
      'person insider lawmaker legislator staffer employee witness resident member representative minister ' +
      'executive investigator researcher economist strategist operative consultant insider commander ' +
      'negotiator observer scholar professor doctor lawyer attorney official-in-charge governor senator ' +
      'congressman congresswoman diplomat envoy ambassador delegate manager director president chairman ' +
      'candidate nominee campaign-aide volunteer organizer organiser activist supporter critic voter pollster ' +
      'prosecutor judge man woman protester demonstrator student worker farmer parent teacher veteran',
  ),
);

/** Collective nouns that make a group source ("the authorities", "the campaign"). */
export const GROUP_SOURCE_HEADS: ReadonlySet<string> = new Set(
  split(
    'people community authorities police government administration campaign public crowd majority minority leadership military ministry media press opposition',
  ),
);

export {
  ACRONYMS_ALONE,
  ORGANISATION_BACK_NOUNS,
  ORGANISATION_MEMBER_NOUNS,
  ORGANISATION_NAME_WORDS,
  PEOPLE_PLURALS,
  ROLES_OF_FIRMS,
  SAID_TO_VERBS,
  THING_KINDS,
} from './kind-words';
export {
  AT_PLACE_PREPOSITIONS,
  CITY_ABBREVIATIONS,
  FACILITY_HEADS,
  PLACE_OF_NOUNS,
  PLACE_PREPOSITIONS,
  TRAVEL_PREPOSITIONS,
  TRAVEL_VERBS,
  US_STATE_ABBREVIATIONS,
  US_STATE_CODES,
} from './place-words';

/**
 * Kinds of creative work ("the film Casablanca", "the musical Hamilton"): a capitalised name right
 * after one is the work's title, not a person or a place.
 */
export const WORK_KINDS = split('musical film movie novel album song single play opera documentary sitcom series');
/** A work's kind right before a name ("the film "): tested on the text just before the name. */
export const WORK_KIND_BEFORE = new RegExp(`\\b(?:${WORK_KINDS.join('|')})\\s$`);

/** The medium a statement came in ("in a statement", "in an interview"). */
export const STATEMENT_MEDIA = split('statement interview post tweet speech letter email');

// ---------------------------------------------------------------------------------------------
// Claims: who defends, who stands in for a source, what a statement is not about
// ---------------------------------------------------------------------------------------------

/**
 * People who speak FOR someone accused, every form: their "did not" / "never" is a denial
 * though it never says "deny" ("her lawyer said she did not intend harm").
 */
export const DEFENDER_ROLES: readonly string[] = split(
  'lawyer lawyers attorney attorneys spokesman spokesmen spokeswoman spokeswomen spokesperson spokespersons spokespeople representative representatives rep reps',
);

/** Words of praise or blame that open a review's heading or a ranking's category, never a name ("Excellent Service", "Best Social Media Agency"). */
export const PRAISE_WORDS: ReadonlySet<string> = new Set(
  split('excellent poor favorite favourite best worst awesome amazing terrible horrible awful wonderful fantastic outstanding superb'),
);

/**
 * Groups that stand in for a source without naming one ("critics say", "experts believe", "many
 * argue"): the weasel attribution itself, never a speaker's name.
 */
export const VAGUE_SOURCE_GROUPS: readonly string[] = split(
  'critics observers commentators analysts experts scholars historians skeptics sceptics detractors many some others',
);

/**
 * Words too common to tell what a statement is about (lower case): function words, speech verbs,
 * and words of time and quantity. Two statements sharing only these share no subject.
 */
export const TOPIC_STOPWORDS: ReadonlySet<string> = new Set([
  ...split(
    'the a an and or but if of to in on at by for from with as is are was were be been being has have had do does did ' +
      'will would shall should can could may might must not no never none nor neither this that these those there here ' +
      'it its he she they them their his her him we our us you your i me my who whom which what when where why how ' +
      'than then also just only very more most some any all each other such into over under about after before between ' +
      'during while say tell added adds according asked going get gets got make made like one two new ' +
      'year years time day days week weeks people thing things way ways lot lots much many well even still yet now ' +
      'today early earlier late later first last next want wants wanted need needs needed think know knew former',
  ),
  // The commonest speech forms ("said", "says", "told"); of their other forms only those above (not "tells", "saying").
  ...COMMON_SPEECH_FORMS,
  ...WEEKDAYS.map((d) => d.toLowerCase()),
]);

/** The shape of an acronym as the name finder reads one: two to six capital letters, nothing else ("FDA", "PMP", "ITS"). */
export const ACRONYM_SHAPE = /^[A-Z]{2,6}$/;
