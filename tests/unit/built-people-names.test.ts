import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';
import { lookup } from './support/mention-at';

/**
 * Article-built people whose NAME, or the signs right by it, read as no person's (lib/entities/built-person-names.ts): an everyday
 * word capitalised, a foreign place's or a wine's words, a verb's form first, a place of the article's run into the name, a trade
 * mark, a price, single quotation marks, a determiner, the word written in lower case too. Own
 * sentences of each kind, and the people of the same shapes that keep their cards.
 */
const people = (text: string) => namesOf('person', text, lookup);

describe('one everyday English word is a person only where the article speaks of it as one (issue 18)', () => {
  it("a heading's, a list item's or a product's word capitalised gets no card", async () => {
    expect(await people('Expert Tip: Check the seals before you buy a used freezer.')).not.toContain('Tip');
    expect(await people('The app also works with collaboration tools like MS Teams when opened in a browser.')).not.toContain('Teams');
    expect(await people('Version control, if you used it at all, was probably Subversion. Commits felt heavy.')).not.toContain('Subversion');
  });

  it('a "he" or "she" after it, or a quotation it speaks, keeps the person', async () => {
    expect(await people('Even Dub had his water in a cup while getting a piggyback ride.')).toContain('Dub');
    expect(await people('“Nobody expected the storm,” Snow said on Friday.')).toContain('Snow');
  });
});

describe("a name opened by a foreign article, preposition or place word is a place's, a wine's or a house's", () => {
  it('gets no person card', async () => {
    expect(await people("This list has been updated in November to include Maison Chinoise and Murray's Pizza and Wine.")).not.toContain('Maison Chinoise');
    expect(await people('The blend uses Merlot, Malbec and Petit Verdot from older vines.')).not.toContain('Petit Verdot');
    expect(await people('Across the street, Chateau Bellecru promises a true French wine bar.')).not.toContain('Chateau Bellecru');
  });

  it('a given name with such a word later stays a person', async () => {
    expect(await people('The Argentine star Juan Martin del Potro said he would retire after the match.')).toContain('Juan Martin del Potro');
    expect(await people('“I never planned it,” said Les Blank, the documentary maker.')).toContain('Les Blank');
  });
});

describe("a verb's form or a superlative first is a heading's or a slogan's, no given name", () => {
  it('gets no person card', async () => {
    expect(await people('Using Claude Code to build a starfield, I wrote a shader.')).not.toContain('Using Claude');
    expect(await people('The Human Element — Welcoming Damian, celebrating the return of Rona.')).not.toContain('Welcoming Damian');
    expect(await people('Dearest Erin, fear not, I have got you!')).not.toContain('Dearest Erin');
  });

  it('a given name that ends so stays', async () => {
    expect(await people('“We played well,” said Sterling Brown after the game.')).toContain('Sterling Brown');
  });
});

describe('a place the article names on its own, opening or ending a name, makes it no person', () => {
  it("a place's line, gallery or restaurant, or a place run into a name", async () => {
    expect(await people('Tokyo has thirteen subway lines. Nine lines belong to Tokyo Metro, and four are operated by Toei.')).not.toContain('Tokyo Metro');
    expect(await people('After touring the town of Taos, visit Taos Pueblo and drive the High Road to Santa Fe.')).not.toContain('Taos Pueblo');
  });

  it('a given name first, the place word before one given name, or a place word last, stays a person', async () => {
    expect(await people('He grew up near Stafford. Former astronaut Tom Stafford said the lander was ready.')).toContain('Tom Stafford');
    expect(await people('Chef India Doris cooks at a restaurant that trained her in India.')).toContain('India Doris');
    expect(await people('The singer flew to Lagos, where she was a guest of media mogul, Debola Lagos.')).toContain('Debola Lagos');
  });
});

describe("signs around every mention mark a product, a variety or a work's title", () => {
  it('a trade mark, one word in quotation marks, a price after it', async () => {
    expect(await people('Powered by the new NVIDIA® Pascal™ architecture, this GPU delivers more frames.')).not.toContain('Pascal');
    expect(await people('I learned this the hard way with my first C. alpina ‘Constance’ a few years back.')).not.toContain('Constance');
    expect(await people('Budget pick: Nemo Switchback [$49.95] packs down much smaller.')).not.toContain('Nemo Switchback');
  });

  it("a name in double quotation marks, written as a word or as a sender's display name, and a fee paid to a person, keep the person", async () => {
    expect(await people('Email: "Andre" <webmaster@example.com> wrote that he would call.')).toContain('Andre');
    expect(await people('“We never expected this,” said Chris Hemsworth. Do you think they would pay Hemsworth $20 million?')).toContain('Chris Hemsworth');
  });
});

describe('a one-word name the article also writes in lower case inside its sentences is the word', () => {
  it('gets no person card on a given name alone', async () => {
    expect(await people('Tools needed:\nJack stands\nWheel chocks\n\nPlace the jack under the frame before you lift the car.')).not.toContain('Jack');
    expect(await people('Most styles of sherry are dry.\nExamples of fortified wines:\n- Port (Portugal)\n- Sherry (Spain)')).not.toContain('Sherry');
  });

  it('a name written in lower case where informal writing puts names keeps the person', async () => {
    expect(await people('Posted by darin\n\nWelcome Darin! We are glad to have you.')).toContain('Darin');
  });
});

describe('a one-word name after an article or a determiner at every mention is a thing or a kind', () => {
  it('gets no person card', async () => {
    expect(await people('None of his novels have won a Hugo award. Just give Adam Roberts a Hugo already.')).not.toContain('Hugo');
    expect(await people('I know not everyone will decant their Joe!')).not.toContain('Joe');
  });
});

describe('an everyday word that the sentence makes a surname stays a person', () => {
  it("the subject of a past tense in mid-sentence, or a leader's term after it", async () => {
    expect(await people("Cross' home was built in the late 1840s by Fendal Cason, and Cross purchased it in 1862.")).toContain('Cross');
    expect(await people('Philip Zelikow, who is close to the Bush administration, admitted that the motive of the Bush administration was clear.')).toContain(
      'Bush',
    );
  });

  it("a participle that makes a compound adjective is no person's verb", async () => {
    expect(await people('Vegan and gluten free, size inclusive Woman owned, best for intimates.')).not.toContain('Woman');
  });
});
