/**
 * The dispute cues of lib/claims/disputes.ts and the denial forms added to ./cues.ts: each rule
 * on invented sentences it must flag and on near misses it must leave alone. (The judged fixture
 * in tests/fixtures/claims-judged.json measures them on real news: `npm run eval -- claims`.)
 */
import { describe, expect, it } from 'vitest';
import { findClaims, type ClaimContext } from '../../lib/claims/index';

// The rules' language is tested with every rule running: most of these are not shown on a page
// (lib/claims HIDDEN_RULES: too few judged flags to tell their precision), which
// tests/unit/claims.test.ts checks.
const NEWS: ClaimContext = { quotes: [], entities: [], records: new Map(), allKinds: true };
const kinds = (text: string) => [...new Set(findClaims(text, NEWS).flatMap((c) => c.kinds))].sort();

describe('reported speech that makes a charge (accused-of, shown)', () => {
  const ruled = (text: string) => findClaims(text, NEWS).flatMap((c) => c.rules?.allegation ?? []);
  it('flags "accused … of", the passive, and "alleged that"', () => {
    expect(ruled('Grisham also accused the Democrats of being blinded by their hatred.')).toContain('accused-of');
    expect(ruled('Peacekeepers have sometimes been accused of hurting civilians.')).toContain('accused-of');
    expect(ruled('Swift posted on Twitter, accusing Big Machine of trying to stop her.')).toContain('accused-of');
    expect(ruled('The Democrats are alleging that the call was improper.')).toContain('accused-of');
  });
  it('leaves a negated or impossible charge, and the nouns to the hidden rule', () => {
    expect(ruled('The senator has never accused the board of fraud.')).toEqual([]);
    expect(ruled('It cannot be accused of infringement.')).toEqual([]);
    expect(ruled('The accused was taken to court.')).not.toContain('accused-of');
    expect(ruled('The allegations against him were dropped.')).not.toContain('accused-of');
  });
});

describe('name-calling is an accusation', () => {
  it('flags an insult with quotation marks, adjectives and "as a"', () => {
    expect(kinds('Cruz called Trump a "pathological liar" on Tuesday.')).toEqual(['allegation']);
    expect(kinds('Black Lawmakers Rip Donald Trump As A \u2018Disgusting Fraud.\u2019')).toEqual(['allegation']);
    expect(kinds('The senator described the governor as a crook.')).toEqual(['allegation']);
  });
  it('leaves a description that is no insult', () => {
    expect(kinds('She described the plan as a success.')).toEqual([]);
    expect(kinds('They called the lawyer a friend of the family.')).toEqual([]);
  });
});

describe('the writer marks a claim as unproven', () => {
  it('flags "without evidence", "falsely", "offered no proof" and an unfounded theory', () => {
    expect(kinds('Trump claimed, without evidence, that millions voted illegally.')).toEqual(['allegation']);
    expect(kinds('The mayor falsely said the bridge had been inspected.')).toEqual(['allegation']);
    expect(kinds('He offered no proof that the votes were changed.')).toEqual(['allegation']);
    expect(kinds('The group spread a baseless conspiracy theory about the vaccine.')).toEqual(['allegation']);
  });
  it('leaves an honest mistake and a negated verdict', () => {
    expect(kinds('The state incorrectly stated the number of voters.')).toEqual([]);
    expect(kinds('He did not speak without evidence.')).toEqual([]);
  });
  it('a theory the clause rejects is a denial, not also an allegation', () => {
    expect(kinds('He said he rejected the baseless theory that the vote was rigged.')).toEqual(['denial']);
  });
});

describe('court papers and vague reports', () => {
  it('flags what a lawsuit or complaint says', () => {
    expect(kinds('The company hid the defect for years, according to the lawsuit.')).toEqual(['allegation']);
    expect(kinds('He fired two shots, according to a criminal complaint filed Monday.')).toEqual(['allegation']);
  });
  it('flags reports nobody is named for, not a named outlet\u2019s report', () => {
    expect(kinds('According to media reports, the minister resigned.')).toEqual(['hedged']);
    expect(kinds('The toll may be higher, with some reports suggesting 200 dead.')).toEqual(['hedged']);
    expect(kinds('According to reports by Reuters, the minister resigned.')).toEqual([]);
  });
  it('reads the verb after "reports" in its forms (lib/text/words.ts), not a noun that starts like one', () => {
    const hedges = (text: string) => findClaims(text, NEWS).flatMap((c) => c.rules?.hedged ?? []);
    expect(hedges('Some reports alleging fraud circulated on Monday.')).toContain('vague-reports');
    expect(hedges('Earlier reports have indicated a delay.')).toContain('vague-reports');
    // "the reports [that] claimants filed": no verb of the reports (a stem "claim…" took it for one).
    expect(kinds('Earlier reports claimants filed were lost in the fire.')).toEqual([]);
  });
});

describe('denials without "deny"', () => {
  it('flags disputing that, rejecting a theory, calling it false, and pleas', () => {
    expect(kinds('They also disputed that anyone had a problem with the deal.')).toEqual(['denial']);
    expect(kinds('Giuliani raised, and I rejected, the conspiracy theory about the firm.')).toEqual(['denial']);
    expect(kinds('The spokesman called it baseless.')).toEqual(['denial']);
    expect(kinds('She pleaded not guilty on Monday.')).toEqual(['denial']);
    expect(kinds('He has maintained his innocence since 2015.')).toEqual(['denial']);
  });
  it('leaves a dispute nobody makes and "called it ridiculous" of a plan', () => {
    expect(kinds('Nobody disputes that the bridge is old.')).toEqual([]);
    expect(kinds('The senator did not reject the report.')).toEqual([]);
    expect(kinds('The mayor called it ridiculous to close the park.')).toEqual([]);
  });
  it('reads "disputes that" as the verb after a subject, as the noun after an article, a preposition or a gerund', () => {
    expect(kinds('The company disputes that it owed any tax.')).toEqual(['denial']);
    expect(kinds('Moscow disputes that account of the talks.')).toEqual(['denial']);
    // Seen on a legal-services page of wcxb-dev (tuning documents): the noun with its relative clause.
    expect(kinds('A written agreement helps in settling disputes that may arise over money.')).toEqual([]);
    expect(kinds('The court hears the disputes that arise between landlords and tenants.')).toEqual([]);
    expect(kinds('Mediation is used in disputes that involve neighbours.')).toEqual([]);
  });
});

describe('a lone unnamed expert or executive', () => {
  it('is an unnamed source', () => {
    expect(kinds('"He is not immune," said one legal expert.')).toEqual(['anonymous']);
    expect(kinds('Fees will rise, as one bank CEO told me.')).toEqual(['anonymous']);
  });
  it('but not when named next to it, nor a vague plural (a hedge)', () => {
    expect(kinds('"He is not immune," said one legal expert, Jane Doe.')).toEqual([]);
    expect(kinds('Experts say fees will rise.')).toEqual(['hedged']);
  });
});

describe('an insult word before a noun names no person', () => {
  it('leaves "a terrorist attack" and "a criminal case" alone', () => {
    expect(kinds('Police described the stabbing as a terrorist attack.')).toEqual([]);
    expect(kinds('Prosecutors called it a criminal case like any other.')).toEqual([]);
    expect(kinds('The senator called him a criminal.')).toEqual(['allegation']);
  });
});

describe('allegations and denials in reported speech (issue 17, second round)', () => {
  it('flags calling someone a liar or counting their lies, not a denial of it', () => {
    expect(kinds('The senator is a serial liar, the ad says.')).toEqual(['allegation']);
    expect(kinds('Holt must challenge him on every lie he utters.')).toEqual(['allegation']);
    expect(kinds('The senator is no liar.')).toEqual([]);
    expect(kinds('The senator is not a liar.')).toEqual([]);
    expect(kinds('The lie of the land favours the defence.')).toEqual([]);
  });
  it('flags a verdict of wrongdoing, not praise or a call for something', () => {
    expect(kinds('An officer described the call as \u201cimproper.\u201d')).toEqual(['allegation']);
    expect(kinds('Critics called the deal illegal and corrupt.')).toEqual(['allegation']);
    expect(kinds('She called for illegal dumping to be fined.')).toEqual([]);
    expect(kinds('She described the plan as a success.')).toEqual([]);
  });
  it('flags the charges against someone and being investigated for something', () => {
    expect(kinds('He faces prison if convicted of all the charges against him.')).toEqual(['allegation']);
    expect(kinds('He has been investigated by Congress for promoting the pills.')).toEqual(['allegation']);
    expect(kinds('Prosecutors brought no charges against him.')).toEqual([]);
  });
  it('flags disputing a notion, calling the case a sham, and a charge called debunked or not credible', () => {
    expect(kinds('Volker disputed the notion that he had run a side channel.')).toEqual(['denial']);
    expect(kinds('The White House called the impeachment process a sham.')).toEqual(['denial']);
    expect(kinds('The central allegation has again been completely debunked, she said.')).toEqual(['denial']);
    expect(kinds('"The allegations against Vice President Biden are self-serving and not credible," he said.')).toEqual(['denial']);
    expect(kinds('He disputed the ruling in court.')).toEqual([]);
    expect(kinds('They called the meeting a success.')).toEqual([]);
  });
  it('reads "claiming" and "X claims" as a statement only when something is stated', () => {
    expect(kinds('The RNC is filing a complaint with the board on Monday, claiming that the aide had a conflict of interest.')).toEqual(['allegation']);
    expect(kinds('Acme claims its method was tested.')).toEqual(['allegation']);
    expect(kinds('Ninja claims \u201cHotter Brewing Technology\u201d for its new boiler.')).toEqual([]);
    expect(kinds('Players score points by claiming routes with train cards.')).toEqual([]);
    expect(kinds('You may claim it with one of your meeples.')).toEqual([]);
  });
});
