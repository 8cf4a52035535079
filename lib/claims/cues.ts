import type { ClaimKind } from '../types';
import type { Prefiltered } from './prefilter';

/**
 * Cue lexicon: the words and constructions with which a writer marks a statement as someone's
 * accusation, someone's denial, or as not established ("reportedly", "some say"). Each rule is
 * one regular expression scanned once over the whole article, so the cost is linear in its length.
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
}

const W = "[\\p{L}\\p{N}'\u2019.-]+"; // one word
// Plural-ish head noun; "people", "men" … also on their own ("some people").
const PLURAL = "(?:[\\p{L}-]+s|[\\p{L}-]*(?:people|men|women|children|media|folk|public|community|world))";

/** Quantities of time: "some years", "many weeks" (a lookahead after the quantifier). */
const NOT_TIME = '(?!\\s+(?:years|weeks|days|months|decades|hours|minutes|nights|mornings|evenings|seasons|centuries|occasions|times)\\b)';

/**
 * "some of the rules", "some of his proposals", "some of Acme's lenders": a part of a set the
 * writer names, not a vague crowd (a lookahead after a mid-sentence "some").
 */
const NOT_PART = "(?!\\s+of\\s+(?:the|his|her|its|their|our|your|my|these|those|them|this|that|\\p{Lu}[\\p{L}.-]*['’]s?)\\b)";

/** Superlatives: "most", "best", and "-est" words that are not "interest", "forest", "protest" …. */
const SUPERLATIVE =
  "(?:most|best|worst|least|(?!(?:interest|forest|west|rest|request|protest|contest|honest|modest|harvest|conquest|quest|guest|chest|nest|test|pest|vest|suggest|manifest|arrest|digest|invest|crest|priest|southwest|northwest|midwest|earnest|behest|unrest|attest|detest|jest|zest|tempest|inquest|bequest|latest|biggest)\\b)\\p{L}{2,}est|biggest)";

/**
 * Nouns whose "claims" are not statements ("insurance claims", "land claims"). Likewise a claim
 * FOR something ("claimed a loss", "claim deductions": see the rule), which asks rather than asserts.
 */
const NON_STATEMENT_CLAIM =
  /\b(?:insurance|tax|benefit|benefits|damage|damages|legal|patent|land|territorial|title|injury|compensation|expense|expenses|jobless|unemployment|disability|pension|maritime|sovereignty|copyright|trademark|warranty|asylum|baggage|luggage)\s+$/i;

export const CUE_RULES: CueRule[] = [
  // --- Allegations ------------------------------------------------------------------------------
  {
    kind: 'allegation',
    label: 'Allegation',
    // First words of every match (see ./prefilter.ts).
    starts: ['accus', 'alleg'],
    re: /\b(?:accus(?:e|es|ed|ing|ation|ations|er|ers)|alleg(?:e|es|ed|edly|ing|ation|ations))\b/giu,
    extend: true,
  },
  {
    kind: 'allegation',
    label: 'Allegation',
    // First words of every match (see ./prefilter.ts).
    starts: ['charged', 'blam', 'sued', 'indicted'],
    re: /\b(?:charged\s+with|blam(?:e|es|ed|ing)\s+(?:\p{L}+\s+){0,4}?(?:for|on)\b|blamed|(?:sued|indicted)\s+(?:for|over|on))/giu,
    extend: true,
  },
  {
    // "rigs elections", "rigged the vote", "stole the election": accusations even without "accuse".
    kind: 'allegation',
    label: 'Allegation',
    // First words of every match (see ./prefilter.ts).
    starts: ['rig', 'stole', 'steal', 'fix'],
    re: /\b(?:rig(?:s|ged|ging)?|stole|stealing|steal|fix(?:ed|ing)?)\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+|its\s+)?(?:\p{L}+\s+)?(?:elections?|votes?|vote|ballots?|polls?|referendum)\b/giu,
    extend: true,
  },
  {
    kind: 'allegation',
    label: 'Unproven claim',
    // First words of every match (see ./prefilter.ts).
    starts: ['claim'],
    re: /\b(?:claim(?:s|ed|ing)?)\b(?!\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:\p{L}+\s+)?(?:loss|losses|deductions?|credits?|refunds?|exemptions?|write-offs?|reimbursements?|expenses)\b)(?!\s+(?:to\s+)?(?:the\s+)?(?:lives?|victory|victories|responsibility\s+for\s+the\s+win|title|titles|seats?|prize|crown|gold|silver|bronze|championship|record|top\s+spot|throne|spot|place|inheritance))/giu,
    notAfter: NON_STATEMENT_CLAIM,
    extend: true,
  },
  // --- Denials ----------------------------------------------------------------------------------
  {
    kind: 'denial',
    label: 'Denial',
    // First words of every match (see ./prefilter.ts).
    starts: ['den', 'disput', 'refut', 'rebut', 'insist', 'dismiss', 'reject', 'pushed'],
    re: /\b(?:den(?:y|ies|ied|ying|ial|ials)|disput(?:e|es|ed|ing)|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|insist(?:s|ed|ing)?|dismiss(?:es|ed|ing)?\s+(?:\p{L}+\s+){0,6}?as|reject(?:s|ed|ing)?\s+(?:the\s+|these\s+|those\s+|such\s+|any\s+|all\s+)?(?:\p{L}+\s+)?(?:claims?|allegations?|accusations?|charges?|reports?|assertions?|suggestions?|criticism|notion|idea)|pushed\s+back\s+(?:on|against))\b/giu,
    extend: true,
  },
  // --- Hedges: the writer does not vouch for it ---------------------------------------------------
  {
    // Epistemic adverbs and verbs. "evidently", "obviously", "undoubtedly" assert certainty
    // without giving its ground, which is how encyclopedic editors read them too.
    kind: 'hedged',
    label: 'Hedged',
    writerVoice: true,
    // First words of every match (see ./prefilter.ts).
    starts: ['reportedly', 'reputedly', 'putatively', 'purportedly', 'supposedly', 'allegedly', 'apparently', 'ostensibly', 'presumably', 'seemingly', 'arguably', 'evidently', 'obviously', 'undoubtedly', 'probably', 'perhaps', 'possibly', 'rumo', 'unconfirmed', 'unverified', 'unsubstantiated', 'could', 'has', 'have', 'appear', 'seem', 'suggest', 'is'],
    re: /\b(?:reportedly|reputedly|putatively|purportedly|supposedly|allegedly|apparently|ostensibly|presumably|seemingly|arguably|evidently|obviously|undoubtedly|probably|perhaps|possibly|rumou?red|unconfirmed|unverified|unsubstantiated|could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)\w*|(?:has|have)\s+not\s+been\s+(?:independently\s+)?(?:verified|confirmed)|(?:appear|appears|seem)\s+to|suggest(?:s|ing)?\s+that|is\s+suggested)\b/giu,
  },
  {
    // Passive reporting with no agent: "it is believed", "it is often said", "is thought to", "was
    // once thought to", "has been suggested" (also "is argued to", "is supposed to have been").
    kind: 'hedged',
    label: 'Hedged (no source given)',
    // First words of every match (see ./prefilter.ts).
    starts: ['it', 'is', 'are', 'was', 'were', 'be'],
    re: /\b(?:it\s+(?:is|was|has\s+been|had\s+been)\s+(?:\p{L}+ly\s+|often\s+|sometimes\s+|also\s+|now\s+|once\s+|long\s+)?(?:said|believed|thought|claimed|argued|suggested|reported|rumou?red|alleged|assumed|understood|feared|speculated|estimated|considered|known|felt|held|noted|shown|observed|proposed|stated|hypothesi[sz]ed|theori[sz]ed|conjectured)|(?:is|are|was|were|been|be)\s+(?:\p{L}+ly\s+|now\s+|once\s+|still\s+)?(?:believed|thought|said|rumou?red|alleged|reported|suspected|presumed|understood|assumed|reputed|argued|supposed(?=\s+to\s+have\b))\s+to|(?:is|are|was|were|been|be)\s+(?:\p{L}+ly\s+|now\s+|once\s+|still\s+)?(?:considered|regarded|viewed|recognized|recognised|acknowledged|hailed|touted|deemed|perceived|credited|(?:seen|described|referred\s+to|labell?ed|termed|dubbed)\s+as))\b/giu,
  },
  {
    // Weasel attributions: "some say", "critics argue", "many believe", "according to some".
    kind: 'hedged',
    label: 'Vague attribution',
    // First words of every match (see ./prefilter.ts).
    starts: ['according', 'most', 'critics', 'observers', 'commentators', 'analysts', 'experts', 'scholars', 'historians', 'fans', 'detractors', 'supporters', 'opponents', 'skeptics', 'sceptics', 'proponents', 'many', 'some', 'others'],
    re: new RegExp(
      `\\b(?:according\\s+to\\s+(?:some|many|critics|experts|observers|others)|most\\s+of\\s+the\\s+(?:${W}\\s+){0,2}?(?:community|world|public|country|population)|(?:critics|observers|commentators|analysts|experts|scholars|historians|fans|detractors|supporters|opponents|skeptics|sceptics|proponents|many|some|others|most)\\s+(?:have\\s+|had\\s+)?(?:say|said|argue[ds]?|claim(?:s|ed)?|believe[ds]?|contend(?:s|ed)?|suggest(?:s|ed)?|feel|felt|consider(?:s|ed)?|maintain(?:s|ed)?|agree[ds]?|think|thought|speculated?|view|regard(?:s|ed)?|report(?:s|ed)?|note[ds]?|assert(?:s|ed)?|hold|held|point(?:s|ed)?\\s+out|describe[ds]?|see|saw|accept(?:s|ed)?|doubt(?:s|ed)?|question(?:s|ed)?|insist(?:s|ed)?|allege[ds]?|fear(?:s|ed)?|worry|worried))\\b`,
      'giu',
    ),
  },
  {
    // Findings with no study named: "research has shown", "studies suggest", "evidence indicates".
    kind: 'hedged',
    label: 'Vague attribution',
    // First words of every match (see ./prefilter.ts).
    starts: ['research', 'studies', 'evidence', 'science'],
    re: /\b(?:research|studies|evidence|science)\s+(?:has\s+|have\s+)?(?:shown|shows?|suggests?|suggested|indicates?|indicated|proves?|proven|demonstrated)\b/giu,
    // "Smith's research shows", "their studies suggest": the owner names the source.
    notAfter: /(?:['’]s|\b(?:his|her|its|their|our|my))\s+$/i,
  },
  {
    // Vague quantities, the commonest mark of Wikipedia's "weasel" tag: "Some experts", "Many
    // fans", "most scholars". Sentence-opening quantifiers are the subject of a generalisation;
    // mid-sentence, "some" counts only before a plural head or a reporting verb, "most" only as
    // "most of"/"most <plural>", plus the vague kind "some sort/kind/degree of". A quantity of
    // time ("some years", "many weeks") is description, and so is "some of <a named set>" mid-sentence.
    kind: 'hedged',
    label: 'Vague wording',
    writerVoice: true,
    // First words of every match (see ./prefilter.ts).
    starts: ['some', 'many', 'most'],
    re: new RegExp(
      `(?:(?<=^|[.!?]["\u201d]?\\s+|\\n)(?:Some|Many|Most)\\b(?!\\s+\\d)${NOT_TIME}|\\b(?:(?<!\\b(?:[Hh]ow|[Ss]o|[Tt]oo|[Aa]s|the|his|her|its|their|our|my|your)\\s+)many\\b(?!\\s+(?:more|\\d))${NOT_TIME}|some(?=\\s+(?:${W}\\s+){0,2}?${PLURAL}\\b)${NOT_TIME}${NOT_PART}|some(?=\\s+(?:sort|kind|degree|extent|form)\\s+of\\b)|some(?=\\s+(?:who|say|said|argue|argued|believe|believed|claim|claimed|have|had)\\b)|(?<=\\b(?:for|by|to|among|with)\\s+)some\\b${NOT_TIME}${NOT_PART}|(?<!\\b(?:the|at)\\s+)most(?=\\s+(?:of\\b|likely|who\\b|(?!recent)${PLURAL}\\b))${NOT_TIME}))\\b`,
      'gu',
    ),
  },
  {
    // Peacock and frequency words that stand in for a source: "widely", "renowned", "often".
    kind: 'hedged',
    label: 'Vague wording',
    writerVoice: true,
    // First words of every match (see ./prefilter.ts).
    starts: ['numerous', 'various', 'countless', 'highly', 'traditionally', 'legendary', 'rumo', 'considerabl', 'spectacular', 'remarkabl', 'notorious', 'critically', 'widely', 'widespread', 'generally', 'commonly', 'often', 'largely', 'notabl', 'famous', 'well', 'renowned', 'popular'],
    re: /\b(?:numerous|various|countless|highly|traditionally|legendary|rumou?rs?|considerabl[ey]|spectacular|remarkabl[ey]|notorious(?:ly)?|critically\s+acclaimed|widely|widespread|generally|commonly|often|largely|notabl[ey]|famous(?:ly)?|well[- ]known|renowned|popular(?:ity|ly)?)\b/gu,
  },
  {
    // "is known for", "was well known": reputation without a source. Naming by a proper name ("is
    // known as the Riverside Players", "became known as Acme") is not a claim; an epithet ("known
    // as \"the butcher\"", "known as one of the best") is a judgement.
    kind: 'hedged',
    label: 'Vague wording',
    writerVoice: true,
    // First words of every match (see ./prefilter.ts).
    starts: ['is', 'are', 'was', 'were', 'be', 'been', 'become', 'became'],
    re: /\b(?:is|are|was|were|be|been|become|became)\s+(?:\p{L}+\s+)?known\b(?!\s+as\s+(?:the\s+)?["\u201c\u2018'`]?\s*\p{Lu})/gu,
  },
  {
    // A ranking nobody is cited for: "one of the most beloved", "among the largest", "one of the
    // country's most admired".
    kind: 'hedged',
    label: 'Unsourced superlative',
    writerVoice: true,
    // First words of every match (see ./prefilter.ts).
    starts: ['one', 'some', 'among'],
    re: new RegExp(`\\b(?:(?:one|some)\\s+of|among)\\s+the\\s+(?:[\\p{L}'\u2019.-]+\\s+){0,2}?(?:${SUPERLATIVE}|leading|first|few)\\b`, 'giu'),
  },
  {
    // Open questions in the writer's voice and vague existence: "it is unclear", "there are many",
    // "there is some debate" (a dispute whose parties go unnamed). "It is unclear" and "There is
    // debate" also open a sentence.
    kind: 'hedged',
    label: 'Vague wording',
    writerVoice: true,
    // First words of every match (see ./prefilter.ts).
    starts: ['it', 'there'],
    re: /\b(?:(?:[Ii]t\s+is|[Ii]t\s+was|[Ii]t\s+remains)\s+(?:\p{L}+\s+)?(?:unclear|possible|probable|doubtful|unlikely|likely)|there\s+(?:is|are|was|were|have\s+been|has\s+been)\s+(?:some|many|several|numerous|much|considerable|significant|widespread|a\s+lot)|[Tt]here\s+(?:is|was|has\s+been|remains)\s+(?:\p{L}+\s+)?(?:debate|controversy|disagreement|speculation|agreement|consensus|doubt))\b/gu,
  },
  {
    // The epistemic modal in the writer's voice: "may be", "may not have", "may well have been".
    // "might"/"could have" are left out: in news they mostly mark counterfactuals and conditions
    // ("nobody could have predicted it", "the founders might have approved"), not doubt.
    kind: 'hedged',
    label: 'Hedged',
    writerVoice: true,
    // First words of every match (see ./prefilter.ts).
    starts: ['may'],
    re: /\b(?<!\bor\s+)may\s+(?:well\s+|also\s+|not\s+|never\s+|even\s+)?(?:be|have)\b(?!\s+or\s+may)/giu,
  },
  {
    // A label or reading offered as only possible: "could be interpreted as", "might be called",
    // "can refer to". The modal keeps the writer from vouching for the description.
    kind: 'hedged',
    label: 'Hedged',
    writerVoice: true,
    // First words of every match (see ./prefilter.ts).
    starts: ['could', 'might', 'would', 'can'],
    re: /\b(?:could|might|would|can)\s+(?:also\s+)?(?:be\s+(?:classified|interpreted|called|argued)|refer\s+to)\b/giu,
  },
  {
    // Judgements and labels nobody is cited for: "is sometimes considered", "heavily criticised",
    // "received critical acclaim", "a common misconception".
    kind: 'hedged',
    label: 'Unattributed judgement',
    writerVoice: true,
    // First words of every match (see ./prefilter.ts).
    starts: ['sometimes', 'often', 'usually', 'commonly', 'generally', 'frequently', 'occasionally', 'much', 'great', 'critical', 'wide', 'widespread', 'considerable', 'international', 'universal', 'heavily', 'widely', 'strongly', 'highly', 'well', 'poorly', 'badly', 'another', 'common', 'frequent', 'popular'],
    re: /\b(?:(?:sometimes|often|usually|commonly|generally|frequently|occasionally)\s+(?:called|considered|referred\s+to|described|regarded|seen|identified|known|thought|cited|credited|attributed)|(?:much|great|critical|wide|widespread|considerable|international|universal)\s+(?:acclaim|praise|criticism|publicity|popularity|recognition)|(?:heavily|widely|strongly|highly|much|well|poorly|badly)\s+(?:criticized|criticised|praised|regarded|respected|received|acclaimed|reviewed|publici[sz]ed)|(?:another\s+|(?<=\b(?:a|the)\s+))(?:common|frequent|popular)\s+(?:criticism|complaint|view|belief|misconception|argument|theory|perception))\b/giu,
  },
  {
    // A list that trails off into an unnamed rest ("X, Y and other critics", "among others"):
    // the writer implies more support than the names given. Only after a comma-separated list, as
    // "parts and other components" merely names a kind. Matched from "other" (a rarer word than
    // "and" for the prefilter).
    kind: 'hedged',
    label: 'Vague wording',
    writerVoice: true,
    // First words of every match (see ./prefilter.ts).
    starts: ['other', 'among'],
    re: /(?<=,[^.;:!?]{0,80}\b(?:and|or|as\s+well\s+as)\s+)other\s+(?!than\b)\p{L}+|\bamong\s+others\b/giu,
    // "Ames, she and other parents": a group the subject belongs to, not a vague crowd.
    notAfter: /\b(?:he|she|her|him|his|they|them|their|we|us|our)\s+(?:and|or)\s+$/i,
  },
  {
    // Unnamed authorities as a group: "several studies", "many historians", "some scholars".
    kind: 'hedged',
    label: 'Vague attribution',
    writerVoice: true,
    // First words of every match (see ./prefilter.ts).
    starts: ['several', 'various', 'numerous', 'many', 'some', 'most', 'other', 'few'],
    re: /\b(?:several|various|numerous|many|some|most|other|few)\s+(?:[\p{L}-]+\s+)?(?:studies|books|sources|scholars|reports|critics|historians|experts|commentators|authors|writers|researchers|scientists|observers|analysts|academics|theorists|economists)\b/giu,
  },
];
