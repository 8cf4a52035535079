import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../lib/quotes/index';
import { findQuoteMarks } from '../../lib/quotes/marks';
import type { EntityResult, QuoteResult } from '../../lib/types';
import { scoreSeed, seedBody, seedEntities } from '../eval/quotes';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(projectRoot, '../shared');
const SEED = path.join(SHARED, 'seeds/000_59ca9e13b7f063f4');

const quoted = (text: string, qs: QuoteResult[]) => qs.map((q) => text.slice(q.start, q.end));
const find = (text: string, qs: QuoteResult[], inner: string) => qs.find((q) => text.slice(q.start, q.end) === inner);

describe('quotation marks', () => {
  it('pairs curly, straight, single and guillemet marks; the span is inside the marks', () => {
    const text = 'He said “one two” and "three four" then ‘five six’ and «seven eight».';
    expect(findQuoteMarks(text).map((q) => text.slice(q.start, q.end))).toEqual(['one two', 'three four', 'five six', 'seven eight']);
  });
  it('does not take apostrophes for quotes', () => {
    const text = "Putin's allies don't agree, the students' union said.";
    expect(findQuoteMarks(text)).toEqual([]);
  });
  it('joins a multi-paragraph quote (opening mark on each paragraph, one closing mark)', () => {
    const text = 'Smith said: "First part of it.\n"Second part of it."\nNext paragraph.';
    const marks = findQuoteMarks(text);
    expect(marks).toHaveLength(1);
    expect(text.slice(marks[0]!.start, marks[0]!.end)).toBe('First part of it.\n"Second part of it.');
  });
});

describe('findQuotes: rules on made-up text', () => {
  it('attributes a split quote to the speaker between its halves', () => {
    const text = '"We will not retreat," Defence Minister Anna Berg said on Monday, "not one step."';
    const qs = findQuotes(text, []);
    expect(quoted(text, qs)).toEqual(['We will not retreat,', 'not one step.']);
    for (const q of qs) expect(q.speaker?.name).toBe('Anna Berg');
    expect(text.slice(qs[0]!.cue!.start, qs[0]!.cue!.end)).toBe('said');
  });

  it('finds sentence-final indirect speech with an anonymous source, then resolves "the official"', () => {
    const text = 'The army is moving north toward the border, a senior diplomat told reporters on Friday.\n' + 'The talks have failed, the diplomat said.';
    const qs = findQuotes(text, []);
    expect(qs.map((q) => q.kind)).toEqual(['indirect', 'indirect']);
    expect(text.slice(qs[0]!.start, qs[0]!.end)).toBe('The army is moving north toward the border');
    expect(qs[0]!.speaker).toMatchObject({ name: 'a senior diplomat', anonymous: true });
    expect(qs[1]!.speaker).toMatchObject({ name: 'a senior diplomat', anonymous: true });
    expect(text.slice(qs[1]!.speaker!.start!, qs[1]!.speaker!.end!)).toBe('the diplomat');
  });

  it('handles "X said that …", "according to X" and groups', () => {
    const text =
      'Mayor Tom Reyes said that the bridge will reopen in the spring.\n' +
      'According to the ministry, the budget was cut by a third.\n' +
      'Protesters said the vote had been stolen from them.';
    const qs = findQuotes(text, []);
    expect(quoted(text, qs)).toEqual(['the bridge will reopen in the spring', 'the budget was cut by a third', 'the vote had been stolen from them']);
    expect(qs[0]!.speaker?.name).toBe('Tom Reyes');
    expect(qs[1]!.speaker?.name).toBe('the ministry');
    expect(qs[2]!.speaker).toMatchObject({ name: 'Protesters', group: true });
  });

  it('resolves a surname and a pronoun to the earlier full name, and links the entity', () => {
    const text = 'Prime Minister Lena Okafor spoke in the morning.\nOkafor said the plan was sound. "We are ready for this," she added.';
    const entities: EntityResult[] = [
      {
        id: 'person:lena-okafor',
        name: 'Lena Okafor',
        type: 'person',
        fromDataset: true,
        mentions: [
          { start: text.indexOf('Lena Okafor'), end: text.indexOf('Lena Okafor') + 11 },
          { start: text.indexOf('Okafor said'), end: text.indexOf('Okafor said') + 6 },
        ],
        card: { title: 'Lena Okafor', lines: [], sources: [] },
      },
    ];
    for (const ents of [entities, []]) {
      const qs = findQuotes(text, ents);
      expect(qs.map((q) => q.speaker?.name)).toEqual(['Lena Okafor', 'Lena Okafor']);
      if (ents.length) expect(qs.every((q) => q.speaker?.entityId === 'person:lena-okafor')).toBe(true);
      const she = qs[1]!.speaker!;
      expect(text.slice(she.start!, she.end!)).toBe('she');
    }
  });

  it('omits short scare quotes but keeps short quotes that have a speech cue', () => {
    const text = 'The general is known as "the iron hand," and has ruled since 1990. The senator said the deal was "a disgrace."';
    const qs = findQuotes(text, []);
    expect(find(text, qs, 'the iron hand,')).toBeUndefined();
    expect(find(text, qs, 'a disgrace.')?.speaker?.name).toBe('The senator');
  });

  it('gives a relayed quote to the original speaker, with the relayer as via', () => {
    const text = 'Governor Ada Lind said she called Pedro Alves on Tuesday, and was assured that "the factory will stay open."';
    const q = find(text, findQuotes(text, []), 'the factory will stay open.');
    expect(q?.speaker?.name).toBe('Pedro Alves');
    expect(q?.speaker?.via?.name).toBe('Ada Lind');
  });

  it("reads two apostrophes as a double quote mark (wire style ''like this'')", () => {
    const text = "''We are not done yet,'' said Maria Lopez, the union leader.";
    const qs = findQuotes(text, []);
    expect(quoted(text, qs)).toEqual(['We are not done yet,']);
    expect(qs[0]!.speaker?.name).toBe('Maria Lopez');
  });

  it('carries the speaker of a sentence ending in "said:" to the quote that opens the next paragraph', () => {
    const text = 'The governor added:\n"It is typical of them. They never listen to anyone at all."';
    const qs = findQuotes(text, []);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.speaker?.name).toBe('The governor');
  });

  it('does not take a capitalised name word for a cue ("the United States")', () => {
    const text = 'It would capture the greatness of the United States and the struggle to live up to its ideals.';
    expect(findQuotes(text, [])).toEqual([]);
  });

  const run = (t: string) => findQuotes(t, []).map((q) => ({ kind: q.kind, text: t.slice(q.start, q.end), speaker: q.speaker?.name ?? null }));

  it('keeps whole the names a full stop or "of" used to cut ("Mr", "Conservation", "Indiana")', () => {
    expect(run('"The plan is a disaster for the miners," said Mr. Barrett, the lawyer for the state.')[0]!.speaker).toBe('Barrett');
    expect(run('The agency acted far too late, said U.S. Attorney Nealy Cox.')[0]!.speaker).toBe('Nealy Cox');
    expect(run('Gov. Mike Pence of Indiana said the state would appeal the ruling.')[0]!.speaker).toBe('Mike Pence');
    expect(run('The nonpartisan Commission on Presidential Debates says there was a problem with the microphone.')[0]!.speaker).toBe(
      'Commission on Presidential Debates',
    );
    expect(
      run(
        'A spokesman for the New Zealand Department of Conservation said the birds were safe. Later the New Zealand Department of Conservation said the island would reopen.',
      ).map((q) => q.speaker),
    ).toEqual(['A spokesman for the New Zealand Department of Conservation', 'the New Zealand Department of Conservation']);
    // A name after "of" describes the speaker; the name in front of the description is the speaker.
    expect(run('Jean-Marc Ayrault, the foreign minister of France, said the test could not go unanswered.')[0]!.speaker).toBe('Jean-Marc Ayrault');
  });

  it('does not merge a denial and an accusation into one line', () => {
    const t = 'Lukashenko denied that Belarus would take part in any offensive, and accused Western governments of staging provocations.';
    expect(run(t)).toEqual([{ kind: 'indirect', text: 'Belarus would take part in any offensive', speaker: 'Lukashenko' }]);
    const u = 'China said it was "resolutely opposed" to the test and warned North Korea to refrain from further actions.';
    expect(
      run(u)
        .filter((q) => q.kind === 'indirect')
        .map((q) => q.text),
    ).toEqual(['it was "resolutely opposed" to the test', 'to refrain from further actions']);
  });

  it('does not read nouns, gerunds, titles or the narrator as speech', () => {
    expect(run('The car gets 150 kW DC fast charging support as standard from next summer.')).toEqual([]);
    expect(run('Stir together and taste it before adding the fruit pectin powder to the pot.')).toEqual([]);
    expect(run('Normally this deal ends at launch, but we confirmed that you do still receive the credit.')).toEqual([]);
    expect(run('He appeared on "Fox News Sunday," where he said the debate was rigged against him.').map((q) => q.kind)).toEqual(['indirect']);
    // A participle after a clause boundary, or before "that", is still speech.
    expect(run('The car tops up quickly, with Audi suggesting that it can reach 80 percent in thirty minutes.')[0]!.speaker).toBe('Audi');
    expect(run('The oxygen bar charges Rs 299 for fifteen minutes of pure air.')).toEqual([]);
    expect(run('Trump tweeted on Friday, saying the debate had been rigged against him.')[0]!.speaker).toBe('Trump');
  });

  it('reads an unlisted verb in speech position after a quote as "said" ("gushed", "sighed")', () => {
    expect(run('"It is the best day of my life," Smith gushed.')[0]).toEqual({ kind: 'direct', text: 'It is the best day of my life,', speaker: 'Smith' });
    expect(run('"We tried everything we could think of," sighed the official.')[0]!.speaker).toBe('the official');
    // Not after a title, and not without the comma inside the quote that marks a speech tag.
    expect(run('"The Crown" premiered in 2016 and Smith starred in it.')).toEqual([]);
  });

  it('resolves "the automaker", "the senator" and "she" to the one they refer to', () => {
    const t = 'VW says the wagon will go on sale in 2021. The automaker says the seats are made from apple waste.';
    expect(run(t).map((q) => q.speaker)).toEqual(['VW', 'VW']);
    const u = 'Sen. Ted Cruz said he would vote for the nominee. The 45-year-old senator said the party must unite.';
    expect(run(u).map((q) => q.speaker)).toEqual(['Ted Cruz', 'Ted Cruz']);
    const v = [
      '"It was terrifying," said Mary Steenburgen.',
      '"She called me at midnight," said Tom Harper. "It was a long night," he said.',
      '"I was back at it by the next morning," she said.',
    ].join('\n');
    expect(findQuotes(v, []).at(-1)!.speaker?.name).toBe('Mary Steenburgen');
  });

  it('does not carry the last speaker across the introduction of someone new', () => {
    const t = [
      '"We will appeal the ruling as soon as we can," said Maria Keller, the mayor.',
      'Tom Brandt, a lawyer for the residents, disagreed with the plan.',
      '"The city has had years to fix this and has done nothing at all."',
    ].join('\n');
    const last = findQuotes(t, []).at(-1)!;
    expect(t.slice(last.start, last.end)).toMatch(/^The city has had/);
    expect(last.speaker).toBeNull();
    // Without the new name in between, the paragraph of quotes stays with its speaker.
    const u = [t.split('\n')[0], '"The city has had years to fix this and has done nothing at all."'].join('\n');
    expect(findQuotes(u, []).at(-1)!.speaker?.name).toBe('Maria Keller');
  });

  // Speed is measured by `npm run bench` on a quiet machine; here only a hang (a runaway regex) fails.
  it('runs a 5,000-word article without hanging, finding every quote', () => {
    const para =
      'The council will vote next week on the plan, a city official said on Monday. "It is a good plan for everyone," Mayor Tom Reyes told reporters.';
    const text = Array.from({ length: 200 }, () => para).join('\n');
    findQuotes(text, []);
    const t0 = performance.now();
    const qs = findQuotes(text, []);
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(qs).toHaveLength(400);
  });
});

describe.skipIf(!existsSync(SEED + '.txt'))('seed article (needs ../shared; skipped when absent)', () => {
  const body = existsSync(SEED + '.txt') ? seedBody(readFileSync(SEED + '.txt', 'utf8')) : '';
  const gold = existsSync(SEED + '.txt') ? JSON.parse(readFileSync(SEED + '.gold.json', 'utf8')) : null;
  const people = [
    { id: 'person:alexander-lukashenko', name: 'Alexander Lukashenko', forms: ['Alexander Lukashenko', 'Lukashenko'] },
    { id: 'person:vladimir-putin', name: 'Vladimir Putin', forms: ['Vladimir Putin'] },
    { id: 'person:volodymyr-zelensky', name: 'Volodymyr Zelensky', forms: ['Volodymyr Zelensky'] },
    { id: 'person:ursula-von-der-leyen', name: 'Ursula von der Leyen', forms: ['Ursula von der Leyen'] },
    { id: null, name: 'Sergei Kuznetsov', forms: ['Sergei Kuznetsov', 'Kuznetsov'] },
  ];

  it('body is the article text only', () => {
    expect(body.startsWith(gold.article.bodyStartsWith)).toBe(true);
    expect(body.endsWith(gold.article.bodyEndsWith)).toBe(true);
  });

  for (const mode of ['with entities', 'with entities = []'] as const) {
    it(`finds all 12 gold quotes with the right speaker (${mode})`, () => {
      const entities = mode === 'with entities' ? seedEntities(body, people) : [];
      const qs = findQuotes(body, entities);
      const score = scoreSeed(body, qs, gold);
      expect(score.misses).toEqual([]);
      expect(score.found).toBe(12);
      expect(score.scareAttributed).toBe(0);
      const epithet = body.indexOf(gold.notQuotesOfASpeaker[0].text);
      expect(qs.some((q) => q.start <= epithet && q.end > epithet)).toBe(false);
      if (entities.length) {
        const relayed = find(body, qs, gold.quotes[4].text)!;
        expect(relayed.speaker?.entityId).toBe('person:alexander-lukashenko');
        expect(relayed.speaker?.via?.entityId).toBe('person:volodymyr-zelensky');
        const anon = qs.find((q) => q.speaker?.anonymous);
        expect(anon?.speaker?.entityId).toBeNull();
      }
    });
  }
});
