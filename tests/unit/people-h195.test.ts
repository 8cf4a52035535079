import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';
import { lookup } from './support/mention-at';

/** Session 30 (issue 18), on sentences written for this file: people named once in web text and e-mail, and things that are not. */
const people = (text: string) => mentionsOf('person', text, lookup);

describe('a message signed with a dash and initials (signature.ts dashedSignOffs)', () => {
  it('a hyphen glued to one to three letters, or a long dash, alone on the line: the writer', async () => {
    expect(await people('Call me when you land.\n-Q')).toEqual(['Q']);
    expect(await people('Do not pay them a penny.\n----rvk\nTamsin, do we have concerns here?')).toContain('rvk');
    expect(await people('That is the whole story.\n\n\u2014 JT')).toEqual(['JT']);
  });

  it('a list of items each after a dash, a bullet with its space, an acronym or an everyday word: no one', async () => {
    expect(await people('Services offered:\n- SEO\n- PPC\n- CRO')).toEqual([]);
    expect(await people('What we cover:\n-QA\n-UX\n-Ops')).toEqual([]);
    expect(await people('Pack these.\n- T\nThen go.')).toEqual([]);
    expect(await people('We shipped it.\n-FAQ')).toEqual([]);
    expect(await people('We shipped it.\n-Etc.')).toEqual([]);
    expect(await people('We shipped it.\n-soy')).toEqual([]);
  });
});

describe('"him" as the object of the name\'s own verb is somebody else (pronoun-evidence.ts)', () => {
  it('a one-word name whose only sign is "him" after its own verb is no person', async () => {
    expect(await people('We agreed that Quorvane would pay him the full amount.')).toEqual([]);
    expect(await people('In the end Brevix would owe him twice that sum.')).toEqual([]);
  });

  it('"he", "his" or "her" after the name, or "him" in another clause, still make a person', async () => {
    expect(await people('Yesterday Tarvell insisted that he had paid the full amount.')).toEqual(['Tarvell']);
    expect(await people('Yesterday Tarvell admitted that the board had paid him twice.')).toEqual(['Tarvell']);
  });
});

describe("a speech verb's participle right after a capitalised word is no sign of a person without a comma or an auxiliary (person-evidence.ts speechAfter)", () => {
  it('"Thought adding a comment", "Worth mentioning is", "Original reporting": no person', async () => {
    expect(await people('Thought adding a comment would save someone the trip.')).toEqual([]);
    expect(await people('The chips are fast. Worth mentioning is the battery.')).toEqual([]);
  });

  it('", adding", "is saying", "said": still a person', async () => {
    expect(await people('The rule is fair, Tarvell said.')).toEqual(['Tarvell']);
    expect(await people('Quorbel is saying the rule is fair.')).toEqual(['Quorbel']);
    expect(await people('The bill passed. Tarvell, adding that the vote was close, left early.')).toEqual(['Tarvell']);
  });
});

describe("the line before a name is not the name's clause (person-evidence.ts speechBefore)", () => {
  it("a speech verb ending the line before makes no person of the next line's word", async () => {
    expect(await people('The site is new, so send me your suggestions and comments\nReply')).toEqual([]);
  });

  it('a byline\'s "by" ending its line still does, and so does a speech verb on the same line', async () => {
    expect(await people('The match report.\nWritten by\nTrevan Quillfeather')).toEqual(['Trevan Quillfeather']);
    expect(await people('"It is fair," says Tarvell.')).toEqual(['Tarvell']);
  });
});

describe('a signature line whose telephone number is written with a slash (signature.ts)', () => {
  it('"713/853-5025" is a contact as "713-853-5025" is: the name is the line\'s first words, not a surname alone', async () => {
    expect(await people('Please handle.\nDervla T. Oakes Litigation Unit, Quillon Corp. 713/555-5025 EB4809')).toEqual(['Dervla T. Oakes']);
  });
});

describe('initials written without their stops before a surname (initials.ts)', () => {
  it("after a title or role, before a speech verb, or alone on a message's last line: the person's name, initials and all", async () => {
    expect(await people('The district police chief KQ Tarvell named the man on Monday.')).toEqual(['KQ Tarvell']);
    expect(await people('Late on Monday QZ Orvane said the talks had failed.')).toEqual(['QZ Orvane']);
    expect(await people('Floods took many lives this week.\nV Q Quillfeather')).toEqual(['V Q Quillfeather']);
  });

  it('an acronym before a word with no such sign, a heading, or a word that is no surname: no person', async () => {
    expect(await people('Shares of QZ Orvane rose on Monday.')).toEqual([]);
    expect(await people('V Model\nThe V model is an old one.')).toEqual([]);
    expect(await people('Cash flow matters. REI Hub-specific reports like these help.')).toEqual([]);
    expect(await people('The police chief UN Orvane said it.')).toEqual([]);
  });
});

describe('display names before an e-mail address (email-names.ts, thing-appositive.ts quotedTitle)', () => {
  it('a one-word given name quoted before the address is the sender, not a quoted title', async () => {
    expect(await people('Email: "Andre"<webmas...@example.com>\nI like silk.')).toEqual(['Andre']);
  });

  it('a display name in lower case whose word the address spells: the sender', async () => {
    expect(await people('Email: "orvik t. quillfeather"<quillfe...@example.com>\nHello all.')).toEqual(['orvik t. quillfeather']);
  });

  it('a quoted name without an address, everyday words, or words the address does not spell: no person', async () => {
    expect(await people('I love the song "Andre" by them.')).toEqual([]);
    expect(await people('Email: "the cat album"<thecatalbum@example.com>\nHello.')).toEqual([]);
    expect(await people('Email: "orvik quillfeather"<info@example.com>\nHello.')).toEqual([]);
  });
});

describe('a word shouted in capitals between a subject and its "he" or "she" (pronoun-evidence.ts STOP)', () => {
  it('does not stand for the pronoun: the subject is the person', async () => {
    expect(await people('Quorbel does an AMAZING JOB, she is always learning new things.')).toEqual(['Quorbel']);
  });

  it('a capitalised word between still may: no person for the subject', async () => {
    expect(await people('Quorvex is convinced that Tamsin holds the key to her theory.')).not.toContain('Quorvex');
  });
});
