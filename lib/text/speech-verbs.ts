/**
 * Speech and reporting verbs: the one source every stage reads — quotes' cues, claims' voices and
 * sources, the name finder's "said" evidence. Each base verb is written once, here; a stage takes
 * the forms it needs with `speechForms` / `speechAlternation` (or a named subset below), and where
 * a stage wants a different set (a claim cue that reads "claimed", an entity rule that reads only
 * "said"), it names its addition or exclusion itself, with why.
 *
 * Plain data and pure functions of it, so it costs the content script only the words themselves.
 */

const split = (s: string) => s.trim().split(/\s+/);

/** Irregular speech verbs: every form that introduces speech. */
const SPEECH_IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'writing'],
  add: ['adds', 'added', 'adding'],
  admit: ['admits', 'admitted', 'admitting'],
  // A doubled final consonant, which inflect() does not make: "quipped", "concurred".
  quip: ['quips', 'quipped', 'quipping'],
  concur: ['concurs', 'concurred', 'concurring'],
};

/**
 * Regular speech verbs: only their -s / -ed / -ing forms count, because many bare forms are also
 * nouns ("a note", "a report"). Verbs of belief or intention ("thinks", "wants") are deliberately
 * absent: a reader calls them opinions, not quotes.
 */
const SPEECH_REGULAR = split(
  'declare warn insist deny state claim argue explain note report announce acknowledge recall respond reply ' +
    'ask suggest contend assert allege maintain stress emphasize emphasise confirm predict promise pledge vow ' +
    'complain observe remark comment tweet testify concede counter caution urge boast joke continue ' +
    'reiterate mention exclaim lament charge recount assure inform conclude retort scoff',
);

/** The -s, -ed and -ing forms of a regular verb ("declare" → declares, declared, declaring). */
export function inflect(base: string): string[] {
  if (base.endsWith('e')) return [base + 's', base + 'd', base.slice(0, -1) + 'ing'];
  if (/[^aeiou]y$/.test(base)) return [base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied', base + 'ing'];
  return [base + 's', base + 'ed', base + 'ing'];
}

/** Surface form (lower case) → base verb, for every speech verb. */
export const SPEECH_VERB_FORMS: ReadonlyMap<string, string> = (() => {
  const forms = new Map<string, string>();
  for (const [base, fs] of Object.entries(SPEECH_IRREGULAR)) for (const f of fs) forms.set(f, base);
  for (const base of SPEECH_REGULAR) for (const f of inflect(base)) forms.set(f, base);
  return forms;
})();

/**
 * Which forms of a verb a rule reads: the past ("said", "warned"), the -s present ("says"), both
 * (`finite`: the past ones first), the -ing participle ("saying"), or every form (`all`, the bare
 * "say"/"tell" too).
 */
export type SpeechTense = 'past' | 'present' | 'finite' | 'ing' | 'all';

/** A form's tense, read off its shape: the base itself, -ing, -s, else the past ("said", "told", "wrote", "-ed"). */
const tenseOf = (form: string, base: string): 'bare' | 'ing' | 'present' | 'past' =>
  form === base ? 'bare' : form.endsWith('ing') ? 'ing' : form.endsWith('s') ? 'present' : 'past';

/** The forms of the given bases in the given tense, longest first (for a regex alternation). */
export function speechForms(bases: readonly string[], which: SpeechTense = 'all'): string[] {
  if (which === 'finite') return [...speechForms(bases, 'past'), ...speechForms(bases, 'present')];
  const out: string[] = [];
  for (const [form, base] of SPEECH_VERB_FORMS) if (bases.includes(base) && (which === 'all' || tenseOf(form, base) === which)) out.push(form);
  return out.sort((a, b) => b.length - a.length);
}

/**
 * A regex alternation (no capture group) of the given speech-verb bases in the given forms, for
 * rules that need a verb inside a larger pattern: `speechAlternation(['say', 'tell'], 'past')`.
 */
export const speechAlternation = (bases: readonly string[], which: SpeechTense = 'all'): string => `(?:${speechForms(bases, which).join('|')})`;

/** Verbs of belief ("experts believe"): no speech verb (a reader calls them opinions), but a vague group's belief is a weasel attribution as its saying is. */
export const BELIEF_VERBS: readonly string[] = split('believe');

/**
 * The belief forms that some rules read beside the speech verbs, where a name holds a view as it
 * says a thing ("Smith believes that", "she thinks"): no speech verbs (a reader calls them opinions).
 */
export const BELIEF_SAYING_FORMS: readonly string[] = split('believes thinks');

/** Speech verbs whose first argument after the verb is the hearer ("told reporters that ..."). */
export const HEARER_VERBS: ReadonlySet<string> = new Set(split('tell assure inform warn promise ask remind urge'));

/** Speech verbs that, in the passive, relay someone else's words ("was assured that ..."). */
export const RELAY_VERBS: ReadonlySet<string> = new Set(split('tell assure inform promise warn'));

/**
 * Speech verbs whose forms are also common nouns or other senses ("charges", "states",
 * "comments", "counters", "continues", "promises"): forward reported speech needs "that", a colon
 * or a quote after them. "said", "told", "added" need nothing; nor do "reported" and "noted",
 * which news copy uses without "that" (on the polnear-dev tuning half, requiring it lost 3 real
 * attributions and gained nothing).
 */
export const NOUN_LIKE_SPEECH_VERBS: ReadonlySet<string> = new Set(
  split('charge state comment remark counter continue maintain observe mention caution recall promise pledge vow boast lament'),
);

/** Speech verbs that put the speaker after them in news copy ("…," said Smith). */
export const INVERTIBLE_SPEECH_VERBS: ReadonlySet<string> = new Set(
  split(
    'say add write continue ask explain note reply respond insist declare warn argue recall tell state claim announce conclude remark observe quip joke retort',
  ),
);

/**
 * Verbs that attribute a figure or a finding rather than speech ("disclosed", "estimated"): with
 * the speech verbs, the reporting verbs by which claims find who a statement rests on.
 */
export const REPORTING_VERBS: readonly string[] = split('disclose reveal estimate describe');

/**
 * Speech verbs (bases, all in SPEECH_VERB_FORMS) by which a writer hands a statement to whoever
 * says it ("Smith said", "a U.S. official told", "she tweeted"): claims read them to find whose
 * voice a sentence is in, who a claim rests on and who said what in a contradiction.
 */
export const ATTRIBUTION_VERBS: readonly string[] = split(
  'say tell add note write argue insist explain state contend claim assert acknowledge concede warn predict declare testify tweet report confirm announce caution',
);

/** The commonest speech forms of news copy, "said", "says" and "told": where a rule reads a clause's verb from a short list of its commonest verbs. */
export const COMMON_SPEECH_FORMS: readonly string[] = split('said says told');
