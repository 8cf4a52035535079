import { describe, expect, it } from 'vitest';
import { NAME_LEXICON } from '../../lib/entities/lexicon';
import { lexiconSets } from '../../lib/entities/lexicon-sets';
import { listKind, type Kinds } from '../../lib/entities/list-kind';
import { pairEvidence } from '../../lib/entities/person-evidence';

/** The list a name stands in and its kind (lib/entities/list-kind.ts), on sentences written for this file. */
const PLACES: Kinds = { has: (w) => ['cities', 'towns', 'regions'].includes(w) };
const THINGS: Kinds = { has: (w) => ['tools', 'brands', 'platforms'].includes(w) };
const PEOPLE: Kinds = { has: (w) => ['people', 'officials', 'writers', 'ministers'].includes(w), likers: true };

/** The slot of the name's `nth` occurrence (0 the first) in the text. */
function slot(text: string, name: string, kinds: Kinds, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(name, start + 1);
  if (start < 0) throw new Error(`no ${name}`);
  return listKind(text, start, start + name.length, kinds);
}

describe('a list of examples before the name: "<kind> such as|like|including|especially"', () => {
  it('the first member and later ones, each opener', () => {
    const text = 'The tour stops in coastal towns such as Quenby, Tarvessa and Kelbrook before the hills.';
    for (const name of ['Quenby', 'Tarvessa', 'Kelbrook'])
      expect(slot(text, name, PLACES)).toEqual({ kind: 'towns', side: 'before', opener: 'such as', inside: false });
    expect(slot('Designers lean on tools like Quillmark and Brendle Draw.', 'Brendle Draw', THINGS)?.opener).toBe('like');
    expect(slot('Several regions, including Varrow Vale, flooded.', 'Varrow Vale', PLACES)?.kind).toBe('regions');
    expect(slot('The rain hit the cities, especially Ostrel.', 'Ostrel', PLACES)?.opener).toBe('especially');
  });

  it('a kind capitalised at a sentence start; members of several words, a parenthesis or an inner full stop', () => {
    expect(slot('Brands like Quorvane Home, Tessel.io and Marlow sold out.', 'Marlow', THINGS)?.kind).toBe('brands');
    expect(slot('Platforms such as Brindle (est. 2019), Quillon and Harwick grew.', 'Harwick', THINGS)?.kind).toBe('platforms');
  });

  it('a name after "&" is part of a member', () => {
    expect(slot('We stock brands like Wexley, Dorran & Pike, and Velt.', 'Pike', THINGS)).toMatchObject({ kind: 'brands', inside: true });
    expect(slot('We stock brands like Wexley, Dorran & Pike, and Velt.', 'Velt', THINGS)).toMatchObject({ kind: 'brands', inside: false });
  });

  it('not a kind the asker gives examples of', () => {
    expect(slot('The tour stops in towns such as Quenby and Tarvessa.', 'Tarvessa', THINGS)).toBeNull();
  });

  it('"and" joins the last member only: after it the list has closed', () => {
    expect(slot('Towns such as Quenby and Tarvessa, Marlow Pike said, will vote.', 'Marlow Pike', PLACES)).toBeNull();
  });

  it('"like" the verb is no list', () => {
    expect(slot('I like Paris in the spring.', 'Paris', PLACES)).toBeNull();
    expect(slot('We would like Harwick to stay.', 'Harwick', PEOPLE)).toBeNull();
    // People can like: after a kind of people "like" is a preposition only when the name ends its phrase.
    expect(slot('Many people like Brelvane phones.', 'Brelvane', PEOPLE)).toBeNull();
    expect(slot('The party courted people like Velzimov.', 'Velzimov', PEOPLE)?.kind).toBe('people');
    expect(slot('The party courted people like Velzimov and Orrin.', 'Velzimov', PEOPLE)?.kind).toBe('people');
    // Things like nothing: "tools like X" is a list whatever follows.
    expect(slot('Tools like Quillmark automate the drafts.', 'Quillmark', THINGS)?.kind).toBe('tools');
  });

  it('a list ends at a sentence or a line', () => {
    const text = 'We visited cities such as Quenby and Tarvessa. Marlow was next.';
    expect(slot(text, 'Tarvessa', PLACES)?.kind).toBe('cities');
    expect(slot(text, 'Marlow', PLACES)).toBeNull();
    expect(slot('We visited cities such as Quenby, Tarvessa.\nMarlow, Orrin and Pell came too.', 'Orrin', PLACES)).toBeNull();
    expect(slot('Officials such as Harrow.\nVelzimov and other people came.', 'Harrow', PEOPLE)?.side).toBe('before');
  });
});

describe('a list before its kind: "<members> and|or other|fellow <kind>"', () => {
  it('right before "and other", or through more members, with modifiers', () => {
    expect(slot('If Brelton and other northern cities are any guide, it will last.', 'Brelton', PLACES)).toEqual({
      kind: 'cities',
      side: 'after',
      opener: 'other',
      inside: false,
    });
    expect(slot('Mosul, Baiji or other Iraqi towns may follow.', 'Mosul', PLACES)?.kind).toBe('towns');
    expect(slot('The envoy met Velzimov and fellow senior ministers.', 'Velzimov', PEOPLE)?.opener).toBe('fellow');
    expect(slot('Harrow and other top officials resigned.', 'Harrow', PEOPLE)?.kind).toBe('officials');
  });

  it('not a possessive, a noun before the kind, another kind, or a list of adjectives', () => {
    expect(slot('Velzimov and other officials’ aides left.', 'Velzimov', PEOPLE)).toBeNull();
    expect(slot('The envoy met Zorvane and other tech companies.', 'Zorvane', PEOPLE)).toBeNull();
    expect(slot('Brelton and other towns voted.', 'Brelton', PEOPLE)).toBeNull();
    expect(slot('They excluded Black, Indigenous, and other people of color.', 'Black', PEOPLE)).toBeNull();
  });

  it('a list ends at a sentence', () => {
    expect(slot('We met Harrow. Velzimov and other officials came later.', 'Harrow', PEOPLE)).toBeNull();
    expect(slot('We met Harrow. Velzimov and other officials came later.', 'Velzimov', PEOPLE)?.kind).toBe('officials');
  });
});

describe('two names joined by "and" in a list of examples of a kind of people (person-evidence.ts pairEvidence asks listKind)', () => {
  const L = lexiconSets(NAME_LEXICON);
  /** pairEvidence for the two one-word names `a` and `b` in the text. */
  const pair = (text: string, a: string, b: string) => {
    const s = text.indexOf(a);
    const t = text.indexOf(b, s + a.length);
    return pairEvidence(text, { start: s, end: s + a.length }, { start: t, end: t + b.length }, L);
  };

  it('after a plural of a role, with each opener and as later members', () => {
    expect(pair('The book cites historians such as Quorvel and Brannick on the siege.', 'Quorvel', 'Brannick')).toBe(true);
    expect(pair('Several historians, including Quorvel and Brannick, disagree.', 'Quorvel', 'Brannick')).toBe(true);
    expect(pair('The panel had writers like Quorvel and Brannick.', 'Quorvel', 'Brannick')).toBe(true);
    expect(pair('The book cites historians such as Ostrand, Quorvel and Brannick.', 'Quorvel', 'Brannick')).toBe(true);
  });

  it('not after a role firms hold as often, nor a kind of things, nor a name inside a member', () => {
    expect(pair('The fund backs market players such as Quorvel and Brannick.', 'Quorvel', 'Brannick')).toBe(false);
    expect(pair('The report names industry leaders such as Ostrand, Quorvel and Brannick.', 'Quorvel', 'Brannick')).toBe(false);
    expect(pair('The team relies on tools such as Quorvel and Brannick.', 'Quorvel', 'Brannick')).toBe(false);
    expect(pair('The ad firm hired writers like Ostrand & Quorvel and Brannick.', 'Quorvel', 'Brannick')).toBe(false);
  });
});
