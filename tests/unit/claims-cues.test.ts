/**
 * The margins of the hedge cues: whose voice a hedge is in, quantifiers with a definite referent,
 * naming versus reputation, and the new unattributed-judgement and superlative cues. Sentences
 * here are invented; the dev data stays in ../shared.
 */
import { describe, expect, it } from 'vitest';
import { findClaims, type ClaimContext } from '../../lib/claims/index';
import { attributedToNamedSpeaker } from '../../lib/claims/voice';
import { WEASEL_RULES } from '../../lib/claims/weasel';

// The encyclopedic weasel tier is what these margins are about; news readers get it off (see below).
// Every rule runs, shown or not (lib/claims HIDDEN_RULES): these tests are about the rules' language.
const EMPTY: ClaimContext = { quotes: [], entities: [], records: new Map(), vague: WEASEL_RULES, allKinds: true };
const NEWS: ClaimContext = { quotes: [], entities: [], records: new Map(), allKinds: true };
const flagged = (text: string) => findClaims(text, EMPTY).length > 0;
const reasons = (text: string) =>
  findClaims(text, EMPTY)
    .map((c) => c.reason)
    .join(' | ');
const whole = (text: string) => ({ start: 0, end: text.length });

describe('voice: hedges attributed to a named speaker are the speaker\u2019s', () => {
  it('recognises named speakers before and after the reporting verb', () => {
    for (const t of [
      'Many of the bridges need repair, Smith said.',
      'Jones told reporters that the plan would probably fail.',
      'The bridge will probably close, according to Smith.',
      'Most of the money was spent, said Mr. Jones.',
      'She added that many voters were unhappy.',
    ])
      expect(attributedToNamedSpeaker(t, whole(t)), t).toBe(true);
  });

  it('does not take vague groups or quantifiers for speakers', () => {
    for (const t of ['Many said the bridge was unsafe.', 'Critics said the plan would fail.', 'Some argued it was too late.', 'Officials said it was closed.'])
      expect(attributedToNamedSpeaker(t, whole(t)), t).toBe(false);
  });

  it('takes "wrote" as speech only with "that": writing songs or books is authorship', () => {
    for (const t of ["He wrote many of the band's songs.", 'Suraiya writes the popular columns.']) expect(attributedToNamedSpeaker(t, whole(t)), t).toBe(false);
    const said = 'Smith wrote that many bridges need repair.';
    expect(attributedToNamedSpeaker(said, whole(said))).toBe(true);
  });

  it('drops writer-voice hedges in a named speaker\u2019s sentence, keeps them otherwise', () => {
    expect(flagged('Many of the bridges will probably need repair, Smith said.')).toBe(false);
    expect(flagged('Many of the bridges will probably need repair.')).toBe(true);
  });

  it('keeps accusations and denials whoever speaks', () => {
    expect(findClaims('Smith said the mayor had accused him of lying.', EMPTY)[0]?.kinds).toEqual(['allegation']);
    expect(findClaims('Jones denied the report, Smith said.', EMPTY)[0]?.kinds).toEqual(['denial']);
  });

  it('keeps a vague attribution even next to a named one', () => {
    expect(reasons('Smith said the tax would rise, but experts say it will fall.')).toMatch(/Vague attribution: "experts say"/);
  });
});

describe('quantifiers: vague crowd versus definite referent', () => {
  it('flags a quantifier that opens an unattributed generalisation', () => {
    expect(reasons('Some critics believe the museum is too expensive.')).toMatch(/"Some"|critics believe/);
    expect(reasons('The town hall was visited by some people who objected.')).toMatch(/Vague wording: "some"/);
  });

  it('does not flag a part of a named set or a quantity of time mid-sentence', () => {
    expect(flagged('The board approved some of the changes on Tuesday.')).toBe(false);
    expect(flagged('The company sold some of its factories to a rival.')).toBe(false);
    expect(flagged('The family lived in the valley for many years.')).toBe(false);
    expect(flagged('The mill closed on some weeks in winter.')).toBe(false);
  });
});

describe('naming, reputation, superlatives and unattributed judgements', () => {
  it('treats naming by a proper name as plain fact, reputation as a weasel', () => {
    expect(flagged('In 1992 the college became known as Riverside University.')).toBe(false);
    expect(reasons('The college is known for its award-winning choir.')).toMatch(/Vague wording: "is known"/);
  });

  it('flags unsourced superlatives with the ranking in the reason', () => {
    expect(reasons('The derby is among the most storied rivalries in sport.')).toMatch(/Unsourced superlative: "among the most"/);
    expect(reasons("She was one of the country's most admired lawyers.")).toMatch(/Unsourced superlative: "one of the country's most"/);
    expect(flagged('The lake lies west of one of the interest groups.')).toBe(false);
  });

  it('flags labels and judgements nobody is cited for', () => {
    expect(reasons('The singer is sometimes considered the first modern pop star.')).toMatch(/Unattributed judgement: "sometimes considered"/);
    expect(reasons('The film was heavily criticised on its release.')).toMatch(/Unattributed judgement: "heavily criticised"/);
    expect(reasons('A common misconception is that bats are blind.')).toMatch(/Unattributed judgement: "common misconception"/);
  });

  it('flags "may" as a hedge but not "might"/"could" counterfactuals', () => {
    expect(reasons('The decline may be due to the drought.')).toMatch(/Hedged: "may be"/);
    expect(flagged('Nobody could have predicted the flood.')).toBe(false);
  });

  it('does not read a claim FOR something as an assertion', () => {
    expect(flagged('The firm claimed a loss of $2 million in 2010.')).toBe(false);
    expect(flagged('Submit your nomination and claim your place among the leaders.')).toBe(false);
    expect(flagged('Three agencies claim respective jurisdictions over the tokens.')).toBe(false);
    expect(flagged('Something even dumbbells cannot claim.')).toBe(false);
    // The bare noun is a thing; the verb, "claims that" and an owner's claim are statements.
    for (const t of ['Shoppers trust research more than viral claims.', 'She works in claims management.', 'Emotional distress claims are complex.'])
      expect(flagged(t), t).toBe(false);
    for (const t of [
      "Politifact checked Trump's claim that shootings doubled.",
      'Andrew claims he never met her.',
      'The statement claimed that the deal was done.',
    ])
      expect(findClaims(t, NEWS)[0]?.kinds, t).toContain('allegation');
    expect(findClaims('The firm claimed that the loss was caused by fraud.', EMPTY)[0]?.kinds).toEqual(['allegation']);
  });
});

describe('weasel cues added for encyclopedic hedges (each with a plain twin)', () => {
  it('reads "It is possible/unlikely" at the start of a sentence, not only mid-sentence', () => {
    expect(reasons('It is possible that the canal was dug by hand.')).toMatch(/Vague wording: "It is possible"/);
    expect(reasons('It is unlikely that the tower will reopen.')).toMatch(/"It is unlikely"/);
    expect(flagged('It is a small canal dug by hand in 1820.')).toBe(false);
  });

  it('flags "is argued to", "was once thought to" and "supposed to have", not plans that fell through', () => {
    expect(reasons('The fresco was once thought to be a copy.')).toMatch(/no source given\): "was once thought to"/);
    expect(reasons('The sculpture is argued to be older than the chapel.')).toMatch(/"is argued to"/);
    expect(reasons('The miller was supposed to have hidden the gold in the well.')).toMatch(/"was supposed to"/);
    expect(flagged('The ferry was supposed to leave at noon but the crew was late.')).toBe(false);
  });

  it('flags "it is often said" and "it has been noted" with no one named', () => {
    expect(reasons('It is often said that the bridge was never finished.')).toMatch(/"It is often said"/);
    expect(reasons('It has been noted that the roof leaks in spring.')).toMatch(/"It has been noted"/);
    expect(flagged('It is noon and the bridge is closed.')).toBe(false);
  });

  it('flags findings with no study named, not a named one', () => {
    expect(reasons('Research has shown that the diet lowers blood pressure.')).toMatch(/Vague attribution: "Research has shown"/);
    expect(reasons('Studies suggest the lake is warming.')).toMatch(/"Studies suggest"/);
    expect(flagged("Dr. Okafor's research shows the lake is warming.")).toBe(false);
  });

  it('flags epistemic adverbs in the writer\u2019s voice only', () => {
    expect(reasons('The painter was evidently unhappy with the commission.')).toMatch(/Hedged: "evidently"/);
    expect(reasons('The plan was undoubtedly the best option.')).toMatch(/"undoubtedly"/);
    expect(flagged('The painter was evidently unhappy with the commission, Moreau said.')).toBe(false);
  });

  it('leaves degree words alone: in news they describe, they do not dispute', () => {
    // Tried as hedges: +0.005 weasel F1 for 5 more flagged news sentences in polnear.
    expect(flagged('The village was a fairly busy market town.')).toBe(false);
    expect(flagged('The species is relatively rare in the north.')).toBe(false);
  });

  it('flags a label offered as only possible ("could be interpreted", "can refer to")', () => {
    expect(reasons('The carving could be interpreted as a map of the valley.')).toMatch(/Hedged: "could be interpreted"/);
    expect(reasons('The word can refer to any small boat.')).toMatch(/"can refer to"/);
    expect(flagged('The boat can carry twelve passengers.')).toBe(false);
  });

  it('flags a list that trails off into "and other …" / "among others", not a single pair', () => {
    expect(reasons('The studio hired Ana Ruiz, Tom Berg, and other painters.')).toMatch(/Vague wording: "other painters"/);
    expect(reasons('The hall hosted concerts by the Riverside Band, among others.')).toMatch(/"among others"/);
    expect(flagged('The engine uses pistons and other moving parts.')).toBe(false);
    expect(flagged('On Monday, she and other parents met the principal.')).toBe(false);
  });

  it('flags "some sort of", not "some of the" of a named set', () => {
    expect(reasons('The guards had some sort of agreement with the smugglers.')).toMatch(/Vague wording: "some"/);
    expect(flagged('The guards signed some of the papers.')).toBe(false);
  });

  it('flags a debate whose parties go unnamed, not a plain "there is"', () => {
    expect(reasons('There is disagreement on how old the wall is.')).toMatch(/"There is disagreement"/);
    expect(reasons('Among historians there remains disagreement about the date.')).toMatch(/"there remains disagreement"/);
    expect(flagged('There is a museum next to the wall.')).toBe(false);
  });
});

describe('news default: quantifiers and peacock words alone are not contested claims', () => {
  it('leaves the weasel tier off unless asked for', () => {
    for (const t of [
      'Some called for her to step down after the vote.',
      'Many leaders of ethnic communities share these apprehensions.',
      'The derby is among the most storied rivalries in sport.',
      'The decline may be due to the drought.',
      'The painter was evidently unhappy with the commission.',
    ]) {
      expect(findClaims(t, NEWS), t).toEqual([]);
      expect(findClaims(t, EMPTY).length, t).toBeGreaterThan(0);
    }
  });

  it('keeps the hedges by which a news writer declines to vouch', () => {
    for (const t of [
      'The duo reportedly saw a similar bar in Las Vegas.',
      "It was not possible to independently verify the group's claim.",
      'The agency has not verified the authenticity of the emails.',
      'The suspect is believed to have fled the country.',
      'Critics say the drug raises blood pressure.',
    ])
      expect(
        findClaims(t, NEWS)
          .map((c) => c.kinds)
          .flat(),
        t,
      ).toContain('hedged');
  });
});

describe('a speaker calling something unverified is denying it, not the writer hedging', () => {
  const kinds = (t: string) => findClaims(t, NEWS).flatMap((c) => c.kinds);
  it('"called the charges unsubstantiated" is a denial only', () => {
    for (const t of [
      'The Trump campaign called the charges unsubstantiated and fabricated by disgruntled former employees.',
      'The ministry dismissed the reports as unverified.',
    ]) {
      expect(kinds(t), t).toContain('denial');
      expect(kinds(t), t).not.toContain('hedged');
    }
  });

  it('the writer\u2019s own "unconfirmed", "unverified" still hedge', () => {
    for (const t of ['According to unconfirmed reports, the minister resigned on Monday.', 'The video, which is unverified, shows the convoy.'])
      expect(kinds(t), t).toContain('hedged');
  });
});
