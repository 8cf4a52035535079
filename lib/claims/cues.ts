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
}

const W = "[\\p{L}\\p{N}'\u2019.-]+"; // one word
const PLURAL = "(?:[\\p{L}-]+(?:s|people|men|women|children|media|folk|public|community|world))"; // plural-ish head noun

/** Nouns whose "claims" are not statements ("insurance claims", "land claims"). */
const NON_STATEMENT_CLAIM =
  /\b(?:insurance|tax|benefit|benefits|damage|damages|legal|patent|land|territorial|title|injury|compensation|expense|expenses|jobless|unemployment|disability|pension|maritime|sovereignty|copyright|trademark|warranty|asylum)\s+$/i;

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
    re: /\b(?:claim(?:s|ed|ing)?)\b(?!\s+(?:the\s+)?(?:lives?|victory|victories|responsibility\s+for\s+the\s+win|title|titles|seats?|prize|crown|gold|silver|bronze|championship|record|top\s+spot|throne|spot|place|inheritance))/giu,
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
    kind: 'hedged',
    label: 'Hedged',
    // First words of every match (see ./prefilter.ts).
    starts: ['reportedly', 'purportedly', 'supposedly', 'allegedly', 'apparently', 'ostensibly', 'presumably', 'seemingly', 'arguably', 'probably', 'perhaps', 'possibly', 'rumo', 'unconfirmed', 'unverified', 'unsubstantiated', 'could', 'has', 'have', 'may', 'might', 'appear', 'seem', 'suggest', 'is'],
    re: /\b(?:reportedly|purportedly|supposedly|allegedly|apparently|ostensibly|presumably|seemingly|arguably|probably|perhaps|possibly|rumou?red|unconfirmed|unverified|unsubstantiated|could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)\w*|(?:has|have)\s+not\s+been\s+(?:independently\s+)?(?:verified|confirmed)|(?:may|might|could)\s+(?:well\s+|also\s+)?(?:not\s+)?have\s+(?:been\s+)?\p{L}+(?:ed|en|wn|ne|id|ht|ot|un)|(?:appear|appears|seem)\s+to|suggest(?:s|ing)?\s+that|is\s+suggested)\b/giu,
  },
  {
    // Passive reporting with no agent: "it is believed", "is thought to", "has been suggested".
    kind: 'hedged',
    label: 'Hedged (no source given)',
    // First words of every match (see ./prefilter.ts).
    starts: ['it', 'is', 'are', 'was', 'were', 'be'],
    re: /\b(?:it\s+(?:is|was|has\s+been|had\s+been)\s+(?:\p{L}+ly\s+)?(?:said|believed|thought|claimed|argued|suggested|reported|rumou?red|alleged|assumed|understood|feared|speculated|estimated|considered|known|felt|held)|(?:is|are|was|were|been|be)\s+(?:\p{L}+ly\s+)?(?:believed|thought|said|rumou?red|alleged|reported|suspected|presumed|understood|assumed|reputed)\s+to|(?:is|are|was|were|been|be)\s+(?:\p{L}+ly\s+)?(?:considered|regarded|viewed|recognized|recognised|acknowledged|hailed|touted|deemed|perceived|credited|(?:seen|described|referred\s+to|labell?ed|termed|dubbed)\s+as))\b/giu,
  },
  {
    // Weasel attributions: "some say", "critics argue", "many believe", "according to some".
    kind: 'hedged',
    label: 'Vague attribution',
    // First words of every match (see ./prefilter.ts).
    starts: ['according', 'most', 'critics', 'observers', 'commentators', 'analysts', 'experts', 'scholars', 'historians', 'fans', 'detractors', 'supporters', 'opponents', 'skeptics', 'sceptics', 'proponents', 'many', 'some', 'others'],
    re: new RegExp(
      `\\b(?:according\\s+to\\s+(?:some|many|critics|experts|observers|others)|most\\s+of\\s+the\\s+(?:${W}\\s+){0,2}?(?:community|world|public|country|population)|(?:critics|observers|commentators|analysts|experts|scholars|historians|fans|detractors|supporters|opponents|skeptics|sceptics|proponents|many|some|others|most)\\s+(?:have\\s+|had\\s+)?(?:say|said|argue[ds]?|claim(?:s|ed)?|believe[ds]?|contend(?:s|ed)?|suggest(?:s|ed)?|feel|felt|consider(?:s|ed)?|maintain(?:s|ed)?|agree[ds]?|think|thought|speculated?|view|regard(?:s|ed)?))\\b`,
      'giu',
    ),
  },
  {
    // Vague quantities and peacock words, the marks of Wikipedia's "weasel" tag: "some experts",
    // "Many fans", "widely", "well-known", "one of the most". Quantifiers count only where they
    // open a sentence or qualify "some" things; "many" and "most" mid-sentence are mostly plain
    // description in news copy ("many times", "the most votes").
    kind: 'hedged',
    label: 'Vague wording',
    // First words of every match (see ./prefilter.ts).
    starts: ['some', 'many', 'most', 'numerous', 'various', 'countless', 'highly', 'traditionally', 'legendary', 'rumo', 'considerabl', 'spectacular', 'remarkabl', 'notorious', 'prominent', 'critically', 'widely', 'generally', 'commonly', 'often', 'largely', 'notabl', 'famous', 'well', 'renowned', 'popular', 'is', 'are', 'was', 'were', 'be', 'one', 'it', 'there'],
    re: new RegExp(
      `(?:(?<=^|[.!?]["\u201d]?\\s+|\\n)(?:Some|Many|Most)\\b(?!\\s+\\d)|\\b(?:(?<!\\b(?:[Hh]ow|[Ss]o|[Tt]oo|[Aa]s|the|his|her|its|their|our|my|your)\\s+)many\\b(?!\\s+(?:times|more|\\d))|some(?=\\s+(?:${W}\\s+){0,2}?${PLURAL}\\b)|some(?=\\s+(?:who|say|said|argue|argued|believe|believed|claim|claimed|have|had|of\\s+(?:them|these|those|whom|which|its|his|her|their)))|(?<=\\b(?:for|by|to|among|with)\\s+)some\\b|(?<!\\b(?:the|at)\\s+)most(?=\\s+(?:of\\b|likely|who\\b|(?!recent)${PLURAL}\\b))|numerous|various|countless|highly|traditionally|legendary|rumou?rs?|considerabl[ey]|spectacular|remarkabl[ey]|notorious(?:ly)?|prominent|critically\\s+acclaimed|widely|generally|commonly|often|largely|notabl[ey]|famous(?:ly)?|well[- ]known|renowned|popular(?:ity|ly)?)\\b|\\b(?:is|are|was|were|be|been|become|became)\\s+(?:\\p{L}+\\s+)?known\\b|\\b(?:one|some)\\s+of\\s+the\\s+(?:most|best|largest|biggest|greatest|finest|leading|oldest|first|few)\\b|\\b(?:it\\s+is|it\\s+was|it\\s+remains)\\s+(?:\\p{L}+\\s+)?(?:unclear|possible|probable|doubtful)\\b|\\bthere\\s+(?:is|are|was|were|have\\s+been|has\\s+been)\\s+(?:some|many|several|numerous|much|considerable|significant|widespread|a\\s+lot))`,
      'gu',
    ),
  },
];
