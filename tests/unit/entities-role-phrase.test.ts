import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';
import { ordinaryRole, placedRole } from '../../lib/entities/role-phrase';

/**
 * A role a reader takes from where a full name stands (lib/entities/role-phrase.ts): the lower-case words between an inverted
 * speech verb and the speaker, before a speaker whose speech verb follows, a private body after "of", a capitalised agent noun in
 * apposition before the name. Sentences written for these tests, not taken from the trap fixture.
 */
const linked = async (text: string, name: string) => (await mentionAt(text, name)).datasetInside.map((e) => e.id);
const role = (text: string, name: string, own: string[] = []) =>
  placedRole(text, { start: text.indexOf(name), end: text.indexOf(name) + name.length }, new Set(own));

describe('a role read from where the name stands', () => {
  it('a trade no list knows between "said" and the name: somebody else', async () => {
    expect(await linked('The flock came through the winter well, said shepherd-turned-vet Ian Murray.', 'Ian Murray')).toEqual([]);
    expect(await linked('Cats should be kept indoors at night, said vet Darren Jones, who runs a practice in Leeds.', 'Darren Jones')).toEqual([]);
    expect(role('The tide was the highest in years, added local harbourmaster Ian Murray.', 'Ian Murray')).toBe('harbourmaster');
    expect(role('Prices will rise again, according to auctioneer Ian Murray.', 'Ian Murray')).toBe('auctioneer');
    expect(role('The roads were treated twice overnight, foreman Darren Jones said.', 'Darren Jones')).toBe('foreman');
  });
  it('an office, a title of the person’s own, a word of politics or a capital between verb and name: the person', async () => {
    expect(await linked('The budget is fair to Scotland, said Scottish Secretary Ian Murray.', 'Ian Murray')).toEqual(['person:ian-murray']);
    expect(await linked('The budget is fair to Scotland, said Labour MP Ian Murray.', 'Ian Murray')).toEqual(['person:ian-murray']);
    expect(role('The plan will fail, said former minister Ian Murray.', 'Ian Murray')).toBeNull();
    expect(role('The plan will fail, said shadow chancellor Ian Murray.', 'Ian Murray')).toBeNull();
    expect(role('The plan will fail, said his rival Ian Murray.', 'Ian Murray')).toBeNull();
    expect(role('The plan will fail, said opposition leader Ian Murray.', 'Ian Murray')).toBeNull();
    expect(role('The plan will fail, said then-president Ian Murray.', 'Ian Murray')).toBeNull();
    expect(role('The plan will fail, said harbourmaster Ian Murray.', 'Ian Murray', ['harbourmaster'])).toBeNull();
    expect(role('The plan is sound, said fellow panellist Ian Murray, the Scottish Secretary.', 'Ian Murray')).toBeNull();
    expect(role('Coats matt in winter, said groomer Ian Murray, who has worked in Leith for 20 years.', 'Ian Murray', ['of', 'for'])).toBe('groomer');
  });
  it('a verb’s object, a hearer, an adverb or a plural before the name: no role read', () => {
    expect(role('Ministers told reporters Ian Murray would resign.', 'Ian Murray')).toBeNull();
    expect(role('The party said yesterday Ian Murray would stand.', 'Ian Murray')).toBeNull();
    expect(role('It was a hard year, she said, and Ian Murray agreed.', 'Ian Murray')).toBeNull();
    expect(role('In the end, voters backed Ian Murray, the results showed.', 'Ian Murray')).toBeNull();
    expect(role('Asked about the vote, however Ian Murray said nothing.', 'Ian Murray')).toBeNull();
  });
  it('"X of the … Association": a body no state owns; a party or a body of state: the person', async () => {
    expect(await linked('Hedges should be cut after nesting, said Ian Murray of the Scottish Hedgelayers’ Association.', 'Ian Murray')).toEqual([]);
    expect(role('Darren Jones, from Acme Widgets Ltd, said orders had doubled.', 'Darren Jones')).toBe('Acme Widgets Ltd');
    expect(role('The budget is fair, said Ian Murray of the Labour Party.', 'Ian Murray')).toBeNull();
    expect(role('Ian Murray of the National Union of Students spoke first.', 'Ian Murray')).toBeNull();
    expect(role('Ian Murray of the Group of Seven spoke first.', 'Ian Murray')).toBeNull();
    expect(role('Ian Murray at the Grand Hotel Group said little.', 'Ian Murray')).toBeNull();
  });
  it('a capitalised agent noun in apposition before the name, no office’s word: somebody else', async () => {
    expect(await linked('The bells rang at noon, said the town’s Bell Ringer, Darren Jones.', 'Darren Jones')).toEqual([]);
    expect(role('The river rose a foot, said the council’s Lock Keeper, Ian Murray.', 'Ian Murray')).toBe('keeper');
    expect(role('The budget is fair, said the Scottish Secretary, Ian Murray.', 'Ian Murray')).toBeNull();
    expect(role('Taxes will rise, said the Treasurer, Ian Murray.', 'Ian Murray')).toBeNull();
    expect(role('The bill passed, said the Speaker, Ian Murray.', 'Ian Murray')).toBeNull();
  });
  it('ordinaryRole: the phrase’s head when no word of it is an office’s or the person’s own', () => {
    expect(ordinaryRole(['local', 'vet'], new Set())).toBe('vet');
    expect(ordinaryRole(['veteran', 'politician'], new Set())).toBeNull();
    expect(ordinaryRole(['country’s', 'president'], new Set())).toBeNull();
    expect(ordinaryRole(['ex-minister'], new Set())).toBeNull();
    expect(ordinaryRole(['yesterday'], new Set())).toBeNull();
    expect(ordinaryRole(['reporters'], new Set())).toBeNull();
  });
});

describe('"X of the charity": a body the article spoke of, called by a kind no office of state is held in', () => {
  it('a charity, a club, a firm, a school: somebody else', async () => {
    expect(await linked('One in four couples now sleep apart, said Dr Michael Martin of the charity that ran the survey.', 'Michael Martin')).toEqual([]);
    expect(role('Ian Murray of the club said the pitch would be ready.', 'Ian Murray')).toBe('club');
    expect(role('Darren Jones, from the firm, said orders had doubled.', 'Darren Jones')).toBe('firm');
  });
  it('the bank, the fund, the party, the group, the government: the person may hold an office there', () => {
    expect(role('Andrew Bailey of the bank said rates would stay.', 'Andrew Bailey')).toBeNull();
    expect(role('Ian Murray of the party said the vote was won.', 'Ian Murray')).toBeNull();
    expect(role('Ian Murray of the group spoke first.', 'Ian Murray')).toBeNull();
    expect(role('Ian Murray of the clubhouse fame spoke first.', 'Ian Murray')).toBeNull();
  });
});

describe('a private person’s label opening the clause before the full name', () => {
  it('"Dinner lady X has served", "Pictured: lollipop lady X, 67,", "Campaigner X said": somebody else', async () => {
    expect(await linked('Dinner lady Tina Smith has served 400 lunches a day at the village school for 22 years.', 'Tina Smith')).toEqual([]);
    expect(await linked('Pictured: lollipop lady Angela Smith, 67, leading pupils across the road on a frosty morning.', 'Angela Smith')).toEqual([]);
    expect(role('Campaigner Ian Murray said the plan would fail.', 'Ian Murray')).toBe('campaigner');
    expect(role('Local baker Ian Murray, 70, said the queue had changed.', 'Ian Murray')).toBe('local baker');
    expect(role('Retired postman Ian Murray, 70, said the round had changed.', 'Ian Murray')).toBeNull();
  });
  it('an office, a title or a word of politics in the label, "Lady" alone, or a label inside a clause: the person', async () => {
    expect(await linked('Senator Tina Smith said the bill would pass.', 'Tina Smith')).toEqual(['person:tina-smith']);
    expect(await linked('Scottish Secretary Ian Murray said the budget was fair.', 'Ian Murray')).toEqual(['person:ian-murray']);
    expect(role('Lady Angela Smith said the plan would fail.', 'Angela Smith')).toBeNull();
    expect(role('Former minister Ian Murray said the plan would fail.', 'Ian Murray')).toBeNull();
    expect(role('Labour leader Ian Murray said the plan would fail.', 'Ian Murray')).toBeNull();
    expect(role('Speaker Ian Murray said the bill would pass.', 'Ian Murray')).toBeNull();
    expect(role('Ministers told reporters Ian Murray would resign.', 'Ian Murray')).toBeNull();
  });
});
