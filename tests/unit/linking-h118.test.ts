import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

/** Issue 18: a place's name that the text writes as one word of a longer whole is not the place (lib/entities/longer-whole.ts). */
const linked = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset).flatMap((e) => e.mentions.map((m) => `${text.slice(m.start, m.end)}=${e.id}`));
};

describe("a conjunct of its own country's compound name, written another way", () => {
  it('"St Vincent and the Grenadines" is not the Grenadines parish; the country in full still links', async () => {
    const ids = await linked('The new clinic in St Vincent and the Grenadines opened on Monday. Saint Vincent and the Grenadines has about 100,000 people.');
    expect(ids).not.toContain('Grenadines=place:grenadines');
    expect(ids).toContain('Saint Vincent and the Grenadines=country:vc');
  });

  it('"Sao Tome & Principe" is neither the capital nor the island region', async () => {
    const ids = await linked('Cocoa exports from Sao Tome & Principe doubled last year, the central bank said.');
    expect(ids).not.toContain('Sao Tome=place:sao-tome');
    expect(ids).not.toContain('Principe=place:principe');
  });

  it('a conjunct beside another name than its country’s other word stays the place', async () => {
    const ids = await linked('The ferry sailed between Sao Tome and Lisbon twice a month.');
    expect(ids).toContain('Sao Tome=place:sao-tome');
  });
});

describe('a work’s title before "by" and a person’s name', () => {
  it('a place alone on its line before "by" and a name is a book’s title', async () => {
    const ids = await linked('New novels this spring\n\nAtacama by Lena Morales (June 2nd)\nA survey team is stranded in the desert north of Santiago, Chile.');
    expect(ids).not.toContain('Atacama=place:atacama');
    expect(ids).toContain('Chile=country:ci');
  });

  it('so is one after a list’s number', async () => {
    const ids = await linked('Our picks\n\n2. Atacama by Lena Morales\nA survey team is stranded in the desert north of Santiago, Chile.');
    expect(ids).not.toContain('Atacama=place:atacama');
  });

  it('inside a sentence "by" names an agent, and the place stays', async () => {
    const ids = await linked('Coffee was first found in Ethiopia by Kaldi Berhane, a goat herder, the legend says.');
    expect(ids).toContain('Ethiopia=country:et');
  });
});

describe('in an American article, English town names that only name the United Kingdom for each other', () => {
  it('a list of American towns with two English towns’ names links neither abroad', async () => {
    const ids = await linked('The Cape Cod tour from Boston stops in Newport, Plymouth and Hyannis before the ferry to Nantucket.');
    expect(ids).not.toContain('Plymouth=place:plymouth-uk');
    expect(ids).not.toContain('Plymouth=place:plymouth');
  });

  it('with the country named by its own name, the English town stays', async () => {
    const ids = await linked('The Cape Cod tour from Boston flies on to Britain, stopping in Newport and Plymouth before London.');
    expect(ids).toContain('Plymouth=place:plymouth-uk');
  });
});

describe('an organisation’s acronym before "of" and the place', () => {
  it('the place is a word of the organisation’s name', async () => {
    const ids = await linked('Premiums at HWPA of Oregon rose 6 percent this year, while the state regulator froze rates elsewhere.');
    expect(ids).not.toContain('Oregon=place:oregon');
  });

  it('not after "the" (a measure of the place), nor after a Roman numeral', async () => {
    const ids = await linked('Analysts said the CPI of Japan rose 3 percent in May. A coffee tree was given to King Louis XIV of France.');
    expect(ids).toContain('Japan=country:ja');
    expect(ids).toContain('France=country:fr');
  });
});
