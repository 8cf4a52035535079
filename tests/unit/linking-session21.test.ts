import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * Kinds of evidence added after reading the errors of trap sets h, i, o and p (session 21). Sentences written for these
 * tests with other names and words than the trap fixtures'.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a person named in full who heads no state or government', () => {
  it('needs a word of public office or the person’s country in the article', async () => {
    // (A Canadian foreign minister's name; the television pioneer of the same name.)
    expect(await linked('John Baird, who demonstrated a working television in 1926, grew up near Glasgow.', 'John Baird')).toEqual([]);
    expect(await linked('John Baird, who demonstrated a working television in 1926, grew up in Ottawa.', 'John Baird')).toEqual(['person:john-baird']);
    expect(await linked('John Baird told reporters the talks would resume on Monday.', 'John Baird')).toEqual(['person:john-baird']);
  });
  it('a head of government needs neither', async () => {
    expect(await linked('Narendra Modi opened the new stadium.', 'Narendra Modi')).toEqual(['person:narendra-modi']);
  });
});

describe('a kind of thing right before the name', () => {
  it('makes the name the thing’s: a work, an animal, a vessel', async () => {
    expect(await linked('Critics loved the crime thriller Nairobi when it opened in Cannes.', 'Nairobi')).toEqual([]);
    expect(await linked('The trainer said the racehorse Dubai was lame after the gallop.', 'Dubai')).toEqual([]);
    expect(await linked('The supply ship Nigeria Star was held at anchor for a week.', 'Nigeria')).toEqual([]);
  });
  it('but not where a clause follows, whose object the kind is', async () => {
    expect(await linked('The film China banned last year is showing in Paris.', 'China')).toEqual(['country:ch']);
  });
});

describe('"the" before a name English writes without it', () => {
  it('a river, or a metaphor, not the state or the country', async () => {
    expect(await linked('Barges queued for miles on the Missouri after the lock failed.', 'Missouri')).toEqual([]);
    expect(await linked('Analysts call Chile the Norway of copper, thanks to its sovereign fund.', 'Norway')).toEqual([]);
    expect(await linked('Medellín was once hailed as the Barcelona of the Andes.', 'Barcelona')).toEqual([]);
  });
  it('but an attributive name, a name written with "the" and a speaking state stay', async () => {
    expect(await linked('Spending rose sharply under the Missouri governor’s plan.', 'Missouri')).toEqual(['place:missouri']);
    expect(await linked('Exports to the United Kingdom rose.', 'United Kingdom')).toEqual(['country:uk']);
    expect(await linked('Tariffs on goods from the Gambia, Senegal and Mali were cut.', 'Gambia')).toEqual(['country:ga']);
  });
});

describe('an appositive that names a venue or a thing outright', () => {
  it('says what the name is even after a preposition of place inside the sentence', async () => {
    expect(await linked('We booked a table at Havana, the Cuban bar on the high street, for eight.', 'Havana')).toEqual([]);
  });
  it('but an opening phrase of place keeps its place', async () => {
    expect(await linked('In Havana, the company said, demand for rooms doubled.', 'Havana')).toEqual(['place:havana']);
  });
});

describe('a place’s appositive with "on" or "near"', () => {
  it('puts it in the country it names', async () => {
    expect(await linked('Golf courses in Lagos, on Portugal’s south coast, are busy every winter.', 'Lagos')).toEqual([]);
    expect(await linked('Golf courses in Lagos, on Nigeria’s Atlantic coast, are busy every winter.', 'Lagos')).toEqual(['place:lagos']);
  });
});

describe('an everyday word a place carries, opening a sentence', () => {
  it('is the word, even where the article names the place’s country', async () => {
    expect(await linked('Down the hill in Newry, crowds gathered for the match.', 'Down')).toEqual([]);
  });
});

describe('sides and terms named after a place', () => {
  it('a side that comes from goals down, or is all out for a total', async () => {
    expect(await linked('Monaco came from a goal down to beat Nice 2-1.', 'Monaco')).toEqual([]);
    expect(await linked('Middlesex bowled Kent out for 98 at Lord’s in London.', 'Kent')).toEqual([]);
  });
  it('a vegetable or a card game', async () => {
    expect(await linked('Brussels sprouts were the most wasted vegetable this Christmas.', 'Brussels')).toEqual([]);
    expect(await linked('A Texas hold’em night raised £900 for the hospice.', 'Texas')).toEqual([]);
  });
});

describe('a longer place name with an appositive that names a kind of thing', () => {
  it('is the thing', async () => {
    expect(await linked('Saudi Arabia, the board game set in Riyadh oil fields, is back in print.', 'Saudi Arabia')).toEqual([]);
  });
  it('but a list of places after it is no appositive', async () => {
    expect(await linked('We hiked the hills of New Zealand, the Grand Canyon in Arizona and the Alps.', 'New Zealand')).toEqual(['country:nz']);
  });
});

describe('a see in a bishop’s style', () => {
  it('opens no card of the town, as a peer’s territory does not', async () => {
    expect(await linked('The Archbishop of York led a service in Leeds for the flood victims.', 'York')).toEqual([]);
    expect(await linked('The Bishop of London spoke at a vigil in Manchester, England.', 'London')).toEqual([]);
  });
});
