import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';
import { lookup } from './support/mention-at';

/**
 * One-word people in encyclopaedic prose with no other cue in their sentence (issue 18): cast "as" a role only a person holds
 * (lib/entities/as-role.ts), the subject of a present tense only people take (life-subject.ts), the object of a verb of a life in
 * -ing (person-evidence.ts PERSON_OBJECT_VERBS), a possessive of works and of what science names after its finder (person-nouns.ts).
 * Guards: no person after "nearby" (name-scan.ts), nor a band or a firm before "who" (firm-who.ts). Sentences written for this file.
 */
const people = (text: string) => namesOf('person', text, lookup);

describe('a name cast "as" a role only a person holds', () => {
  it('after a verb, with an article or none, or as one of a plural of the role', async () => {
    expect(await people('The museum chose Quarrender as the architect of the new wing.')).toContain('Quarrender');
    expect(await people('The club named Velzimov as coach for the season.')).toContain('Velzimov');
    expect(await people('The society lists Brelvash as one of the founders of the movement.')).toContain('Brelvash');
  });

  it('not a role a firm, a body or a state holds as often, nor the object of a preposition', async () => {
    expect(await people('The network picked Quorvix as a partner for the launch.')).not.toContain('Quorvix');
    expect(await people('The studio chose Brelvane as producer of the series.')).not.toContain('Brelvane');
    expect(await people('She had been signed to Zorvane as a songwriter.')).not.toContain('Zorvane');
  });
});

describe('the subject of a present tense only people take', () => {
  it('a plot or a life told in the present', async () => {
    expect(await people('After the storm, Quarrender meets a sailor on the shore.')).toContain('Quarrender');
    expect(await people('Before the war ends, Velzimov decides to accept the offer.')).toContain('Velzimov');
    expect(await people('Brelvash incorrectly remarks that the road was older.')).toContain('Brelvash');
  });

  it('not a present tense firms and markets take', async () => {
    expect(await people('Quorvix becomes the first company to ship the chip.')).not.toContain('Quorvix');
    expect(await people('Zorvane falls three percent in early trading.')).not.toContain('Zorvane');
  });
});

describe('the object of a verb of a life in -ing', () => {
  it('kidnapping, arresting, marrying', async () => {
    expect(await people('The gang was jailed for kidnapping Quarrender in 1998.')).toContain('Quarrender');
    expect(await people('Police were criticised for arresting Velzimov at the border.')).toContain('Velzimov');
  });

  it('not a program executed', async () => {
    expect(await people('The server keeps executing Brelvane scripts every hour.')).not.toContain('Brelvane');
  });
});

describe('a possessive of works or of what science names after its finder', () => {
  it('plays, works, an apology, a theorem, a constant', async () => {
    expect(await people('The first collected edition of Quarrender’s plays appeared in 1623.')).toContain('Quarrender');
    expect(await people('The Alexandrian edition of Velzimov’s works divided the poems into books.')).toContain('Velzimov');
    expect(await people('The council accepted Brelvash’s apology for the incident.')).toContain('Brelvash');
    expect(await people('The proof of Zorvath’s last theorem took three centuries.')).toContain('Zorvath');
  });

  it('not what a firm or a product owns', async () => {
    expect(await people('Quorvix’s killer feature is its battery.')).not.toContain('Quorvix');
    expect(await people('Brelvane’s campaign ran for six weeks on television.')).not.toContain('Brelvane');
  });
});

describe('no person where a place word or a group noun says what the name is', () => {
  it('a one-word name after "nearby" or "neighbouring" is a place, whatever verb follows', async () => {
    expect(await people('Tom Reilly, a baker from nearby Quorvane was walking home across the bridge.')).not.toContain('Quorvane');
    expect(await people('Traders from neighbouring Zorvath returned with grain.')).not.toContain('Zorvath');
  });

  it('a band or a firm named before a "who" or "whose" clause', async () => {
    expect(await people('In 1969 he formed the rock group Brelvane, whose best-known song came out in 1971.')).not.toContain('Brelvane');
    expect(await people('Fans of the band Quorvix, who toured Europe twice, waited for hours.')).not.toContain('Quorvix');
  });

  it('a person still, with such a clause and no group noun before the name', async () => {
    expect(await people('In 1969 he met Brelvash, whose best-known song came out in 1971.')).toContain('Brelvash');
  });
});
