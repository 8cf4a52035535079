import { alt, ASSERT_VERB, BE, oneOf, rule, SAY_OR_SAID, VAGUE_GROUP, verbForms, words, type CueRule } from './cue-rule';
import { BELIEF_VERBS } from '../text/speech-verbs';

/**
 * The encyclopedic weasel tier: quantifiers, peacock words, superlatives, "may be", unattributed
 * judgements. What Wikipedia's editors tag (weasel-dev F1 in `npm run eval`); in news these flags
 * are mostly wrong (see CueRule.vague), so they run only when `ClaimContext.vague` asks.
 */
const W = "[\\p{L}\\p{N}'\u2019.-]+"; // one word
// Plural-ish head noun; "people", "men" … also on their own ("some people").
const PLURAL = '(?:[\\p{L}-]+s|[\\p{L}-]*(?:people|men|women|children|media|folk|public|community|world))';
/** Quantities of time: "some years", "many weeks" (a lookahead after the quantifier). */
const NOT_TIME = '(?!\\s+(?:years|weeks|days|months|decades|hours|minutes|nights|mornings|evenings|seasons|centuries|occasions|times)\\b)';
/** "some of the rules", "some of Acme's lenders": a part of a set the writer names, not a vague crowd. */
const NOT_PART = "(?!\\s+of\\s+(?:the|his|her|its|their|our|your|my|these|those|them|this|that|\\p{Lu}[\\p{L}.-]*['’]s?)\\b)";
/** Superlatives: "most", "best", and "-est" words that are not "interest", "forest", "protest" …. */
const SUPERLATIVE =
  '(?:most|best|worst|least|(?!(?:interest|forest|west|rest|request|protest|contest|honest|modest|harvest|conquest|quest|guest|chest|nest|test|pest|vest|suggest|manifest|arrest|digest|invest|crest|priest|southwest|northwest|midwest|earnest|behest|unrest|attest|detest|jest|zest|tempest|inquest|bequest|latest|biggest)\\b)\\p{L}{2,}est|biggest)';
/** Agentless passives that in news mostly state a fact ("it is estimated", "it is known as"): weasel tier only. */
const PASSIVE_IT = oneOf('estimated considered known felt held noted shown observed proposed stated hypothesi[sz]ed theori[sz]ed conjectured');
const PASSIVE_AS = oneOf(
  'considered regarded viewed recognized recognised acknowledged hailed touted deemed perceived credited (?:seen|described|referred\\s+to|labell?ed|termed|dubbed)\\s+as',
);
const VAGUE_GROUP_WEASEL = oneOf('fans supporters opponents proponents most');
const OPINION_VERB =
  '(?:feel|felt|consider(?:s|ed)?|agree[ds]?|think|thought|speculated?|view|regard(?:s|ed)?|report(?:s|ed)?|note[ds]?|hold|held|point(?:s|ed)?\\s+out|describe[ds]?|see|saw|accept(?:s|ed)?|doubt(?:s|ed)?|question(?:s|ed)?|fear(?:s|ed)?|worry|worried)';
/** "some who", "some say", "some argued", "some have": "some" as a crowd of people (bare and past forms only). */
const SOME_WHO = alt('who', 'have', 'had', SAY_OR_SAID, ...verbForms(['argue', 'claim', ...BELIEF_VERBS], /ed$/));
/** Quantifiers as the head of a vague crowd (the weasel tier's commonest cue). */
const QUANTIFIER = alt(
  `(?<=^|[.!?]["\u201d]?\\s+|\\n)(?:Some|Many|Most)\\b(?!\\s+\\d)${NOT_TIME}`,
  `\\b(?<!\\b(?:[Hh]ow|[Ss]o|[Tt]oo|[Aa]s|the|his|her|its|their|our|my|your)\\s+)many\\b(?!\\s+(?:more|\\d))${NOT_TIME}`,
  `\\bsome(?=\\s+(?:${W}\\s+){0,2}?${PLURAL}\\b)${NOT_TIME}${NOT_PART}`,
  '\\bsome(?=\\s+(?:sort|kind|degree|extent|form)\\s+of\\b)',
  `\\bsome(?=\\s+${SOME_WHO}\\b)`,
  `(?<=\\b(?:for|by|to|among|with)\\s+)some\\b${NOT_TIME}${NOT_PART}`,
  `\\b(?<!\\b(?:the|at)\\s+)most(?=\\s+(?:of\\b|likely|who\\b|(?!recent)${PLURAL}\\b))${NOT_TIME}`,
);
/** Epistemic adverbs and verbs of the encyclopedic weasel kind (vague tier). */
const EPISTEMIC = oneOf(
  'putatively apparently ostensibly presumably seemingly arguably evidently obviously undoubtedly probably perhaps possibly (?:appear|appears|seem)\\s+to suggest(?:s|ing)?\\s+that is\\s+suggested',
);
const VAGUE = { kind: 'hedged', writerVoice: true, vague: true } as const;

// `starts`: the first words of every match, for ./prefilter.ts.
export const WEASEL_RULES: CueRule[] = [
  rule({
    ...VAGUE,
    label: 'Hedged (no source given)',
    writerVoice: false,
    starts: words('it'),
    re: new RegExp(
      `\\bit\\s+(?:is|was|has\\s+been|had\\s+been)\\s+(?:\\p{L}+ly\\s+|often\\s+|sometimes\\s+|also\\s+|now\\s+|once\\s+|long\\s+)?${PASSIVE_IT}\\b`,
      'giu',
    ),
  }),
  rule({
    ...VAGUE,
    label: 'Hedged (no source given)',
    writerVoice: false,
    starts: words('is are was were be'),
    re: new RegExp(`\\b${BE}reported\\s+to\\b`, 'giu'),
  }),
  // ---- The vague (encyclopedic weasel) tier: off unless asked for -------------------------------------
  rule({
    ...VAGUE,
    label: 'Hedged',
    starts: words(
      'putatively apparently ostensibly presumably seemingly arguably evidently obviously undoubtedly probably perhaps possibly appear seem suggest is',
    ),
    re: new RegExp(`\\b${EPISTEMIC}\\b`, 'giu'),
  }),
  rule({
    ...VAGUE,
    label: 'Hedged (no source given)',
    writerVoice: false,
    starts: words('is are was were be'),
    re: new RegExp(`\\b${BE}${PASSIVE_AS}\\b`, 'giu'),
  }),
  rule({
    ...VAGUE,
    label: 'Vague attribution',
    writerVoice: false,
    starts: words(
      'most critics observers commentators analysts experts scholars historians fans detractors supporters opponents skeptics sceptics proponents many some others',
    ),
    re: new RegExp(
      `\\b(?:most\\s+of\\s+the\\s+(?:${W}\\s+){0,2}?(?:community|world|public|country|population)|${alt(VAGUE_GROUP, VAGUE_GROUP_WEASEL)}\\s+(?:have\\s+|had\\s+)?${OPINION_VERB}|${VAGUE_GROUP_WEASEL}\\s+(?:have\\s+|had\\s+)?${ASSERT_VERB})\\b`,
      'giu',
    ),
  }),
  // Findings with no study named: "research has shown" ("Smith's research shows" names its source).
  rule({
    ...VAGUE,
    label: 'Vague attribution',
    writerVoice: false,
    starts: words('research studies evidence science'),
    re: /\b(?:research|studies|evidence|science)\s+(?:has\s+|have\s+)?(?:shown|shows?|suggests?|suggested|indicates?|indicated|proves?|proven|demonstrated)\b/giu,
    notAfter: /(?:['’]s|\b(?:his|her|its|their|our|my))\s+$/i,
  }),
  // Vague quantities: "Some experts", "Many fans", "most scholars" (not "some years", "some of the rules").
  rule({ ...VAGUE, label: 'Vague wording', starts: words('some many most'), re: new RegExp(`(?:${QUANTIFIER})\\b`, 'gu') }),
  // Peacock and frequency words that stand in for a source: "widely", "renowned", "often".
  rule({
    ...VAGUE,
    label: 'Vague wording',
    starts: words(
      'numerous various countless highly traditionally legendary rumo considerabl spectacular remarkabl notorious critically widely widespread generally commonly often largely notabl famous well renowned popular',
    ),
    re: /\b(?:numerous|various|countless|highly|traditionally|legendary|rumou?rs?|considerabl[ey]|spectacular|remarkabl[ey]|notorious(?:ly)?|critically\s+acclaimed|widely|widespread|generally|commonly|often|largely|notabl[ey]|famous(?:ly)?|well[- ]known|renowned|popular(?:ity|ly)?)\b/gu,
  }),
  // "is known for": reputation without a source; naming ("known as Acme") is not a claim.
  rule({
    ...VAGUE,
    label: 'Vague wording',
    starts: words('is are was were be been become became'),
    re: /\b(?:is|are|was|were|be|been|become|became)\s+(?:\p{L}+\s+)?known\b(?!\s+as\s+(?:the\s+)?["\u201c\u2018'`]?\s*\p{Lu})/gu,
  }),
  // A ranking nobody is cited for: "one of the most beloved", "among the largest".
  rule({
    ...VAGUE,
    label: 'Unsourced superlative',
    starts: words('one some among'),
    re: new RegExp(`\\b(?:(?:one|some)\\s+of|among)\\s+the\\s+(?:[\\p{L}'\u2019.-]+\\s+){0,2}?(?:${SUPERLATIVE}|leading|first|few)\\b`, 'giu'),
  }),
  // Open questions and vague existence: "it is unclear", "there are many", "there is some debate".
  rule({
    ...VAGUE,
    label: 'Vague wording',
    starts: words('it there'),
    re: /\b(?:(?:[Ii]t\s+is|[Ii]t\s+was|[Ii]t\s+remains)\s+(?:\p{L}+\s+)?(?:unclear|possible|probable|doubtful|unlikely|likely)|there\s+(?:is|are|was|were|have\s+been|has\s+been)\s+(?:some|many|several|numerous|much|considerable|significant|widespread|a\s+lot)|[Tt]here\s+(?:is|was|has\s+been|remains)\s+(?:\p{L}+\s+)?(?:debate|controversy|disagreement|speculation|agreement|consensus|doubt))\b/gu,
  }),
  // The epistemic modal: "may be", "may well have been" ("might"/"could have" mostly mark conditions).
  rule({
    ...VAGUE,
    label: 'Hedged',
    starts: words('may'),
    re: /\b(?<!\bor\s+)may\s+(?:well\s+|also\s+|not\s+|never\s+|even\s+)?(?:be|have)\b(?!\s+or\s+may)/giu,
  }),
  // A label offered as only possible: "could be interpreted as", "can refer to".
  rule({
    ...VAGUE,
    label: 'Hedged',
    starts: words('could might would can'),
    re: /\b(?:could|might|would|can)\s+(?:also\s+)?(?:be\s+(?:classified|interpreted|called|argued)|refer\s+to)\b/giu,
  }),
  // Judgements nobody is cited for: "is sometimes considered", "heavily criticised", "a common misconception".
  rule({
    ...VAGUE,
    label: 'Unattributed judgement',
    starts: words(
      'sometimes often usually commonly generally frequently occasionally much great critical wide widespread considerable international universal heavily widely strongly highly well poorly badly another common frequent popular',
    ),
    re: /\b(?:(?:sometimes|often|usually|commonly|generally|frequently|occasionally)\s+(?:called|considered|referred\s+to|described|regarded|seen|identified|known|thought|cited|credited|attributed)|(?:much|great|critical|wide|widespread|considerable|international|universal)\s+(?:acclaim|praise|criticism|publicity|popularity|recognition)|(?:heavily|widely|strongly|highly|much|well|poorly|badly)\s+(?:criticized|criticised|praised|regarded|respected|received|acclaimed|reviewed|publici[sz]ed)|(?:another\s+|(?<=\b(?:a|the)\s+))(?:common|frequent|popular)\s+(?:criticism|complaint|view|belief|misconception|argument|theory|perception))\b/giu,
  }),
  // A list that trails off into an unnamed rest ("X, Y and other critics", "among others").
  rule({
    ...VAGUE,
    label: 'Vague wording',
    starts: words('other among'),
    re: /(?<=,[^.;:!?]{0,80}\b(?:and|or|as\s+well\s+as)\s+)other\s+(?!than\b)\p{L}+|\bamong\s+others\b/giu,
    notAfter: /\b(?:he|she|her|him|his|they|them|their|we|us|our)\s+(?:and|or)\s+$/i,
  }),
  // Unnamed authorities as a group: "several studies", "many historians".
  rule({
    ...VAGUE,
    label: 'Vague attribution',
    starts: words('several various numerous many some most other few'),
    re: /\b(?:several|various|numerous|many|some|most|other|few)\s+(?:[\p{L}-]+\s+)?(?:studies|books|sources|scholars|reports|critics|historians|experts|commentators|authors|writers|researchers|scientists|observers|analysts|academics|theorists|economists)\b/giu,
  }),
];
