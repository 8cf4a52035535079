import type { ClaimKind } from '../types';
import type { Prefiltered } from './prefilter';

/**
 * Cue lexicon: the words and constructions with which a writer marks a statement as someone's
 * accusation, someone's denial, or as not established ("reportedly", "could not be verified").
 * Each rule is one regular expression scanned once over the whole article, so the cost is linear
 * in its length. Long patterns are built from the named parts below.
 *
 * `label` starts the reason shown to the reader; the matched words follow it in quotes.
 * `extend` widens the quoted excerpt to the end of the phrase ("accusing X of stealing the
 * election" rather than "accusing"), because the cue word alone does not tell the reader much.
 */
export interface CueRule extends Prefiltered {
  kind: ClaimKind;
  label: string;
  re: RegExp;
  extend?: boolean;
  /** Skip the match when this tests true on the 40 characters before it. */
  notAfter?: RegExp;
  /**
   * The cue marks the WRITER's distance from a claim, so it counts only in the writer's own voice:
   * not inside a quotation, nor in a sentence attributed to a named speaker (./voice.ts).
   */
  writerVoice?: boolean;
  /** The speaker's own word inside a direct quotation does not count ("they claim to speak for …"). */
  notInQuote?: boolean;
  /**
   * Encyclopedic "weasel" wording (quantifiers, peacock words, superlatives, "may be"): what
   * Wikipedia's editors tag, measured on weasel-dev. In news a strict editor accepted 4 of 33 such
   * flags (issue 17) and 7 of 43 on the judged fixture's tuning documents, so these run only when
   * asked for (`ClaimContext.vague`), never by default.
   */
  vague?: boolean;
}

const alt = (...parts: string[]) => `(?:${parts.join('|')})`;
const W = "[\\p{L}\\p{N}'\u2019.-]+"; // one word
// Plural-ish head noun; "people", "men" … also on their own ("some people").
const PLURAL = "(?:[\\p{L}-]+s|[\\p{L}-]*(?:people|men|women|children|media|folk|public|community|world))";
/** Quantities of time: "some years", "many weeks" (a lookahead after the quantifier). */
const NOT_TIME = '(?!\\s+(?:years|weeks|days|months|decades|hours|minutes|nights|mornings|evenings|seasons|centuries|occasions|times)\\b)';
/** "some of the rules", "some of Acme's lenders": a part of a set the writer names, not a vague crowd. */
const NOT_PART = "(?!\\s+of\\s+(?:the|his|her|its|their|our|your|my|these|those|them|this|that|\\p{Lu}[\\p{L}.-]*['’]s?)\\b)";
/** Superlatives: "most", "best", and "-est" words that are not "interest", "forest", "protest" …. */
const SUPERLATIVE =
  "(?:most|best|worst|least|(?!(?:interest|forest|west|rest|request|protest|contest|honest|modest|harvest|conquest|quest|guest|chest|nest|test|pest|vest|suggest|manifest|arrest|digest|invest|crest|priest|southwest|northwest|midwest|earnest|behest|unrest|attest|detest|jest|zest|tempest|inquest|bequest|latest|biggest)\\b)\\p{L}{2,}est|biggest)";

/** Nouns whose "claims" are not statements ("insurance claims", "land claims"). */
const NON_STATEMENT_CLAIM =
  /\b(?:insurance|tax|benefit|benefits|damage|damages|legal|patent|land|territorial|title|injury|compensation|expense|expenses|jobless|unemployment|disability|pension|maritime|sovereignty|copyright|trademark|warranty|asylum|baggage|luggage|deny|denied|denies|file|filed|filing|verify|verified|confirm|check|amendment|privilege)\s+(?:\S+\s+){0,2}$/i;
/** A claim FOR something asks rather than asserts: "claimed a loss", "claimed the title". */
const CLAIM_FOR =
  '(?!\\s+(?:(?:a|an|the|his|her|its|their)\\s+)?(?:\\p{L}+\\s+)?(?:loss|losses|deductions?|credits?|refunds?|exemptions?|write-offs?|reimbursements?|expenses)\\b)' +
  '(?!\\s+(?:to\\s+)?(?:the\\s+|\\p{L}+[\'\u2019]s\\s+)?(?:lives?|victory|victories|title|titles|seats?|prize|crown|gold|silver|bronze|championship|record|top\\s+spot|throne|spot|place|inheritance|body|bodies|remains))' +
  // "claims to an independent state": a right asserted, not a statement.
  '(?!\\s+to\\s+(?:a|an|the|its|their|his|her)\\b)';

// --- Denial parts ----------------------------------------------------------------------------
/** What a denial is of: the claim, report or accusation itself. */
const CLAIM_NOUN = '(?:claims?|allegations?|accusations?|charges?|reports?|reporting|story|stories|assertions?|suggestions?|rumou?rs?|characteri[sz]ation)';
const DETERMINER = '(?:the|these|those|such|any|all|that|this|his|her|their|its)';
/** Words that call a claim untrue. */
const UNTRUE = '(?:baseless|unfounded|groundless|false|untrue|inaccurate|fabricated|unsubstantiated|fake|misleading|a\\s+lie|lies|nonsense|absurd|ridiculous|a\\s+smear|a\\s+hoax)';
/** "deny" of a claim, not of a thing ("denied entry", "deny the right", "denial-of-service"). */
const DENY = '(?:den(?:y|ies|ied|ying|ials?))(?!-of|\\s+(?:(?:him|her|them|us|me|you|the|a|an|any|its|their)\\s+)?(?:\\p{L}+\\s+)?(?:access|entry|bail|permission|requests?|applications?|service|services|visas?|the\\s+right|rights?|coverage|benefits|insurance|claims\\s+for|a\\s+place|a\\s+seat|climate|vaccines?|care|treatment|funding|aid|loans?|jobs?))';
/**
 * Hypothetical or instrumental "deny" ("would deny", "to deny", "and deny the right"), and things
 * denied rather than claims ("the visa was denied", "a denied request").
 */
const NOT_A_DENIAL =
  /\b(?:(?:to|would|could|can|cannot|can['’]t|will|may|might|should|must|and|or|a|the)|(?:visas?|requests?|applications?|claims?|permits?|access|entry|bail|loans?|coverage|permission)\s+(?:was|were|is|are|been|being|be|get|got|gets))\s+$/i;
/** Denial, told as its verb or as "called the report baseless": rules for the rule list. */
const DENIAL_RE = new RegExp(
  '\\b' +
    alt(
      'disput(?:e|es|ed|ing)\\s+(?:(?:the|that|this|these|those|his|her|their|its)\\s+)?(?:\\p{L}+\\s+)?' + alt(CLAIM_NOUN, 'account', 'findings?', 'figures?', 'version', 'characteri[sz]ation'),
      'refut(?:e|es|ed|ing)',
      'rebut(?:s|ted|ting)?',
      'dismiss(?:es|ed|ing)?\\s+' + DETERMINER + '?\\s*(?:\\p{L}+\\s+)?' + CLAIM_NOUN + '\\s+as',
      'reject(?:s|ed|ing)?\\s+' + DETERMINER + '?\\s*(?:\\p{L}+\\s+)?' + CLAIM_NOUN,
      '(?:called|calling|calls|described|branded|labell?ed)\\s+(?:' + DETERMINER + '\\s+)?(?:\\p{L}+\\s+)?' + CLAIM_NOUN + '\\s+(?:as\\s+)?["\u201c]?(?:\\p{L}+ly\\s+)?' + UNTRUE,
      CLAIM_NOUN + '\\s+(?:(?:was|were|is|are)\\s+)["\u201c]?(?:\\p{L}+ly\\s+)?' + alt('baseless', 'unfounded', 'groundless', 'untrue', 'false', 'inaccurate', 'fabricated', 'unsubstantiated'),
      'pushed\\s+back\\s+(?:on|against)',
    ) +
    '\\b',
  'giu',
);

/** Words that accuse whom they name ("a liar", "a fraud"); not "dictator" or "collaborator", often description. */
const INSULT = alt('liar', 'fraud', 'crook', 'criminal', 'racist', 'traitor', 'charlatan', 'quack', 'con\\s+(?:man|artist)', 'cheat', 'thief', 'murderer', 'war\\s+criminal', 'terrorist', 'bigot', 'sexual\\s+predator', 'predator');
/**
 * A lawyer's or a spokesperson's "did not", "never", "was not": the defence of the accused is a
 * denial though it never says "deny" ("her client did not intend to cause harm").
 */
const DEFENDER = alt('lawyers?', 'attorneys?', 'spokes(?:man|woman|person|people)', 'representatives?', 'reps?');
const DEFENDED = alt('did\\s+not', "didn['\u2019]t", 'never', 'was\\s+not', "wasn['\u2019]t", 'were\\s+not', 'had\\s+no', 'has\\s+no', 'is\\s+not', "isn['\u2019]t");

// --- Hedge parts -----------------------------------------------------------------------------
/** Adverbs by which a news writer declines to vouch for what follows. */
const NOT_VOUCHED = alt('reportedly', 'reputedly', 'purportedly', 'supposedly', 'allegedly', 'rumou?red', 'unconfirmed', 'unverified', 'unsubstantiated');
/** "could not be independently verified", "has not verified the authenticity", "unable to confirm". */
const UNVERIFIED = alt(
  '(?:could|can)\\s*not\\s+(?:be\\s+)?(?:independently\\s+)?(?:verif|confirm)\\w*',
  '(?:has|have|had)\\s+not\\s+(?:been\\s+)?(?:independently\\s+)?(?:verified|confirmed)',
  '(?:not|unable|impossible)\\s+(?:possible\\s+)?to\\s+(?:independently\\s+)?(?:verify|confirm)',
  '(?:did|does|do)\\s+not\\s+(?:independently\\s+)?(?:verify|confirm)\\s+(?:the\\s+)?(?:authenticity|veracity|accuracy|reports?|claims?|account|whether|that)',
);
/** Epistemic adverbs and verbs of the encyclopedic weasel kind (vague tier). */
const EPISTEMIC = alt('putatively', 'apparently', 'ostensibly', 'presumably', 'seemingly', 'arguably', 'evidently', 'obviously', 'undoubtedly', 'probably', 'perhaps', 'possibly', '(?:appear|appears|seem)\\s+to', 'suggest(?:s|ing)?\\s+that', 'is\\s+suggested');
/** Verbs of belief and report in agentless passives: "it is believed", "is thought to". */
const PASSIVE_IT = alt('said', 'believed', 'thought', 'claimed', 'argued', 'suggested', 'reported', 'rumou?red', 'alleged', 'assumed', 'understood', 'feared', 'speculated', 'estimated', 'considered', 'known', 'felt', 'held', 'noted', 'shown', 'observed', 'proposed', 'stated', 'hypothesi[sz]ed', 'theori[sz]ed', 'conjectured');
const PASSIVE_TO = alt('believed', 'thought', 'said', 'rumou?red', 'alleged', 'reported', 'suspected', 'presumed', 'understood', 'assumed', 'reputed', 'argued', 'supposed(?=\\s+to\\s+have\\b)');
const PASSIVE_AS = alt('considered', 'regarded', 'viewed', 'recognized', 'recognised', 'acknowledged', 'hailed', 'touted', 'deemed', 'perceived', 'credited', '(?:seen|described|referred\\s+to|labell?ed|termed|dubbed)\\s+as');
const BE = '(?:is|are|was|were|been|be)\\s+(?:\\p{L}+ly\\s+|now\\s+|once\\s+|still\\s+)?';
/** Groups that stand in for a source: "critics say", "experts believe". */
const VAGUE_GROUP = alt('critics', 'observers', 'commentators', 'analysts', 'experts', 'scholars', 'historians', 'skeptics', 'sceptics', 'detractors', 'many', 'some', 'others');
const VAGUE_GROUP_WEASEL = alt('fans', 'supporters', 'opponents', 'proponents', 'most');
const ASSERT_VERB = "(?:say|said|argue[ds]?|claim(?:s|ed)?|believe[ds]?|contend(?:s|ed)?|suggest(?:s|ed)?|maintain(?:s|ed)?|assert(?:s|ed)?|allege[ds]?|insist(?:s|ed)?)";
const OPINION_VERB = '(?:feel|felt|consider(?:s|ed)?|agree[ds]?|think|thought|speculated?|view|regard(?:s|ed)?|report(?:s|ed)?|note[ds]?|hold|held|point(?:s|ed)?\\s+out|describe[ds]?|see|saw|accept(?:s|ed)?|doubt(?:s|ed)?|question(?:s|ed)?|fear(?:s|ed)?|worry|worried)';
/** Quantifiers as the head of a vague crowd (the weasel tier's commonest cue). */
const QUANTIFIER = alt(
  `(?<=^|[.!?]["\u201d]?\\s+|\\n)(?:Some|Many|Most)\\b(?!\\s+\\d)${NOT_TIME}`,
  `\\b(?<!\\b(?:[Hh]ow|[Ss]o|[Tt]oo|[Aa]s|the|his|her|its|their|our|my|your)\\s+)many\\b(?!\\s+(?:more|\\d))${NOT_TIME}`,
  `\\bsome(?=\\s+(?:${W}\\s+){0,2}?${PLURAL}\\b)${NOT_TIME}${NOT_PART}`,
  '\\bsome(?=\\s+(?:sort|kind|degree|extent|form)\\s+of\\b)',
  '\\bsome(?=\\s+(?:who|say|said|argue|argued|believe|believed|claim|claimed|have|had)\\b)',
  `(?<=\\b(?:for|by|to|among|with)\\s+)some\\b${NOT_TIME}${NOT_PART}`,
  `\\b(?<!\\b(?:the|at)\\s+)most(?=\\s+(?:of\\b|likely|who\\b|(?!recent)${PLURAL}\\b))${NOT_TIME}`,
);

const rule = (r: CueRule) => r;
const ALLEGATION = { kind: 'allegation', label: 'Allegation', extend: true } as const;
const VAGUE = { kind: 'hedged', writerVoice: true, vague: true } as const;

// `starts`: the first words of every match, for ./prefilter.ts.
export const CUE_RULES: CueRule[] = [
  // --- Allegations ------------------------------------------------------------------------------
  // A bare "accuse"/"allege" after a modal is an accusation not made ("will be unable to … accuse").
  rule({
    ...ALLEGATION,
    starts: ['accus', 'alleg'],
    re: /\b(?:(?<!\b(?:to|would|will|could|might|may|can|cannot|should|must|and|or|not)\s+)(?:accuse|allege)\b|accus(?:es|ed|ing|ation|ations|er|ers)|alleg(?:es|ed|edly|ing|ation|ations))\b/giu,
  }),
  // Lying, said of someone: "tells so many lies", "lied about", "lying to investigators".
  rule({ ...ALLEGATION, starts: ['tell', 'told', 'lied', 'lying'], re: /\b(?:(?:tell(?:s|ing)?|told)\s+(?:\p{L}+\s+){0,2}?lies|lied\s+(?:about|to|under)|lying\s+(?:about|to))\b/giu }),
  // What a complaint, lawsuit or indictment says is what it alleges.
  rule({
    ...ALLEGATION,
    starts: ['complaint', 'lawsuit', 'suit', 'indictment', 'petition'],
    re: /\b(?:complaints?|lawsuits?|suits?|indictments?|petitions?)\b[^;!?\n]{0,100}?\b(?:says|said|claims|claimed|states|stated|contends|contended|argues|argued|charges|charged)\b/giu,
  }),
  rule({
    ...ALLEGATION,
    starts: ['charg', 'blam', 'sued', 'indicted'],
    re: /\b(?:charged\s+with|charges?\s+that|blam(?:e|es|ed|ing)\s+(?:\p{L}+\s+){0,4}?(?:for|on)\b|blamed|(?:sued|indicted)\s+(?:for|over|on))/giu,
    // "has not been charged with", "a charge that might have stung": no accusation made.
    notAfter: /\b(?:not|never|n['’]t|without|nor|a|the)\s+(?:been\s+|being\s+)?$/i,
  }),
  // Name-calling is an accusation: "called Oz a quack", "branded him \"a liar\"".
  rule({
    ...ALLEGATION,
    starts: ['call', 'brand', 'label', 'dubb'],
    re: new RegExp(`\\b(?:call(?:ed|ing|s)?|branded|labell?ed|dubbed)\\s+(?:[\\p{L}'\u2019.-]+\\s+){0,3}?["\u201c]?(?:a|an)\\s+(?:\\p{L}+\\s+)?${INSULT}\\b`, 'giu'),
  }),
  // "rigs elections", "rigged the vote", "stole the election": accusations even without "accuse".
  rule({
    ...ALLEGATION,
    starts: ['rig', 'stole', 'steal', 'fix'],
    re: /\b(?:rig(?:s|ged|ging)?|stole|stealing|steal|fix(?:ed|ing)?)\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+|its\s+)?(?:\p{L}+\s+)?(?:elections?|votes?|vote|ballots?|polls?|referendum)\b/giu,
  }),
  rule({
    ...ALLEGATION,
    label: 'Unproven claim',
    starts: ['claim'],
    re: new RegExp(`\\bclaim(?:s|ed|ing)?\\b${CLAIM_FOR}`, 'giu'),
    notAfter: NON_STATEMENT_CLAIM,
    notInQuote: true,
  }),
  // --- Denials: "denied", "rejected the claim", "called the report baseless". Insisting is not
  // denying, and "dismissed X as" is one only when X is a claim ("dismissed the report as …").
  rule({ kind: 'denial', label: 'Denial', extend: true, starts: ['den'], re: new RegExp(`\\b${DENY}\\b`, 'giu'), notAfter: NOT_A_DENIAL }),
  rule({
    kind: 'denial',
    label: 'Denial',
    extend: true,
    starts: ['disput', 'refut', 'rebut', 'dismiss', 'reject', 'call', 'describ', 'brand', 'label', 'pushed', 'claim', 'allegation', 'accusation', 'charge', 'report', 'stor', 'assertion', 'suggestion', 'rumo', 'characteri'],
    re: DENIAL_RE,
  }),
  rule({
    kind: 'denial',
    label: 'Denial',
    starts: ['lawyer', 'attorney', 'spokes', 'representative', 'rep'],
    re: new RegExp(`\\b${DEFENDER}\\b[^.;!?\\n]{0,80}?\\b(?:said|says|told|insisted|maintained|stated)\\b[^.;!?\\n]{0,100}?\\b${DEFENDED}\\b`, 'giu'),
  }),
  // --- Hedges: the writer does not vouch for it ---------------------------------------------------
  // Always the writer's, so not silenced by a speaker named in the sentence (only by quotation marks).
  rule({ kind: 'hedged', label: 'Hedged', starts: ['reported', 'reputed', 'purported', 'supposed', 'alleged', 'rumo', 'unconfirmed', 'unverified', 'unsubstantiated', 'could', 'can', 'has', 'have', 'had', 'not', 'unable', 'impossible', 'did', 'does', 'do'], re: new RegExp(`\\b${alt(NOT_VOUCHED, UNVERIFIED)}\\b`, 'giu') }),
  // Agentless reporting: "it is believed", "is thought to", "has been suggested".
  rule({
    kind: 'hedged',
    label: 'Hedged (no source given)',
    starts: ['it', 'is', 'are', 'was', 'were', 'be'],
    re: new RegExp(`\\b(?:it\\s+(?:is|was|has\\s+been|had\\s+been)\\s+(?:\\p{L}+ly\\s+|often\\s+|sometimes\\s+|also\\s+|now\\s+|once\\s+|long\\s+)?${PASSIVE_IT}|${BE}${PASSIVE_TO}\\s+to)\\b`, 'giu'),
  }),
  // Weasel attributions: "some say", "critics argue", "according to some".
  rule({
    kind: 'hedged',
    label: 'Vague attribution',
    starts: ['according', 'critics', 'observers', 'commentators', 'analysts', 'experts', 'scholars', 'historians', 'skeptics', 'sceptics', 'detractors', 'many', 'some', 'others'],
    re: new RegExp(`\\b(?:according\\s+to\\s+(?:some|many|critics|experts|observers|others)|${VAGUE_GROUP}\\s+(?:have\\s+|had\\s+)?${ASSERT_VERB})\\b`, 'giu'),
  }),
  // ---- The vague (encyclopedic weasel) tier: off unless asked for -------------------------------------
  rule({ ...VAGUE, label: 'Hedged', starts: ['putatively', 'apparently', 'ostensibly', 'presumably', 'seemingly', 'arguably', 'evidently', 'obviously', 'undoubtedly', 'probably', 'perhaps', 'possibly', 'appear', 'seem', 'suggest', 'is'], re: new RegExp(`\\b${EPISTEMIC}\\b`, 'giu') }),
  rule({ ...VAGUE, label: 'Hedged (no source given)', writerVoice: false, starts: ['is', 'are', 'was', 'were', 'be'], re: new RegExp(`\\b${BE}${PASSIVE_AS}\\b`, 'giu') }),
  rule({
    ...VAGUE,
    label: 'Vague attribution',
    writerVoice: false,
    starts: ['most', 'critics', 'observers', 'commentators', 'analysts', 'experts', 'scholars', 'historians', 'fans', 'detractors', 'supporters', 'opponents', 'skeptics', 'sceptics', 'proponents', 'many', 'some', 'others'],
    re: new RegExp(`\\b(?:most\\s+of\\s+the\\s+(?:${W}\\s+){0,2}?(?:community|world|public|country|population)|${alt(VAGUE_GROUP, VAGUE_GROUP_WEASEL)}\\s+(?:have\\s+|had\\s+)?${OPINION_VERB}|${VAGUE_GROUP_WEASEL}\\s+(?:have\\s+|had\\s+)?${ASSERT_VERB})\\b`, 'giu'),
  }),
  // Findings with no study named: "research has shown" ("Smith's research shows" names its source).
  rule({
    ...VAGUE,
    label: 'Vague attribution',
    writerVoice: false,
    starts: ['research', 'studies', 'evidence', 'science'],
    re: /\b(?:research|studies|evidence|science)\s+(?:has\s+|have\s+)?(?:shown|shows?|suggests?|suggested|indicates?|indicated|proves?|proven|demonstrated)\b/giu,
    notAfter: /(?:['’]s|\b(?:his|her|its|their|our|my))\s+$/i,
  }),
  // Vague quantities: "Some experts", "Many fans", "most scholars" (not "some years", "some of the rules").
  rule({ ...VAGUE, label: 'Vague wording', starts: ['some', 'many', 'most'], re: new RegExp(`(?:${QUANTIFIER})\\b`, 'gu') }),
  // Peacock and frequency words that stand in for a source: "widely", "renowned", "often".
  rule({
    ...VAGUE,
    label: 'Vague wording',
    starts: ['numerous', 'various', 'countless', 'highly', 'traditionally', 'legendary', 'rumo', 'considerabl', 'spectacular', 'remarkabl', 'notorious', 'critically', 'widely', 'widespread', 'generally', 'commonly', 'often', 'largely', 'notabl', 'famous', 'well', 'renowned', 'popular'],
    re: /\b(?:numerous|various|countless|highly|traditionally|legendary|rumou?rs?|considerabl[ey]|spectacular|remarkabl[ey]|notorious(?:ly)?|critically\s+acclaimed|widely|widespread|generally|commonly|often|largely|notabl[ey]|famous(?:ly)?|well[- ]known|renowned|popular(?:ity|ly)?)\b/gu,
  }),
  // "is known for": reputation without a source; naming ("known as Acme") is not a claim.
  rule({ ...VAGUE, label: 'Vague wording', starts: ['is', 'are', 'was', 'were', 'be', 'been', 'become', 'became'], re: /\b(?:is|are|was|were|be|been|become|became)\s+(?:\p{L}+\s+)?known\b(?!\s+as\s+(?:the\s+)?["\u201c\u2018'`]?\s*\p{Lu})/gu }),
  // A ranking nobody is cited for: "one of the most beloved", "among the largest".
  rule({ ...VAGUE, label: 'Unsourced superlative', starts: ['one', 'some', 'among'], re: new RegExp(`\\b(?:(?:one|some)\\s+of|among)\\s+the\\s+(?:[\\p{L}'\u2019.-]+\\s+){0,2}?(?:${SUPERLATIVE}|leading|first|few)\\b`, 'giu') }),
  // Open questions and vague existence: "it is unclear", "there are many", "there is some debate".
  rule({
    ...VAGUE,
    label: 'Vague wording',
    starts: ['it', 'there'],
    re: /\b(?:(?:[Ii]t\s+is|[Ii]t\s+was|[Ii]t\s+remains)\s+(?:\p{L}+\s+)?(?:unclear|possible|probable|doubtful|unlikely|likely)|there\s+(?:is|are|was|were|have\s+been|has\s+been)\s+(?:some|many|several|numerous|much|considerable|significant|widespread|a\s+lot)|[Tt]here\s+(?:is|was|has\s+been|remains)\s+(?:\p{L}+\s+)?(?:debate|controversy|disagreement|speculation|agreement|consensus|doubt))\b/gu,
  }),
  // The epistemic modal: "may be", "may well have been" ("might"/"could have" mostly mark conditions).
  rule({ ...VAGUE, label: 'Hedged', starts: ['may'], re: /\b(?<!\bor\s+)may\s+(?:well\s+|also\s+|not\s+|never\s+|even\s+)?(?:be|have)\b(?!\s+or\s+may)/giu }),
  // A label offered as only possible: "could be interpreted as", "can refer to".
  rule({ ...VAGUE, label: 'Hedged', starts: ['could', 'might', 'would', 'can'], re: /\b(?:could|might|would|can)\s+(?:also\s+)?(?:be\s+(?:classified|interpreted|called|argued)|refer\s+to)\b/giu }),
  // Judgements nobody is cited for: "is sometimes considered", "heavily criticised", "a common misconception".
  rule({
    ...VAGUE,
    label: 'Unattributed judgement',
    starts: ['sometimes', 'often', 'usually', 'commonly', 'generally', 'frequently', 'occasionally', 'much', 'great', 'critical', 'wide', 'widespread', 'considerable', 'international', 'universal', 'heavily', 'widely', 'strongly', 'highly', 'well', 'poorly', 'badly', 'another', 'common', 'frequent', 'popular'],
    re: /\b(?:(?:sometimes|often|usually|commonly|generally|frequently|occasionally)\s+(?:called|considered|referred\s+to|described|regarded|seen|identified|known|thought|cited|credited|attributed)|(?:much|great|critical|wide|widespread|considerable|international|universal)\s+(?:acclaim|praise|criticism|publicity|popularity|recognition)|(?:heavily|widely|strongly|highly|much|well|poorly|badly)\s+(?:criticized|criticised|praised|regarded|respected|received|acclaimed|reviewed|publici[sz]ed)|(?:another\s+|(?<=\b(?:a|the)\s+))(?:common|frequent|popular)\s+(?:criticism|complaint|view|belief|misconception|argument|theory|perception))\b/giu,
  }),
  // A list that trails off into an unnamed rest ("X, Y and other critics", "among others").
  rule({
    ...VAGUE,
    label: 'Vague wording',
    starts: ['other', 'among'],
    re: /(?<=,[^.;:!?]{0,80}\b(?:and|or|as\s+well\s+as)\s+)other\s+(?!than\b)\p{L}+|\bamong\s+others\b/giu,
    notAfter: /\b(?:he|she|her|him|his|they|them|their|we|us|our)\s+(?:and|or)\s+$/i,
  }),
  // Unnamed authorities as a group: "several studies", "many historians".
  rule({
    ...VAGUE,
    label: 'Vague attribution',
    starts: ['several', 'various', 'numerous', 'many', 'some', 'most', 'other', 'few'],
    re: /\b(?:several|various|numerous|many|some|most|other|few)\s+(?:[\p{L}-]+\s+)?(?:studies|books|sources|scholars|reports|critics|historians|experts|commentators|authors|writers|researchers|scientists|observers|analysts|academics|theorists|economists)\b/giu,
  }),
];
