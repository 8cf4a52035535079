import { alt, NEGATED, oneOf, orNegated, rule, verbForms, words, type CueRule } from './cue-rule';
import { inflect, speechAlternation } from '../text/speech-verbs';

/**
 * More of the news cue lexicon (./cues.ts has the core): how a writer tells the reader that a
 * claim is disputed or unproven without the words "accuse" or "deny" — name-calling, a claim made
 * "without evidence", what court papers say, and vague "reports".
 * Found by listing the judged fixture's missed sentences on its tuning documents only
 * (tests/eval/claims-fixture.ts) and writing each cause as a rule about the language, not about
 * those sentences.
 */

const ALLEGATION = { kind: 'allegation', label: 'Allegation', extend: true } as const;

/** Words that accuse whom they name ("a liar", "a fraud"); not "dictator" or "collaborator", often description. */
export const INSULT = oneOf(
  'liar fraud crook criminal racist traitor charlatan quack con\\s+(?:man|artist) cheat thief murderer war\\s+criminal terrorist bigot sexual\\s+predator predator',
);

/** What calls an act or a person's conduct wrongful when it is said of it. */
const WRONGDOING = oneOf('improper illegal unlawful corrupt fraudulent unconstitutional racist criminal treasonous');

/**
 * The insult word used before a noun is no name for a person: "described it as a terrorist
 * attack", "called it a criminal case", "a fraud investigation".
 */
const NOT_A_PERSON =
  '(?![\\s-]+(?:attacks?|groups?|organi[sz]ations?|cells?|acts?|networks?|plots?|threats?|incidents?|cases?|investigations?|probes?|records?|justice|charges?|offen[cs]es?|courts?|law|lawyers?|defen[cs]e|activit(?:y|ies)|enterprises?|conspirac(?:y|ies)|trials?|schemes?|rings?|gangs?|suspects?)\\b)';

/** A quotation mark that may open a quoted insult: "a \"pathological liar\"". */
const OPEN = '["\u201c\u2018]?';

/** Court and police papers whose content is a charge, not a finding. */
const PAPERS = alt(
  'lawsuits?',
  'suits?',
  'complaints?',
  'indictments?',
  'affidavits?',
  'charging\\s+documents?',
  'court\\s+(?:papers|documents|filings?|records)',
  'police\\s+reports?',
  'arrest\\s+warrants?',
  'search\\s+warrants?',
);

/**
 * Verbs of assertion a writer marks as unproven ("falsely claimed", "said without evidence"): the
 * speech verbs of lib/text/speech-verbs.ts that assert, in every form, the noun-like bare "claim", and "accuse".
 */
const ASSERTED = `(?:${speechAlternation(['claim', 'say', 'state', 'assert', 'suggest', 'insist', 'argue', 'tweet', 'charge', 'allege', 'contend', 'tell'])}|claim|accuse|${inflect('accuse').join('|')})`;

/** Kinds of report a writer leans on without naming who made them ("some reports", "media reports"). */
const VAGUE_REPORTS = '(?:some|other|unconfirmed|unverified|media|press|local|news|several|multiple|conflicting|earlier|initial|early)';

/** What such reports do ("reports suggest", "reports have indicated"): every form. */
const REPORTS_SAY = alt(speechAlternation(['say']), ...verbForms(['suggest', 'claim', 'allege', 'indicate']));

export const DISPUTE_RULES: CueRule[] = [
  // Reported speech that makes a charge: "X accused Y of …", "Y was accused of …", "the lawsuit alleges
  // that …". Only the verb with its "of" or "that" (the nouns and "allegedly" are ./cues.ts 'accuse'),
  // and not when negated ("has never accused him of", "cannot be accused of").
  rule({
    id: 'accused-of',
    ...ALLEGATION,
    starts: words('accus alleg'),
    re: /\b(?:accus(?:es|ed|ing)\s+(?:[\p{L}.'’-]+\s+){0,6}?of|alleg(?:es|ed|ing)\s+that)\b/giu,
    notAfter: orNegated(/\b(?:cannot|can['’]t|could\s+not|would\s+not|won['’]t)\s+be\s+$/),
  }),
  // Name-calling is an accusation: "called Oz a quack", "branded him \"a liar\"", "called Trump a
  // \"pathological liar\"", "rip Trump as a 'disgusting fraud'", "described him as a criminal".
  rule({
    id: 'name-calling',
    ...ALLEGATION,
    starts: words('call brand label dubb describ rip slam blast paint denounc'),
    re: new RegExp(
      '\\b' +
        alt(
          `(?:call(?:ed|ing|s)?|branded|labell?ed|dubbed|(?:describ(?:e|es|ed|ing)|rip(?:s|ped|ping)?|slam(?:s|med|ming)?|blast(?:s|ed|ing)?|paint(?:s|ed|ing)?)\\s+(?:[\\p{L}'\u2019.-]+\\s+){0,3}?as)\\s+(?:[\\p{L}'\u2019.-]+\\s+){0,3}?${OPEN}(?:a|an)\\s+${OPEN}(?:[\\p{L}-]+\\s+)?${OPEN}${INSULT}\\b${NOT_A_PERSON}`,
          // A verdict of wrongdoing: "described Trump's call as “improper”", "called the deal illegal".
          `(?:call(?:ed|ing|s)?|branded|labell?ed|denounc(?:e|es|ed|ing)|describ(?:e|es|ed|ing))\\s+(?:[\\p{L}'\u2019.-]+\\s+){1,5}?(?:as\\s+)?${OPEN}${WRONGDOING}\\b(?=["\u201d\u2019]|\\s*[,.;:!?]|\\s+and\\b|$)`,
        ),
      'giu',
    ),
  }),
  // Calling someone a liar ("is a serial liar", "is such an egregious liar") or counting their lies
  // ("every lie he utters"). The match opens at the rare "liar" / "lie" and looks back for the
  // common words before it, so those cost nothing where no liar follows.
  rule({
    id: 'lying',
    ...ALLEGATION,
    starts: words('liar lie'),
    re: new RegExp(
      '\\b' +
        alt(
          '(?<=\\b(?:is|was|are|were)\\s+(?!(?:not|no|never)\\b)(?:such\\s+)?(?:an?\\s+)?(?:\\p{L}+\\s+)?)liars?',
          '(?<=\\b(?:every|each|another|the|his|her|their)\\s+)lies?\\s+(?:that\\s+)?(?:he|she|they)\\s+(?:tells?|told|utters?|uttered)',
        ) +
        '\\b',
      'giu',
    ),
    notAfter: NEGATED,
  }),
  // The writer's own verdict on a claim: "falsely claimed", "an unfounded conspiracy theory", "the
  // debunked claim" (in a clause that denies it, the denial says it: ./index.ts CHARGE_NOUN).
  rule({
    id: 'falsely',
    ...ALLEGATION,
    label: 'Unproven claim',
    starts: words('falsely wrongly baselessly unfounded baseless debunked unproven'),
    re: new RegExp(
      '\\b' +
        alt(
          `(?:falsely|wrongly|baselessly)\\s+(?:\\p{L}+\\s+)?${ASSERTED}`,
          '(?:unfounded|baseless|debunked|unproven)\\s+(?:\\p{L}+\\s+)?(?:claims?|theor(?:y|ies)|allegations?|assertions?|rumou?rs?|accusations?)',
        ) +
        '\\b',
      'giu',
    ),
    notAfter: /(?:\b(?:not|never)|n['’]t)\s+$/i,
  }),
  // A claim made "without evidence" ("claimed, without evidence, that"): the match opens at the
  // rare "without", so the common verbs before it cost nothing where no "without" follows.
  rule({
    id: 'without-evidence',
    ...ALLEGATION,
    label: 'Unproven claim',
    starts: words('without'),
    re: new RegExp(
      `(?<=\\b${ASSERTED},?\\s+(?:\\p{L}+\\s+){0,3}?)without\\s+(?:(?:providing|offering|citing|presenting|giving|producing|any|supporting)\\s+){0,2}(?:evidence|proof)\\b`,
      'giu',
    ),
  }),
  // "offered no proof", "cited no evidence": found from the rarer "evidence" / "proof".
  rule({
    id: 'no-evidence',
    ...ALLEGATION,
    label: 'Unproven claim',
    anchor: { re: /evidence|proof/giu, groups: 3, words: ['evidence', 'proof'] },
    re: /\b(?:offer|provid|present|gave|giv|cit)\p{L}*\s+no\s+(?:\p{L}+\s+)?(?:evidence|proof)\b/giu,
    notAfter: /(?:\b(?:not|never)|n['’]t)\s+$/i,
  }),
  // What court and police papers say is a charge: "according to the lawsuit", "according to a
  // criminal complaint".
  rule({
    id: 'according-to-papers',
    ...ALLEGATION,
    starts: words('according'),
    re: new RegExp(`\\baccording\\s+to\\s+(?:the|a|an|court|federal|criminal|civil)\\s+(?:[\\p{L}-]+\\s+){0,2}?${PAPERS}\\b`, 'giu'),
  }),
  // Reports nobody is named for: "according to media reports", "some reports suggested".
  rule({
    id: 'vague-reports',
    kind: 'hedged',
    label: 'Vague attribution',
    // Every match holds "reports", at most four words after where it opens.
    anchor: { re: /reports/giu, groups: 4, words: ['reports'] },
    re: new RegExp(
      '\\b' +
        alt(
          `according\\s+to\\s+(?:${VAGUE_REPORTS}\\s+){0,2}reports(?!\\s+(?:by|from|in|on|of)\\b)`,
          `${VAGUE_REPORTS}\\s+reports\\s+(?:have\\s+|had\\s+)?${REPORTS_SAY}`,
        ) +
        '\\b',
      'giu',
    ),
  }),
];
