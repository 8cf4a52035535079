import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';
import { lookup } from './support/mention-at';
import { findEntities } from '../../lib/entities';

/** Display names before e-mail addresses (lib/entities/email-names.ts), on lines written for this file. */
const people = (text: string) => mentionsOf('person', text, lookup);

describe('names before e-mail addresses (issue 18)', () => {
  it('a quoted display name, surname first or given name first, is a person', async () => {
    expect(await people('"Quarrington, Delphine" <dq@example.org>\nThe minutes are attached.')).toEqual(['Quarrington, Delphine']);
    expect(await people('From: "Osric Vellacott" <ov@example.org>')).toEqual(['Osric Vellacott']);
  });

  it('a Lotus Notes address opening its line: the name before "/ORG@"', async () => {
    expect(await people('03/29/2001 09:01 AM\nQuorbel Vantress/ACME@acmeXgate\n03/28/2001 05:09 PM')).toEqual(['Quorbel Vantress']);
    expect(await people('Please send it to kent.vantress@example.org today.')).toEqual([]);
  });

  it('Lotus Notes addresses listed after a label or a comma, with one or two "/SITE" parts, are people', async () => {
    const text = 'To: Quorbel Vantress/HOU/ACME@ACME, Dervla Oakes/NA/Acme@Acme\ncc: Orla Pennick/Corp/Acme@ACME\nSubject: gas';
    expect(await people(text)).toEqual(['Quorbel Vantress', 'Dervla Oakes', 'Orla Pennick']);
  });

  it('a Lotus Notes name glued to its organisation by "@": the mention takes the address\'s token whole, the name is the words before', async () => {
    const text = '03/29/2001 09:01 AM\nQuorbel Vantress@ACME\n03/28/2001 05:09 PM\nVantress agreed.';
    expect(await people(text)).toEqual(['Quorbel Vantress@ACME', 'Vantress']);
    const { entities } = await findEntities(text, lookup);
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Quorbel Vantress']);
  });

  it('an unquoted name after a label, and the address in lower case does not make the surname an everyday word', async () => {
    expect(await people('Email: Bryony Tallis <tallis@example.org>')).toEqual(['Bryony Tallis']);
  });

  it('an address book\'s "Surname, Given" entry quoted alone on its line is the person, whole; not without a given name', async () => {
    expect(await people('Re: the game\n"Quarrington, Delphine"\nyou want to watch it?')).toEqual(['Quarrington, Delphine']);
    expect(await people('Re: the film\n"Quarrington, Texas"\nwe watched it.')).toEqual([]);
  });

  it('a firm, a domain, an acronym or a title of something before an address is no person', async () => {
    expect(await people('"The Garden Journal" <info@example.org>\n"example.org" <x@example.org>\n"QRT" <q@example.org>')).toEqual([]);
  });
});
