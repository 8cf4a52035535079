import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';
import { roleConflict } from '../../lib/entities/role-conflict';

/**
 * A role the sentence states for a dataset person's full name that none of the person's offices can be (lib/entities/role-conflict.ts):
 * a civilian trade or a post in a firm, a club or an association names a namesake. Sentences written for these tests, not taken
 * from the trap fixture.
 */
const linked = async (text: string, name: string) => (await mentionAt(text, name)).datasetInside.map((e) => e.id);
const conflict = (text: string, name: string, own: string[] = []) =>
  roleConflict(text, { start: text.indexOf(name), end: text.indexOf(name) + name.length }, new Set(own), () => false);

describe('a civilian role or a firm’s post stated for the full name', () => {
  it('a trade right before the name, or a post after a noun of a trade: a namesake', async () => {
    expect(await linked('The driving test centre in Swansea reopened on Monday, examiner Darren Jones said.', 'Darren Jones')).toEqual([]);
    expect(await linked('Mourners followed the hearse through the village, driven by undertaker Darren Jones.', 'Darren Jones')).toEqual([]);
    expect(await linked('Crowds gathered at the funeral of a Bristol man, funeral director Ian Murray said.', 'Ian Murray')).toEqual([]);
    expect(await linked('The garden fete ran out of scones by three o’clock, hostess Sandra Mason said with a laugh.', 'Sandra Mason')).toEqual([]);
    expect(conflict('The flowers were arranged by funeral director Ian Murray.', 'Ian Murray')).toBe('director');
    expect(conflict('More cars were towed, said towing firm manager Ian Murray.', 'Ian Murray')).toBe('manager');
    expect(conflict('Sales rose by a fifth, chief executive Ian Murray said.', 'Ian Murray')).toBe('executive');
  });
  it('"its chairman, X,", "X, president of the … association", "X, the company’s founder,": a post in a body no state’s', async () => {
    expect(await linked('A Korean battery maker will open a plant in Hungary next year, its chairman, Li Qiang, said on Monday.', 'Li Qiang')).toEqual([]);
    expect(await linked('Joy Grant, president of the county bowls association, said the green would reopen.', 'Joy Grant')).toEqual([]);
    expect(await linked('Sales at the Bristol bakery rose by a fifth, its owner, Darren Jones, told reporters.', 'Darren Jones')).toEqual([]);
    expect(conflict('Ian Murray, the bakery’s owner, said the queue reached the corner by six.', 'Ian Murray')).toBe('owner');
    expect(conflict('The choir lost its hall, and its treasurer, Ian Murray, appealed for help.', 'Ian Murray')).toBe('treasurer');
  });
  it('a title or an office of the person’s own, or any office of state: the person', async () => {
    expect(await linked('Premier Li Qiang met the delegation in Beijing on Monday.', 'Li Qiang')).toEqual(['person:li-qiang']);
    expect(await linked('Labour MP Ian Murray said the budget was fair to Scotland.', 'Ian Murray')).toEqual(['person:ian-murray']);
    expect(await linked('Barbados became a republic, and its president, Sandra Mason, was sworn in.', 'Sandra Mason')).toEqual(['person:sandra-mason']);
    expect(conflict('Former minister Ian Murray said the party would win.', 'Ian Murray')).toBeNull();
    expect(conflict('Governor-General Sandra Mason opened the session.', 'Sandra Mason', ['president'])).toBeNull();
    expect(conflict('Party chairman Darren Jones said the campaign was going well.', 'Darren Jones')).toBeNull();
    expect(conflict('Darren Jones, chairman of the Labour Party, said the campaign was going well.', 'Darren Jones')).toBeNull();
    expect(conflict('The party met in Leeds, and its chairman, Darren Jones, said the campaign was going well.', 'Darren Jones')).toBeNull();
    expect(conflict('Li Qiang, the country’s premier, said the economy would grow.', 'Li Qiang', ['premier'])).toBeNull();
  });
  it('a post with no body said, a verb before the name, or a capitalised post: no conflict', () => {
    expect(conflict('The president, Li Qiang, said the economy would grow.', 'Li Qiang')).toBeNull();
    expect(conflict('Germany will host Li Qiang next week.', 'Li Qiang')).toBeNull();
    expect(conflict('Ministers said they would consider Ian Murray for the post.', 'Ian Murray')).toBeNull();
    expect(conflict('Chairman Li Qiang of the standing committee spoke.', 'Li Qiang')).toBeNull();
    expect(conflict('Ian Murray, a director, said the plan would work.', 'Ian Murray')).toBeNull();
  });
});

describe('a work party’s chief, and a trade with where it is plied before the name’s comma', () => {
  it('"crew chief X said", "A gritter driver in Aberdeenshire, X,": somebody else', async () => {
    expect(await linked('The road reopened at dawn after the plough went through twice, crew chief Ian Murray said.', 'Ian Murray')).toEqual([]);
    expect(conflict('Work stopped at noon, said shift supervisor Ian Murray.', 'Ian Murray')).toBe('supervisor');
    expect(await linked('A lorry driver from Leeds, Darren Jones, was praised for pulling a family from a flooded car.', 'Darren Jones')).toEqual([]);
  });
  it('a chief of a body of state, or an office with its place: the person', async () => {
    expect(conflict('The party met in Leeds, and party chief Darren Jones said the campaign was going well.', 'Darren Jones')).toBeNull();
    expect(await linked('The Scottish Secretary in Edinburgh, Ian Murray, said the budget was fair.', 'Ian Murray')).toEqual(['person:ian-murray']);
  });
});

describe('a spokesman for a named body, and a post with its body in apposition before the name', () => {
  it('"a spokesman for Network Rail, X,", "X, a spokeswoman for Acme,": somebody who speaks for a body, no office-holder', async () => {
    expect(await linked('Lost umbrellas are sold at auction, a spokesman for Network Rail, Andrew Bailey, said.', 'Andrew Bailey')).toEqual([]);
    expect(await linked('Ian Murray, a spokesman for Scottish Water, said the pipes would be mended by Friday.', 'Ian Murray')).toEqual([]);
    expect(conflict('Orders doubled, the chairman of Acme Widgets Ltd, Ian Murray, said.', 'Ian Murray')).toBe('chairman');
    expect(conflict('Darren Jones, spokesman for the Ramblers, said the path was closed.', 'Darren Jones')).toBe('spokesman');
  });
  it('a spokesman of a government, a party or the person’s own spokesperson’s office, or a post of a body of state: the person', async () => {
    expect(await linked('The Governor of the Bank of England, Andrew Bailey, said rates would hold.', 'Andrew Bailey')).toEqual(['person:andrew-bailey']);
    expect(conflict('Ian Murray, a spokesman for the Labour Party, said the vote was won.', 'Ian Murray')).toBeNull();
    expect(conflict('The law will pass, a spokeswoman for the government, Ana Ruiz, said.', 'Ana Ruiz')).toBeNull();
    expect(conflict('Ana Ruiz, spokeswoman for Moncloa, said the law would pass.', 'Ana Ruiz', ['government', 'spokesperson'])).toBeNull();
    expect(conflict('Ian Murray, Labour’s spokesman for health, said waits were too long.', 'Ian Murray')).toBeNull();
    expect(conflict('The chairman of the Federal Reserve, Jerome Powell, said rates would hold.', 'Jerome Powell')).toBeNull();
  });
});

describe('a teacher, and a post with where it is held after the name', () => {
  it('"X, a head teacher in Hampshire": somebody else; "X, a minister in the government": the person', () => {
    expect(conflict('Funding has not kept pace, according to Ian Murray, a head teacher in Hampshire.', 'Ian Murray')).toBe('teacher');
    expect(conflict('The rate is too low, said Ian Murray, a primary school teacher in Leeds.', 'Ian Murray')).toBe('teacher');
    expect(conflict('Ian Murray, a former teacher in Leeds, said the rate was too low.', 'Ian Murray')).toBeNull();
    expect(conflict('Ian Murray, a minister in the government, said the rate was fair.', 'Ian Murray')).toBeNull();
  });
});
