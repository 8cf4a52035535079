/**
 * The margins of the hedge cues: whose voice a hedge is in, quantifiers with a definite referent,
 * naming versus reputation, and the new unattributed-judgement and superlative cues. Sentences
 * here are invented; the dev data stays in ../shared.
 */
import { describe, expect, it } from 'vitest';
import { findClaims, type ClaimContext } from '../../lib/claims/index';
import { attributedToNamedSpeaker } from '../../lib/claims/voice';

const EMPTY: ClaimContext = { quotes: [], entities: [], records: new Map() };
const flagged = (text: string) => findClaims(text, EMPTY).length > 0;
const reasons = (text: string) => findClaims(text, EMPTY).map((c) => c.reason).join(' | ');
const whole = (text: string) => ({ start: 0, end: text.length });

describe('voice: hedges attributed to a named speaker are the speaker\u2019s', () => {
  it('recognises named speakers before and after the reporting verb', () => {
    for (const t of [
      'Many of the bridges need repair, Smith said.',
      'Jones told reporters that the plan would probably fail.',
      'The bridge will probably close, according to Smith.',
      'Most of the money was spent, said Mr. Jones.',
      'She added that many voters were unhappy.',
    ]) expect(attributedToNamedSpeaker(t, whole(t)), t).toBe(true);
  });

  it('does not take vague groups or quantifiers for speakers', () => {
    for (const t of ['Many said the bridge was unsafe.', 'Critics said the plan would fail.', 'Some argued it was too late.', 'Officials said it was closed.'])
      expect(attributedToNamedSpeaker(t, whole(t)), t).toBe(false);
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
    expect(findClaims('The firm claimed that the loss was caused by fraud.', EMPTY)[0]?.kinds).toEqual(['allegation']);
  });
});
