import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * Kinds of wrong article-built cards found by the audits of seeds 30 (people) and 31 (organisations),
 * links-judged-2026-12-07-s30.json and -s31.json. Sentences written for these tests, with other names than the real pages'.
 */
const typeAt = async (text: string, surface: string) => (await mentionAt(text, surface)).e?.type;

describe('a one-word name opening a list’s item before a verb', () => {
  it('is no person: the item’s first word is an imperative, a heading’s or a product’s', async () => {
    const list = 'The planner lets you:\n- Build customized restrictions around requests\n- Spawn specialized sub-agents for focused tasks\n';
    expect(await typeAt(list, 'Build')).not.toBe('person');
    expect(await typeAt(list, 'Spawn')).not.toBe('person');
    expect(await typeAt('Our picks:\n3. Quorvane Quorvane was built by salespeople, and it shows.', 'Quorvane')).not.toBe('person');
  });
  it('but a given name there, or such a verb after a name in prose, keeps it a person', async () => {
    expect(await typeAt('Our team:\n- Marisol joined the firm in 2019 and runs sales.', 'Marisol')).toBe('person');
    expect(await typeAt('After school, Tarvell enrolled at the college in 1878.', 'Tarvell')).toBe('person');
  });
});

describe('a one-word name alone on its line after a rank', () => {
  it('is no person: a listicle’s entry for a firm or a product', async () => {
    const list = 'Top publishers for schools.\n\n8. Worley\n\nFocusing on technical books, Worley is a go-to for teachers. Worley’s catalog is wide.';
    expect(await typeAt(list, 'Worley')).not.toBe('person');
  });
  it('but a full name so placed, or a one-word name in prose, keeps it a person', async () => {
    const list = 'Our ranking.\n\n17. Nobuyoshi Arako\n\nNobuyoshi Arako (b. 1940) is a photographer. Arako began taking photographs in 1960.';
    expect(await typeAt(list, 'Nobuyoshi Arako')).toBe('person');
    expect(await typeAt('“The list is fair,” Worley said on Monday.', 'Worley')).toBe('person');
  });
});

describe('a built person whom the next sentence takes up as a firm’s or a thing’s kind', () => {
  it('is no person ("… The brand uses …", "… The app also …")', async () => {
    expect(await typeAt('Varlo Nesk is a jewellery designer that makes rings to order. The brand uses reclaimed gold.', 'Varlo Nesk')).not.toBe('person');
    expect(await typeAt('According to Quorvex, 57% of users run weekly. The app also tracks their rides.', 'Quorvex')).not.toBe('person');
  });
  it('but a given name first, a title, one who speaks, a pronoun of a person or a pair of founders keeps it a person', async () => {
    expect(await typeAt('Walt Disney executive Kevin Marlow said demand was high. The company struggled with the launch.', 'Kevin Marlow')).toBe('person');
    expect(await typeAt('“We will rebuild the market,” Saqib said. He added that the company would reopen in May.', 'Saqib')).toBe('person');
    expect(await typeAt('Tarlo said the plant would close. The firm sold its stake.', 'Tarlo')).toBe('person');
    expect(await typeAt('Mrs Ardwell said the plant would close. She added that the company had lost money.', 'Ardwell')).toBe('person');
    const founders = 'Founded by childhood friends Mikayla Wujec and Naomi Blackman, they aim to remake outdoor clothing. The brand’s range is small.';
    expect(await typeAt(founders, 'Mikayla Wujec')).toBe('person');
  });
});

describe('an organisation’s name that the article uses as a common noun', () => {
  it('is no organisation: an acronym in the plural or after "a", or its spelled-out name', async () => {
    const reit = 'You can also buy into a Real Estate Investment Trust (REIT). Many REITs pay high dividends.';
    expect(await typeAt(reit, 'REIT')).not.toBe('organization');
    expect(await typeAt(reit, 'Real Estate Investment Trust')).not.toBe('organization');
    const peo = 'Justworks is a full-service PEO (Professional Employer Organization) and payroll platform for small firms.';
    expect(await typeAt(peo, 'Professional Employer Organization')).not.toBe('organization');
  });
  it('but a body’s acronym used as a modifier ("a QSC inspector") stays an organisation', async () => {
    const body = 'The Quorvane Safety Council (QSC) said on Monday that a QSC inspector had found faults. The Quorvane Safety Council will report in May.';
    expect(await typeAt(body, 'Quorvane Safety Council')).toBe('organization');
    expect(await typeAt(body, 'QSC')).toBe('organization');
  });
});

describe('a name of two words, no given name first and an everyday word after it, named only after "by" or "according to"', () => {
  it('is no person: a site’s, a firm’s or an event’s as often', async () => {
    expect(await typeAt('Tipping has grown. A study by Upvane Points showed that 73% of diners tipped more.', 'Upvane Points')).not.toBe('person');
    expect(await typeAt('The film made $320,000, according to Quorvel Mojo. No date is set.', 'Quorvel Mojo')).not.toBe('person');
  });
  it('but a given name first, a person’s act before "by" or a person after it keeps it a person', async () => {
    expect(await typeAt('The report was written by Marisol Points and sent to the board.', 'Marisol Points')).toBe('person');
    expect(await typeAt('The sketch was painted by Quorvane Stone in 1910.', 'Quorvane Stone')).toBe('person');
    expect(await typeAt('Prices will rise, according to Quorvane Stone, an analyst who covers the sector.', 'Quorvane Stone')).toBe('person');
  });
});
