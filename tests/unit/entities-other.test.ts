import { describe, expect, it } from 'vitest';
import { aliasKey } from '../../lib/dataset/alias-key';
import { findEntities } from '../../lib/entities';
import { NAME_LEXICON, type NameLexicon } from '../../lib/entities/lexicon';
import type { DatasetEntity, DatasetLookup } from '../../lib/types';

/** A tiny dataset: two countries (one with an acronym alias) and an adjective. */
const data: DatasetEntity[] = [
  { id: 'country:ir', type: 'country', name: 'Ireland', aliases: ['Ireland'], facts: [{ label: 'Note', value: 'x', source: 't' }] },
  {
    id: 'country:as',
    type: 'country',
    name: 'American Samoa',
    aliases: ['American Samoa', 'AS'],
    acronyms: ['as'],
    facts: [{ label: 'Note', value: 'x', source: 't' }],
  },
  {
    id: 'country:kr',
    type: 'country',
    name: 'South Korea',
    aliases: ['South Korea'],
    adjectives: ['South Korean'],
    facts: [{ label: 'Note', value: 'x', source: 't' }],
  },
];

function lookup(entities: DatasetEntity[], lexicon: NameLexicon | null = NAME_LEXICON): DatasetLookup {
  const idx = new Map<string, DatasetEntity[]>();
  for (const e of entities) for (const a of [...e.aliases, ...(e.adjectives ?? [])]) idx.set(aliasKey(a), [...(idx.get(aliasKey(a)) ?? []), e]);
  return {
    byAliases: async (keys) => Object.fromEntries(keys.filter((k) => idx.has(k)).map((k) => [k, idx.get(k)!])),
    byDomain: async () => [],
    byIds: async (ids) => entities.filter((e) => ids.includes(e.id)),
    sources: async () => ({}),
    ...(lexicon ? { lexicon: async () => lexicon } : {}),
  };
}

async function names(text: string) {
  const { entities } = await findEntities(text, lookup(data));
  return entities.map((e) => ({
    type: e.type,
    name: e.name,
    fromDataset: e.fromDataset,
    mentions: e.mentions.map((m) => text.slice(m.start, m.end)),
    card: e.card,
  }));
}
const find = (list: Awaited<ReturnType<typeof names>>, name: string) => list.find((e) => e.name === name);

describe('names the dataset does not know', () => {
  it('types organisations and places by their head word, whichever end it stands at', async () => {
    const list = await names(
      'Officials from the Bank of England met staff of Columbia University and the Nottingham Journal near the Danube Delta and Lake Tana.',
    );
    expect(find(list, 'Bank of England')?.type).toBe('organization');
    expect(find(list, 'Columbia University')?.type).toBe('organization');
    expect(find(list, 'Nottingham Journal')?.type).toBe('organization');
    expect(find(list, 'Danube Delta')?.type).toBe('place');
    expect(find(list, 'Lake Tana')?.type).toBe('place');
    for (const e of list.filter((x) => !x.fromDataset)) {
      expect(e.card.fromArticle).toBe(true);
      expect(e.card.lines[0]).toMatch(/not in the Backstory dataset/);
    }
  });

  it('finds a person by a two-word name and follows the surname, and a place after "in"', async () => {
    const list = await names('The ships left in 1492, when Christopher Columbus sailed west. Columbus reached land. Weiss later lived in Bremen.');
    const p = find(list, 'Christopher Columbus');
    expect(p?.type).toBe('person');
    expect(p?.mentions).toEqual(['Christopher Columbus', 'Columbus']);
    expect(find(list, 'Bremen')?.type).toBe('place');
  });

  it('a compass word makes another place: "Northern Ireland" is not Ireland', async () => {
    const list = await names('Talks between Northern Ireland and Ireland resumed.');
    expect(find(list, 'Northern Ireland')?.type).toBe('place');
    expect(find(list, 'Northern Ireland')?.fromDataset).toBe(false);
    expect(find(list, 'Ireland')?.mentions).toEqual(['Ireland']);
  });

  it('leaves events, roles, groups, adjectives and sentence-initial words alone', async () => {
    const text =
      'The Arab Revolt began in 1916. He gained the title Holy Roman Emperor. Native Americans relied on it. ' +
      "South Korean officials met. However, Minister of State Jones left. Using radar, the crew landed. Europe's last dictator spoke.";
    const list = await names(text);
    for (const n of ['Arab Revolt', 'Holy Roman Emperor', 'Native Americans', 'South Korean', 'However', 'Minister of State', 'Using']) {
      expect(find(list, n), n).toBeUndefined();
    }
    // A possessive is no evidence of a kind; "Europe" is a place because the lexicon's known places list it.
    expect(find(list, 'Europe')?.type).toBe('place');
  });

  it('an acronym alias names its entity only in capitals', async () => {
    const lower = await names('As the day ended, the talks stopped.');
    expect(find(lower, 'American Samoa')).toBeUndefined();
    // (A country's acronym needs the country named otherwise: decide.ts.)
    const caps = await names('American Samoa sent a team. The AS delegation arrived.');
    expect(find(caps, 'American Samoa')?.mentions).toEqual(['American Samoa', 'AS']);
  });

  it('an institution named by its head word after "the", and an acronym the article spells out, are organisations', async () => {
    const list = await names('Republicans captured the Senate for the first time, and the Allied Democratic Forces fled. The ADF rebels regrouped.');
    expect(find(list, 'Senate')?.type).toBe('organization');
    expect(find(list, 'ADF')?.type).toBe('organization');
  });

  it('an acronym the article does not spell out as an organisation is no organisation', async () => {
    // "MRI" is never spelled out; "Search Engine Optimization" spells out SEO but names no organisation; "NZ" has two letters.
    const list = await names('The MRI scan showed nothing. Search Engine Optimization (SEO) matters, says the guide. Sales in AU and NZ rose.');
    for (const n of ['MRI', 'SEO', 'NZ']) expect(find(list, n), n).toBeUndefined();
    // Two letters count only as the initials of a name's last two words: "New Zealand Party" spells out NZP, not NZ.
    const two = await names('The Kiwi Bank and the New Zealand Party met. The KB said so, and the NZ delegation left.');
    expect(find(two, 'KB')?.type).toBe('organization');
    expect(find(two, 'NZ')).toBeUndefined();
  });

  it('two or three name-shaped words are a person only when no word of them is an everyday word of the article', async () => {
    const list = await names('We tested Perfect Privacy for a month. The connection was perfect, and Zorbin Kwastek agreed with the results.');
    expect(find(list, 'Perfect Privacy')).toBeUndefined();
    expect(find(list, 'Zorbin Kwastek')?.type).toBe('person');
    // A given name first still vouches for the name ("Grace" is written in lower case too).
    const given = await names('Her grace impressed us, and the crowd cheered for Helen Okafor.');
    expect(find(given, 'Helen Okafor')?.type).toBe('person');
  });

  it('a page in another language gets no names typed by their shape; an English one does', async () => {
    const german =
      'Neben Account und regulärem Passwort wird der Schlüssel benötigt, den unter anderem Firmen wie Evernote einsetzen. ' +
      'Die Anmeldung erfolgt dabei über eine zweite Stufe, die Nutzer selbst einrichten müssen, bevor sie sich bei diesem Dienst anmelden können. ' +
      'Sebastian Weiler sagte, die Funktion sei für alle Konten verfügbar und werde in den kommenden Wochen schrittweise ausgerollt. ' +
      'Wer bereits einen Schlüssel besitzt, kann ihn sofort verwenden; alle anderen erhalten eine Nachricht von der Zorbin Foundation.';
    // ("Sebastian Weiler" keeps the evidence of a given name; "Neben Account" and "Zorbin Foundation" were typed by shape.)
    expect((await names(german)).filter((e) => !e.fromDataset).map((e) => e.name)).toEqual(['Sebastian Weiler']);
    const english =
      'Beside the account and the regular password, the key is needed, which firms such as Evernote use among others. ' +
      'The sign-in then goes through a second step, which users have to set up themselves before they can log in to this service. ' +
      'Sebastian Weiler said the feature was available for all accounts and would be rolled out step by step in the coming weeks. ' +
      'Whoever already has a key can use it at once; all others get a message from the Zorbin Foundation.';
    expect(find(await names(english), 'Zorbin Foundation')?.type).toBe('organization');
    // A page in another script is not judged by English function words: its names are still found.
    const russian =
      'Проголосовать за участницу вы можете на последней странице, где собраны все работы конкурса этого года. '.repeat(4) +
      'Анна Меркурова и Zorbin Foundation представили проект.';
    expect(find(await names(russian), 'Zorbin Foundation')?.type).toBe('organization');
  });

  it('a look-up without a lexicon finds only dataset names; a damaged lexicon is read as empty lists', async () => {
    const text = 'Officials of the Bank of England met Christopher Columbus in Ireland.';
    const bare = (await findEntities(text, lookup(data, null))).entities.map((e) => e.name);
    expect(bare).toEqual(['Ireland']);
    const damaged = { orgHeads: 42, placeHeads: null } as unknown as NameLexicon;
    const got = (await findEntities(text, lookup(data, damaged))).entities;
    expect(got.find((e) => e.name === 'Ireland')?.fromDataset).toBe(true);
    expect(got.find((e) => e.name === 'Bank of England')).toBeUndefined();
  });

  it('a name after "at" is not typed a place: firms and schools stand there as often', async () => {
    const list = await names('She worked at Kensho and at Noble Zorbin, then lived in Bremen and in Kwastek Vale.');
    expect(find(list, 'Kensho')?.type).not.toBe('place'); // ("worked at Kensho": a firm's context, listed-names.ts)
    expect(find(list, 'Noble Zorbin')).toBeUndefined();
    expect(find(list, 'Bremen')?.type).toBe('place');
    expect(find(list, 'Kwastek Vale')?.type).toBe('place');
  });
});
