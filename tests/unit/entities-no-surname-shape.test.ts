import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';
import { lookup } from './support/mention-at';

/** Words no surname is shaped like, and contractions of "is", make no person (article-people.ts, name-scan.ts); own sentences. */
const people = (text: string) => namesOf('person', text, lookup);

describe('an adverb, gerund or plural before a verb, or a name after "What\'s", is no person (issue 18)', () => {
  it('an everyday word shaped as no surname, made a person by the verb after it alone', async () => {
    expect(await people('The plan was simple. Reading was the hard part for most of us.')).not.toContain('Reading');
    expect(await people('Budgets were tight. Tasks involved in this phase were shared out.')).not.toContain('Tasks');
    expect(await people('Prices rose. Rarely requested items were dropped from the menu.')).not.toContain('Rarely');
  });

  it('a surname that is an everyday word stays', async () => {
    expect(await people('In 2012, Blunt began filming a new thriller.')).toContain('Blunt');
  });

  it('"What\'s" and "It\'s" are no possessives', async () => {
    expect(await people("The screen is small. What's Worth Noting About Velmor I only used Velmor once.")).not.toContain('Worth Noting About Velmor');
    expect(await people("It's Worth Noting The battery is weak.")).not.toContain('Worth Noting');
  });
});
