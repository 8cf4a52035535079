import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';
import { lookup } from './support/mention-at';

/** The places' mentions in text order (the name finder's lists only). */
const places = (text: string) => mentionsOf('place', text, undefined, true);

describe('a place named with a capital is that place where the article writes it again in lower case', () => {
  it('the lower-case words after the capitalised name are the same place', async () => {
    expect(await places('Anyone know of any training in Delaware?\nI want to move to Delaware but how can I get certified in delaware?')).toEqual([
      'Delaware',
      'Delaware',
      'delaware',
    ]);
    expect(await places('I love Chicago. Is there good pizza in chicago near the lake?')).toEqual(['Chicago', 'chicago']);
  });

  it('two words, not their last word alone inside a longer place name written in lower case', async () => {
    const text = 'Buses ply between Sector-37 crossing in Noida and Kasna in Greater Noida.\nIs there any transport from noida to greater noida?';
    const found = await places(text);
    expect(found.filter((m) => m === m.toLowerCase())).toEqual(['noida', 'greater noida']);
  });

  it('only after a word of place or travel ("fine china" is no place)', async () => {
    expect(await places('We flew to China in May. Pack the fine china first.')).toEqual(['China']);
    expect(await places('We flew to China in May. Is the china there dear?')).toEqual(['China']);
  });

  it('not an everyday word ("reading"), not a URL, a hyphenated word or a name the article never capitalised', async () => {
    expect(await places('We moved to Reading last year, and I was reading in the garden.')).toEqual(['Reading']);
    expect(await places('I love Chicago. Try the chicago-style pizza listed at chicago.com today.')).toEqual(['Chicago']);
    expect(await places('I love Chicago. The menu says #chicago on every page.')).toEqual(['Chicago']);
    expect(await places('We sailed round Long Island. It is a long island.')).toEqual(['Long Island']);
    expect(await places('The trip was long. We stopped in Paris on the way.')).toEqual(['Paris']);
  });

  it('never a country: a lower-case word is never a country card (issue 18), whatever the article capitalised', async () => {
    const countries = (text: string) => mentionsOf('country', text, lookup, true);
    expect(await countries('We flew to Japan in May. The best time to visit japan is spring.')).toEqual(['Japan']);
    expect(await countries('Troops left Afghanistan in 2021. Few reporters went back to afghanistan after that.')).toEqual(['Afghanistan']);
    // A dataset place that is no country still is ("Delaware" … "delaware").
    expect(await mentionsOf('place', 'Any training in Delaware? How can I get certified in delaware?', lookup, true)).toEqual(['Delaware', 'delaware']);
  });
});
