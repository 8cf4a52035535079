import { describe, expect, it } from 'vitest';
import { mentionsOf, namesOf } from './support/found';
import { lookup } from './support/mention-at';

/**
 * Article-built places that the article shows to be a body's or a title's name (lib/entities/built-place-kin.ts): no card rather
 * than a wrong card. Own sentences, after the kinds the built-places audits (seeds 34 and 35) found.
 */
const places = (text: string) => namesOf('place', text, lookup);
const placeMentions = (text: string) => mentionsOf('place', text, lookup, true);

describe('"of" between everyday words is a title, not a place (issue 18)', () => {
  it('an everyday noun or a lent place word before "of", everyday words after it', async () => {
    expect(await places('There is a good blog about sherry called For the Love of Harbour.')).not.toContain('Love of Harbour');
    expect(await places('A recent example of the style is Empire of Sorrow, a long piece for strings.')).not.toContain('Empire of Sorrow');
    expect(await places('The firm released its 2024 Global State of Privacy report on Monday.')).not.toContain('2024 Global State of Privacy');
  });

  it('a place head before "of", or a known place after it, stays a place', async () => {
    expect(await places('Contractors must be licensed to work in the City of Portage this year.')).toContain('City of Portage');
    expect(await places('The team sailed on to the Bay of Islands before the storm.')).toContain('Bay of Islands');
  });
});

describe("a body's short name, or a body's neighbour in a list, is no place there (issue 18)", () => {
  it("the first word of a firm's full name, after it", async () => {
    const text = 'Bramley Publishing Corp. was founded in 1974. One of the largest publishers, Bramley specializes in genre fiction.';
    expect(await placeMentions(text)).not.toContain('Bramley');
  });

  it("the same word with a place's evidence stays", async () => {
    const text = 'Bramley Publishing Corp. was founded in 1974. The firm has offices in Bramley, Surrey, and in London.';
    expect(await placeMentions(text)).toContain('Bramley');
  });

  it('a one-word name in a list of three with a firm', async () => {
    expect(await placeMentions('We have deep expertise across Meta, TikTok, and LinkedIn Ads for small shops.')).not.toContain('Meta');
  });

  it("a body before a comma is the body's town, and a firm after a place and a comma may be the subject", async () => {
    expect(await placeMentions('Her work is held by the Andy Warhol Museum, Pittsburgh, and by private collectors.')).toContain('Pittsburgh');
  });
});

describe("a work's title or a journal's name is no place there (issue 18)", () => {
  it("a work's kind before the name, or a quoted title it ends", async () => {
    expect(await placeMentions('The band played its albums Harbour Lane and Blue Morning in full.')).not.toContain('Harbour Lane');
    expect(await placeMentions('One of them, a poem called “Winter Night, Avalon Station,” won a prize.')).not.toContain('Avalon Station');
  });

  it("a reference's journal before its year", async () => {
    expect(await placeMentions('- Weng HY, et al. Breath and attention. Frontiers in Human Neuroscience. 2020;14:336.')).not.toContain('Human Neuroscience');
  });

  it('a place inside a quoted title, after its preposition, stays', async () => {
    expect(await placeMentions('I would create a page on my site called “Best Dentists in Cincinnati.” It would list reviews.')).toContain('Cincinnati');
  });
});
