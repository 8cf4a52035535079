import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { loadBundledDataset } from '../../lib/tools/load-dataset';
import { listsOnly } from './support/lists-only';

const lookup = createMemoryLookup(loadBundledDataset());

/** "type surface id" for every mention, in text order. */
async function mentions(text: string, l = lookup): Promise<string[]> {
  const { entities } = await findEntities(text, l);
  return entities
    .flatMap((e) => e.mentions.map((m) => ({ at: m.start, s: `${e.type} ${text.slice(m.start, m.end)} ${e.id ?? 'built'}` })))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.s);
}

describe('an organisation’s body after its name (lib/entities/org-body-after.ts)', () => {
  it('builds the body whole, not the organisation and a half name', async () => {
    expect(await mentions('They are certainly being nasty to the United Nations Security Council in connection with the treaty.')).toEqual([
      'organization United Nations Security Council built',
    ]);
    expect(await mentions('Palestinians called for a UN Security Council debate on Monday.')).toContain('organization UN Security Council built');
    expect(await mentions('The UN General Assembly voted on the resolution.')).toContain('organization UN General Assembly built');
    expect(await mentions('A ruling of the EU Court of Justice was expected.')).toContain('organization EU Court of Justice built');
  });

  it('keeps the organisation before an office, a person, a word that heads no body, or a lower-case word', async () => {
    expect(await mentions('The UN Secretary-General spoke on Friday.')).toContain('organization UN org:un');
    expect(await mentions('NATO Secretary General Jens Stoltenberg said it was time.')).toContain('organization NATO org:nato');
    expect(await mentions('Hunger grew, according to the UN World Food Program.')).toContain('organization UN org:un');
    expect(await mentions('The UN Security Council President spoke to reporters.')).toContain('organization UN org:un');
    expect(await mentions('The UN council met in Geneva.')).toContain('organization UN org:un');
    // The body's own alias matches first.
    expect(await mentions('The EU Commission said it would act.')).toContain('organization EU Commission org:european-commission');
  });
});

describe('an acronym of a place’s name (lib/entities/article-words.ts spelledAsPlace)', () => {
  it('makes the acronym the place’s, not an organisation’s', async () => {
    const text = 'NASA is looking to private companies to launch astronauts to the International Space Station. NASA has only 18 flights towards the ISS.';
    const got = await mentions(text, listsOnly);
    expect(got).toContain('place ISS built');
    expect(got).not.toContain('organization ISS built');
    expect(await mentions('Renting from John F. Kennedy International Airport (JFK) costs more. Cars at JFK are dear.', listsOnly)).toContain(
      'place JFK built',
    );
  });

  it('keeps organisations spelled out by a name with an organisation’s head', async () => {
    expect(await mentions('The Kennedy Space Center (KSC) said the launch was on. KSC said so twice.', listsOnly)).toContain('organization KSC built');
    expect(await mentions('Students at the University of Texas Rio Grande Valley are happy. UTRGV offers an online MBA.', listsOnly)).toContain(
      'organization UTRGV built',
    );
    // No place's name spells it: nothing.
    expect((await mentions('NASA flies to the ISS often.', listsOnly)).some((s) => s.includes(' ISS '))).toBe(false);
  });
});

describe('an outlet’s acronym as a report’s source (lib/entities/outlet-report.ts)', () => {
  it('links the outlet the reader goes to for a report, and before its own "Breaking News"', async () => {
    expect(await mentions('I had to go to the BBC for this report .')).toContain('outlet BBC outlet:bbc.co.uk');
    expect(await mentions('You have received this BBC Breaking News Alert because you subscribed to it.')).toContain('outlet BBC outlet:bbc.co.uk');
  });

  it('keeps an acronym before another capitalised name, and one with no report after "for", unlinked', async () => {
    expect((await mentions('He watched the BBC Proms for the music.')).some((s) => s.includes('outlet:bbc.co.uk'))).toBe(false);
    expect((await mentions('I have to go to the BBC for this meeting.')).some((s) => s.includes('outlet:bbc.co.uk'))).toBe(false);
    expect((await mentions('CBS Sports reported it first.')).some((s) => s.startsWith('outlet CBS '))).toBe(false);
  });
});
