import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup, mentionAt } from './support/mention-at';

/**
 * Person evidence added for issue 18, item 1, on sentences written for this file (no labelled set's):
 * a middle initial, a regnal number, particles after a title, a role in an appositive after a
 * one-word name, a title before a name inside a longer capitalised run, and two one-word names
 * joined by "and" — and the look-alikes that stay what they are.
 */
const person = async (text: string, surface: string) => {
  const r = await mentionAt(text, surface);
  return r.e?.type === 'person' ? r.e : undefined;
};
const people = async (text: string) =>
  (await findEntities(text, lookup)).entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));

describe('person evidence (issue 18)', () => {
  it('a given name, a middle initial and a surname is one person, and the surname follows', async () => {
    const text = 'The council hired Harriet P. Okonkwo last spring. Okonkwo will start on Monday.';
    const e = await person(text, 'Harriet P. Okonkwo');
    expect(e?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Harriet P. Okonkwo', 'Okonkwo']);
  });

  it('an initialled name inside a longer capitalised name is no person', async () => {
    expect(await people('The first flights left from Dorothy K. Fairweather Airport at dawn.')).toEqual([]);
  });

  it('a regnal number belongs to the name after a title', async () => {
    // Found as the titled person it is (the name finder's own evidence), numeral and all.
    expect((await person('Coins of the old king Osric II were found under the floor.', 'Osric II'))?.why).toContain('title');
    expect((await person('The envoy of queen Aelfrida I arrived by sea.', 'Aelfrida I'))?.why).toContain('title');
  });

  it('particles after a title open the name', async () => {
    const e = await person('Colonel van Oosterhout ordered the retreat at dusk.', 'van Oosterhout');
    expect(e?.why).toContain('title');
  });

  it('a one-word name with a role in an appositive after it', async () => {
    expect(await person('Dragomirova, a nurse from the valley, said the ward was full.', 'Dragomirova')).toBeDefined();
    // A place's or a firm's description is no role.
    expect(await person('Zellbrook, a town of 4,000 people, voted to close the pool.', 'Zellbrook')).toBeUndefined();
  });

  it('a possessive of a life is a person whatever stands before it', async () => {
    expect(await person("The documentary follows the collapse of Varnadoe's career in the 1990s.", 'Varnadoe')).toBeDefined();
  });

  it('a possessive of what only a person has — friends, a résumé, kin in the plural, a tomb', async () => {
    expect(await person("Rosane was the daughter of one of Quorbelle's friends.", 'Quorbelle')).toBeDefined();
    expect(await person("Ask him to get Sungvar 's resume and start a file on him.", 'Sungvar')).toBeDefined();
    expect(await person("Pilgrims visit Ashvaran's tomb every spring.", 'Ashvaran')).toBeDefined();
    // A firm's or a place's possessions are no person's.
    expect(await person("Zellbrook's fleet and Zellbrook's staff grew.", 'Zellbrook')).toBeUndefined();
  });

  it('the object of a verb only a person is the object of — arrested, detained, kidnapped — is a person, its surname after it too', async () => {
    const text = 'Army arrested Ghulam Mohiuddin Lone, a LeT man, from the district.\nDuring the interrogation, Lone confessed.';
    expect(await people(text)).toEqual(['Ghulam Mohiuddin Lone', 'Lone']);
    expect(await person('Police detained Varnadoe after the march.', 'Varnadoe')).toBeDefined();
  });

  it('the plural honorifics "Drs." and "Messrs." before a name', async () => {
    expect((await person('Dentist you can trust.\nDrs. Quorbel work wonders.', 'Quorbel'))?.why).toContain('title');
    expect(await people('Messrs. Quorbel and Vantress agreed.')).toEqual(['Quorbel', 'Vantress']);
  });

  it('"the late" before a name: one who has died', async () => {
    expect((await person('He thanked the late Quorbel for the idea.', 'Quorbel'))?.why).toContain('the late');
    expect(await people('The tune was written by the late Jan Vorst in 1990.')).toEqual(['Jan Vorst']);
    expect(await people('We watched the Late Show on Friday.')).toEqual([]);
  });

  it('a given name after "from", "to" or "with" is a person, not when it qualifies a noun', async () => {
    expect(await person('She took the advice she got from Rosalind, and it worked.', 'Rosalind')).toBeDefined();
    expect(await person('The contract for Rosalind talks was drafted on Tuesday.', 'Rosalind')).toBeUndefined();
  });

  it('after "<title> of" and one word of office, the name', async () => {
    expect((await person('Reporters waited for Minister of Fisheries Tavita Leauma outside.', 'Tavita Leauma'))?.why).toContain('title');
    expect(await people('Reporters waited for Minister of Fisheries Tavita Leauma outside.')).toEqual(['Tavita Leauma']);
  });

  it('a role word before a one-word name inside a longer run', async () => {
    expect(await person('Letters reached the governor Matilda of Brennholt in the spring.', 'Matilda')).toBeDefined();
  });

  it('two one-word names joined by "and": two given names, or a verb after both', async () => {
    expect(await people('On the ferry, Priscilla and Edmund shared a table.')).toEqual(['Priscilla', 'Edmund']);
    expect(await people('By noon, Okafor and Lindqvist had quietly signed the papers.')).toEqual(['Okafor', 'Lindqvist']);
    expect(await people('At the inquest, Okafor and Lindqvist testified for an hour.')).toEqual(['Okafor', 'Lindqvist']);
    // Examples of a kind of people.
    expect(await people('Several economists, such as Marlowe and Brandt, warned of a slump.')).toEqual(['Marlowe', 'Brandt']);
    // Not after "the", not firms listed as market players, not a church, a museum or a firm named after two people.
    expect(await people('The marsh between the Osterholm and Kellby flooded in January.')).toEqual([]);
    expect(await people('Funds such as Fortmere and Caldwyn bought the debt.')).toEqual([]);
    expect(await people('The choir sang at St. Stephen and Mary on Sunday.')).toEqual([]);
    expect(await people('We queued outside the Victoria and Albert Museum for an hour.')).toEqual([]);
  });

  it('a given name alone on its line with a full stop signs a message; not after "St." nor an everyday word', async () => {
    expect(await people('Thanks for all your help today.\nSophie.')).toEqual(['Sophie']);
    expect(await people('The residency meets in Minneapolis-St. Sophie.\nKnow before you enroll.')).toEqual([]);
    // A given name that is an everyday word, alone with a full stop, is no signature.
    expect(await people('What do we need now?\nGrace.')).toEqual([]);
  });

  it("two name-shaped words right before a role are the role's qualifiers, not a person", async () => {
    expect(await people('Yesterday Radical Zorbic leader Omar Tanis spoke.')).toEqual(['Omar Tanis']);
    expect(await people('Yesterday Radical Zorbic, a leader, spoke.')).toEqual(['Radical Zorbic']);
  });

  it('a blog footer that names the poster as the blog posted to names no person ("Posted by Hidden Nook to Hidden Nook at …")', async () => {
    expect(await people('Nice post.\n--\nPosted by Velvet Nook to Velvet Nook at 3/9/2005 11:16:00 PM')).toEqual([]);
    // A poster who is not the blog stays a person.
    expect(await people('Nice post.\n--\nPosted by Tarlo Vennick to Garden Notes at 3/9/2005 11:16:00 PM')).toEqual(['Tarlo Vennick']);
  });
});

describe('a verdict after "was" is no verb of a life', () => {
  it('"Pudding was good.": no person; "Kelbrin was born …" stays one', async () => {
    const people = async (text: string) => (await findEntities(text, lookup)).entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(await people('We ate late. Pudding was good.')).toEqual([]);
    expect(await people('We ate late. Marzipan was really awesome.')).toEqual([]);
    expect(await people('We ate late. Kelbrin was born in a village nearby.')).toEqual(['Kelbrin']);
  });
});

describe('an interjection opening a sentence is no part of a name', () => {
  it('"Wow Marta Olberg said …": the name without "Wow"', async () => {
    const people = async (text: string) => (await findEntities(text, lookup)).entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(await people('Wow Marta Olberg said that?')).toEqual(['Marta Olberg']);
    expect(await people('Okay Dana Kelbrin said no.')).toEqual(['Dana Kelbrin']);
  });
});
