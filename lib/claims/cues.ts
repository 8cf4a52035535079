import { alt, ASSERT_VERB, BE, NEGATED, oneOf, orNegated, rule, VAGUE_GROUP, words, type CueRule } from './cue-rule';
import { DEFENDER_ROLES, VAGUE_SOURCE_GROUPS } from '../text/words';
import { speechAlternation } from '../text/speech-verbs';
import { DISPUTE_RULES } from './disputes';

/**
 * Cue lexicon (the rule shape is in ./cue-rule.ts, the encyclopedic weasel tier in ./weasel.ts): the words and constructions with which a writer marks a statement as someone's
 * accusation, someone's denial, or as not established ("reportedly", "could not be verified").
 * Each rule is one regular expression scanned once over the whole article, so the cost is linear
 * in its length. Long patterns are built from the named parts below.
 *
 * `label` starts the reason shown to the reader; the matched words follow it in quotes.
 * `extend` widens the quoted excerpt to the end of the phrase ("accusing X of stealing the
 * election" rather than "accusing"), because the cue word alone does not tell the reader much.
 */

/** Nouns whose "claims" are not statements ("insurance claims", "land claims"). */
const NON_STATEMENT_CLAIM =
  /\b(?:insurance|tax|benefit|benefits|damage|damages|legal|patent|land|territorial|title|injury|compensation|expense|expenses|jobless|unemployment|disability|pension|maritime|sovereignty|copyright|trademark|warranty|asylum|baggage|luggage|deny|denied|denies|file|filed|filing|verify|verified|confirm|check|amendment|privilege|lay|lays|laid|laying|stake|stakes|staked|staking)\s+(?:\S+\s+){0,2}$/i;
/** "claims processing", "their claims rejected": the insurance noun as a modifier or a thing handled. */
const CLAIM_HANDLED =
  '(?!\\s+(?:process\\w*|resolution|rejections?|rejected|denied|denials?|adjust\\w*|handling|department|management|forms?|filing|filed|history|payouts?|paid)\\b)';
/**
 * "Claim" as a statement: the verb ("claimed", "claiming", "Apple claims"), or the noun with its
 * content ("claims that", "claims to be") or its owner ("Trump's claim", "her claims"). The bare
 * noun is mostly a thing on the web ("insurance claims", "health claims", "claims management").
 */
/**
 * What follows a present-tense "claiming"/"X claims" that states something: "that", "to", a
 * clause ("claims its bays save", "claiming the vote was rigged") or a charge ("claiming fraud"),
 * not a thing taken ("claiming a route", "claims “Hotter Brewing Technology”").
 */
const STATED =
  "(?=\\s+(?:that|to|he|she|they|we|I|you)\\b|\\s+(?:[\\p{L}'\u2019-]+\\s+){1,3}?(?:was|were|is|are|had|has|have|would|will|do|does|did|doesn['\u2019]t|didn['\u2019]t|could|can)\\b|\\s+(?:fraud|bias|discrimination|persecution|responsibility|self-defen[cs]e)\\b)";
const CLAIM_STATEMENT = alt(
  '[Cc]laimed',
  '[Cc]laiming' + STATED,
  '[Cc]laims?(?=\\s+(?:that|to)\\b)',
  "(?<=(?:['\u2019]s|\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\\s+(?:\\p{L}+\\s+)?)claims?",
  "(?<=\\p{Lu}[\\p{L}.'\u2019-]*\\s+)claims" + STATED, // after a capitalised subject: case-sensitive rule
  "(?<=\\p{Lu}[\\p{L}.'\u2019-]*\\s+)claim(?!s)",
);
/** A claim FOR something asks rather than asserts: "claimed a loss", "claimed the title". */
const CLAIM_FOR =
  CLAIM_HANDLED +
  '(?!\\s+(?:(?:a|an|the|his|her|its|their|your|my|our)\\s+)?(?:\\p{L}+\\s+)?(?:loss|losses|deductions?|credits?|refunds?|exemptions?|write-offs?|reimbursements?|expenses)\\b)' +
  "(?!\\s+(?:to\\s+)?(?:(?:the|a|an|your|my|our|their|his|her|its|respective)\\s+|\\p{L}+['\u2019]s\\s+)?(?:lives?|victory|victories|title|titles|seats?|prize|crown|gold|silver|bronze|championship|record|top\\s+spot|throne|spot|place|inheritance|body|bodies|remains|jurisdictions?|ownership|control|credit|stake|share))" +
  // "claims to an independent state": a right asserted, not a statement.
  '(?!\\s+to\\s+(?:a|an|the|its|their|his|her)\\b)' +
  // "a claim that could not be verified": the claim just reported, and the hedge says the rest.
  '(?!\\s+(?:that|which)\\s+(?:could|can|has|have|had|was|were)\\s*not\\b)';

// --- Denial parts ----------------------------------------------------------------------------
/** What a denial is of: the claim, report or accusation itself. */
const CLAIM_NOUN =
  '(?:claims?|allegations?|accusations?|charges?|reports?|reporting|story|stories|assertions?|suggestions?|rumou?rs?|characteri[sz]ation|theor(?:y|ies))';
const DETERMINER = '(?:the|these|those|such|any|all|that|this|his|her|their|its)';
/** Words that call a claim untrue. */
const UNTRUE =
  '(?:baseless|unfounded|groundless|false|untrue|inaccurate|fabricated|unsubstantiated|fake|misleading|a\\s+lie|lies|nonsense|absurd|ridiculous|a\\s+smear|a\\s+hoax|a\\s+fabrication|defamatory|libell?ous|politically\\s+motivated|a\\s+witch\\s+hunt|a\\s+sham)';
/** What "called it …" must say to be a denial: "called it baseless", not "called it ridiculous" (of a plan). */
const UNTRUE_OF_IT = '(?:baseless|unfounded|groundless|false|untrue|inaccurate|fabricated|a\\s+lie|lies|a\\s+hoax|a\\s+fabrication|a\\s+smear|fake\\s+news)';
/** "deny" of a claim, not of a thing ("denied entry", "deny the right", "denial-of-service"). */
const DENY =
  '(?:den(?:y|ies|ied|ying|ials?))(?!-of|\\s+(?:(?:him|her|them|us|me|you|the|a|an|any|its|their)\\s+)?(?:\\p{L}+\\s+)?(?:access|entry|bail|permission|requests?|applications?|service|services|visas?|the\\s+right|rights?|coverage|benefits|insurance|admission|claims\\s+for|a\\s+place|a\\s+seat|climate|vaccines?|care|treatment|funding|aid|loans?|jobs?))';
/**
 * Hypothetical or instrumental "deny" ("would deny", "to deny", "and deny the right"), and things
 * denied rather than claims ("the visa was denied", "a denied request").
 */
const NOT_A_DENIAL =
  /(?:\b(?:to|would|could|can|cannot|can['’]t|will|may|might|should|must|and|or|a|the|no|not|never|permission|access|admission|entry)|n['’]t|\b(?:visas?|requests?|applications?|claims?|permits?|access|entry|bail|loans?|coverage|permission)\s+(?:was|were|is|are|been|being|be|get|got|gets)(?:\s+\p{L}+ly)?)\s+$/iu;
/** Denial, told as its verb or as "called the report baseless": rules for the rule list. */
const DENIAL_RE = new RegExp(
  '\\b' +
    alt(
      'disput(?:e|es|ed|ing)\\s+(?:(?:the|that|this|these|those|his|her|their|its)\\s+)?(?:\\p{L}+\\s+)?' +
        alt(CLAIM_NOUN, 'account', 'findings?', 'figures?', 'version', 'characteri[sz]ation'),
      // "disputed that anyone had a problem": the clause after it is what is denied. "Disputes"
      // after an article, a preposition or a gerund is the noun ("settling disputes that may arise").
      '(?:disput(?:ed|ing)|(?<!\\b(?:the|any|all|of|in|over|such|many|some|no|legal|[\\p{L}-]+ing)\\s+)disputes)(?=\\s+that\\b)',
      // "disputed the notion that he had been a participant": the notion is the claim.
      'disput(?:e|es|ed|ing)\\s+(?:the|that|this|any)\\s+(?:notion|idea|premise|contention)',
      '(?:refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?)\\s+' + DETERMINER + '?\\s*(?:\\p{L}+\\s+)?' + CLAIM_NOUN,
      'dismiss(?:es|ed|ing)?\\s+' + DETERMINER + '?\\s*(?:\\p{L}+\\s+)?(?:' + CLAIM_NOUN + '|criticisms?)\\s+as',
      // The accused's word for the case against them: "called the impeachment process a sham".
      '(?:called|calling|calls|described|branded|dismissed)\\s+(?:the|this|these|those|his|her|their|its)\\s+(?:\\p{L}+\\s+){0,3}?(?:as\\s+)?(?:a|an)\\s+["\u201c]?(?:sham|hoax|witch\\s+hunt|smear(?:\\s+campaign)?|fabrication|charade)',
      'reject(?:s|ed|ing)?,?\\s+' + DETERMINER + '?\\s*(?:\\p{L}+\\s+)?' + CLAIM_NOUN,
      '(?:called|calling|calls|described|branded|labell?ed)\\s+(?:' +
        DETERMINER +
        '\\s+)?(?:\\p{L}+\\s+)?' +
        CLAIM_NOUN +
        '\\s+(?:as\\s+)?["\u201c]?(?:\\p{L}+ly\\s+)?' +
        UNTRUE,
      '(?:called|calling|calls|described|branded|labell?ed)\\s+(?:it|them)\\s+(?:as\\s+)?["\u201c]?(?:\\p{L}+ly\\s+)?' + UNTRUE_OF_IT,
      // The speaker's plea: "pleaded not guilty", "maintained his innocence".
      'plead(?:s|ed)?\\s+not\\s+guilty',
      '(?:maintain(?:s|ed)?|protest(?:s|ed)?|proclaim(?:s|ed)?)\\s+(?:his|her|their|its)\\s+innocence',
      // "the allegations against Vice President Biden are self-serving and not credible".
      CLAIM_NOUN +
        '\\s+(?:(?:against|about|of|by)\\s+(?:[\\p{L}.\'\u2019-]+\\s+){1,4}?)?(?:(?:was|were|is|are)\\s+)["\u201c]?(?:\\p{L}+ly\\s+)?(?:[\\p{L}-]+\\s+and\\s+)?' +
        oneOf('baseless unfounded groundless untrue false inaccurate fabricated unsubstantiated meritless not\\s+credible without\\s+merit'),
      'pushed\\s+back\\s+(?:on|against)',
      // "the central allegation … has again been completely debunked".
      CLAIM_NOUN +
        "\\s+(?:[\\p{L}.'\u2019-]+\\s+){0,5}?(?:was|were|(?:has|have|had)\\s+(?:\\p{L}+\\s+)?been)\\s+(?:\\p{L}+ly\\s+){0,2}(?:debunked|disproven|discredited|refuted)",
    ) +
    '\\b',
  'giu',
);

/**
 * A lawyer's or a spokesperson's "did not", "never", "was not": the defence of the accused is a
 * denial though it never says "deny" ("her client did not intend to cause harm").
 */
const DEFENDER = alt(...DEFENDER_ROLES);
/**
 * How far the defender's verb may stand from the defender ("her lawyer, Jane Doe of Acme LLP, said":
 * a name and a firm fit in 80 characters), and the defence from the verb (a "that" clause's
 * subject and an adverb or two fit in 100): a sentence further apart is about something else.
 */
const DEFENDER_TO_VERB = 80;
const VERB_TO_DEFENCE = 100;
/** The defender's verb ("her lawyer said", "a spokesman insisted"): past forms, and "says". */
const DEFENDER_SAID = alt(speechAlternation(['say', 'tell', 'insist', 'maintain', 'state'], 'past'), speechAlternation(['say'], 'present'));
/** What court papers do when they allege ("the complaint says", "the lawsuit argued"): the -s and past forms. */
const PAPERS_SAY_BASES = ['say', 'claim', 'state', 'contend', 'argue', 'charge'];
const PAPERS_SAY = speechAlternation(PAPERS_SAY_BASES, 'finite');
const DEFENDED = oneOf("did\\s+not didn['\u2019]t never was\\s+not wasn['\u2019]t were\\s+not had\\s+no has\\s+no is\\s+not isn['\u2019]t");

// --- Hedge parts -----------------------------------------------------------------------------
/**
 * Adverbs and adjectives by which a news writer declines to vouch for what follows. The adjectives
 * are the writer's only where no one is calling something so: "called the charges unsubstantiated
 * and fabricated" is the campaign's denial (the denial rule flags it), not the writer's hedge.
 */
const NOT_VOUCHED = alt(
  oneOf('reportedly reputedly purportedly supposedly allegedly rumou?red'),
  '(?<!\\b(?:called|calling|calls|described|describing|branded|labell?ed|dismissed|dismissing)\\s+(?:[^\\s,;.!?]+\\s+){0,4}(?:as\\s+)?)' +
    oneOf('unconfirmed unverified unsubstantiated'),
);
/** "could not be independently verified", "has not verified the authenticity", "unable to confirm". */
const UNVERIFIED = oneOf(
  '(?:could|can)\\s*not\\s+(?:be\\s+)?(?:independently\\s+)?(?:verif|confirm)\\w* (?:has|have|had)\\s+not\\s+(?:been\\s+)?(?:independently\\s+)?(?:verified|confirmed) (?:not|unable|impossible)\\s+(?:possible\\s+)?to\\s+(?:independently\\s+)?(?:verify|confirm) (?:did|does|do)\\s+not\\s+(?:independently\\s+)?(?:verify|confirm)\\s+(?:the\\s+)?(?:authenticity|veracity|accuracy|reports?|claims?|account|whether|that)',
);
/** Verbs of belief and report in agentless passives: "it is believed", "is thought to". */
const PASSIVE_IT = oneOf('said believed thought claimed argued suggested reported rumou?red alleged assumed understood feared speculated');
const PASSIVE_TO = oneOf(
  'believed thought said rumou?red alleged reported(?=\\s+to\\s+(?:be|have)\\b) suspected presumed understood assumed reputed argued supposed(?=\\s+to\\s+have\\b)',
);

const ALLEGATION = { kind: 'allegation', label: 'Allegation', extend: true } as const;

// `starts`: the first words of every match, for ./prefilter.ts.
export type { CueRule };

export const CUE_RULES: CueRule[] = [
  // --- Allegations ------------------------------------------------------------------------------
  // A bare "accuse"/"allege" after a modal is an accusation not made ("will be unable to … accuse").
  rule({
    id: 'accuse',
    ...ALLEGATION,
    starts: words('accus alleg'),
    re: /\b(?:(?<!\b(?:to|would|will|could|might|may|can|cannot|should|must|and|or|not)\s+)(?:accuse|allege)\b|accus(?:es|ed|ing|ation|ations|er|ers)|alleg(?:es|ed|edly|ing|ation|ations))\b/giu,
    // "cannot be accused of", "has never accused": no one accuses.
    notAfter: orNegated(/\b(?:cannot|can['’]t|could\s+not|would\s+not|won['’]t)\s+be\s+$/),
  }),
  // Lying, said of someone: "tells so many lies", "lied about", "lying to investigators".
  rule({
    id: 'lying',
    ...ALLEGATION,
    starts: words('tell told lied lying can could does did never won'),
    re: new RegExp(
      '\\b' +
        alt(
          `${speechAlternation(['tell'])}\\s+(?:\\p{L}+\\s+){0,2}?lies`,
          'lied\\s+(?:about|to|under)',
          'lying\\s+(?:about|to)',
          // "cannot tell the truth", "never tells the truth": calling someone a liar.
          "(?:can\\s*not|can['’]t|could\\s+not|does\\s+not|doesn['’]t|did\\s+not|didn['’]t|never|won['’]t)\\s+(?:\\p{L}+ly\\s+)?tell(?:s|ing)?\\s+the\\s+truth",
        ) +
        '\\b',
      'giu',
    ),
    notAfter: NEGATED,
  }),
  // What a complaint, lawsuit or indictment says is what it alleges; not across a quotation mark
  // ("... filing an indictment," the prosecutor said: the noun is in the quote, the verb is hers)
  // nor a sentence end (an initial's full stop, "the D.C. Court", is no sentence end).
  rule({
    id: 'papers-say',
    ...ALLEGATION,
    starts: words('complaint lawsuit suit indictment petition'),
    re: new RegExp(`\\b(?:complaints?|lawsuits?|suits?|indictments?|petitions?)\\b(?:[^.;!?\\n"“”]|(?<=\\b\\p{Lu})\\.){0,100}?\\b${PAPERS_SAY}\\b`, 'giu'),
  }),
  rule({
    id: 'charged-blamed',
    ...ALLEGATION,
    starts: words('charg blam sued indicted investigated prosecuted arrested'),
    // "the charges against him": the charges are what is alleged.
    re: /\b(?:charged\s+with|(?<!\b(?:a|the)\s)charges?\s+that|charges?\s+against|blam(?:e|es|ed|ing)\s+(?:\p{L}+\s+){0,4}?(?:for|on)\b|blamed|(?:sued|indicted|investigated|prosecuted|arrested)\s+(?:by\s+(?:[\p{L}.'’-]+\s+){1,3}?)?(?:for|over|on))/giu,
    // "has not been charged with", "no charges against", "a charge that might have stung": no accusation made.
    notAfter: orNegated(/\b(?:not|never|n['’]t|without|nor|no)\s+(?:been\s+|being\s+)?$/),
  }),
  // Name-calling ("called Oz a quack") is in ./disputes.ts, with the other ways of disputing.
  // "rigs elections", "rigged the vote", "stole the election": accusations even without "accuse".
  rule({
    id: 'rigged',
    ...ALLEGATION,
    starts: words('rig stole steal fix'),
    re: /\b(?:rig(?:s|ged|ging)?|stole|stealing|steal|fix(?:ed|ing)?)\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+|its\s+)?(?:\p{L}+\s+)?(?:elections?|votes?|vote|ballots?|polls?|referendum)\b/giu,
  }),
  rule({
    id: 'claim',
    ...ALLEGATION,
    label: 'Unproven claim',
    starts: words('claim'),
    // "can't claim", "to claim": a bare "claim" after a modal asserts nothing yet.
    re: new RegExp(`\\b(?:(?<!\\b(?:to|would|will|could|might|may|can|cannot|can['\u2019]t|should|must)\\s+)${CLAIM_STATEMENT})\\b${CLAIM_FOR}`, 'gu'),
    notAfter: NON_STATEMENT_CLAIM,
    notInQuote: true,
  }),
  // --- Denials: "denied", "rejected the claim", "called the report baseless". Insisting is not
  // denying, and "dismissed X as" is one only when X is a claim ("dismissed the report as …").
  rule({
    id: 'deny',
    kind: 'denial',
    label: 'Denial',
    extend: true,
    starts: words('den'),
    re: new RegExp(`\\b${DENY}\\b`, 'giu'),
    notAfter: NOT_A_DENIAL,
  }),
  rule({
    id: 'dispute-reject',
    kind: 'denial',
    label: 'Denial',
    extend: true,
    starts: words(
      'disput refut rebut dismiss reject call describ brand label pushed claim allegation accusation charge report stor assertion suggestion rumo characteri theor plead maintain protest proclaim',
    ),
    re: DENIAL_RE,
    // "did not dispute", "has never rejected", "nobody disputes that": no one denies.
    notAfter: /(?:\b(?:not|never|nobody|no\s+one)|n['’]t)\s+(?:\p{L}+\s+)?$/iu,
  }),
  rule({
    id: 'defender',
    kind: 'denial',
    label: 'Denial',
    starts: words('lawyer attorney spokes representative rep'),
    re: new RegExp(`\\b${DEFENDER}\\b[^.;!?\\n]{0,${DEFENDER_TO_VERB}}?\\b${DEFENDER_SAID}\\b[^.;!?\\n]{0,${VERB_TO_DEFENCE}}?\\b${DEFENDED}\\b`, 'giu'),
  }),
  // --- Hedges: the writer does not vouch for it ---------------------------------------------------
  // Always the writer's, so not silenced by a speaker named in the sentence (only by quotation marks).
  rule({
    id: 'not-vouched',
    kind: 'hedged',
    label: 'Hedged',
    starts: words(
      'reported reputed purported supposed alleged rumo unconfirmed unverified unsubstantiated could can has have had not unable impossible did does do',
    ),
    re: new RegExp(`\\b${alt(NOT_VOUCHED, UNVERIFIED)}\\b`, 'giu'),
  }),
  // Agentless reporting: "it is believed", "is thought to", "has been suggested".
  rule({
    id: 'agentless',
    kind: 'hedged',
    label: 'Hedged (no source given)',
    starts: words('it is are was were be'),
    re: new RegExp(
      `\\b(?:it\\s+(?:is|was|has\\s+been|had\\s+been)\\s+(?:\\p{L}+ly\\s+|often\\s+|sometimes\\s+|also\\s+|now\\s+|once\\s+|long\\s+)?${PASSIVE_IT}|${BE}${PASSIVE_TO}\\s+to)\\b`,
      'giu',
    ),
  }),
  // Weasel attributions: "some say", "critics argue", "according to some".
  rule({
    id: 'vague-group',
    kind: 'hedged',
    label: 'Vague attribution',
    starts: ['according', ...VAGUE_SOURCE_GROUPS],
    re: new RegExp(`\\b(?:according\\s+to\\s+(?:some|many|critics|experts|observers|others)|${VAGUE_GROUP}\\s+(?:have\\s+|had\\s+)?${ASSERT_VERB})\\b`, 'giu'),
  }),
];

/**
 * The rules a news page gets. The encyclopedic weasel tier (./weasel.ts) is not here: a caller
 * that wants it passes it in (`ClaimContext.vague`), so it never ships in the content script.
 */
export const NEWS_CUE_RULES: readonly CueRule[] = [...CUE_RULES, ...DISPUTE_RULES];
