/**
 * The learned tagger's vote on people (lib/entities/tagger/vote.ts; off in the product, measured by
 * tests/eval/ner.ts --vote and tests/eval/tagger-pages.ts): which of its person spans no vote makes
 * a person, and the strict setting's shapes of a name.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/entities/candidates';
import { lexiconSets } from '../../lib/entities/lexicon-sets';
import { notPerson, strictShape } from '../../lib/entities/tagger/vote';
import { NAME_LEXICON } from '../../lib/text/name-lexicon';
import type { EntityResult } from '../../lib/types';

const L = lexiconSets(NAME_LEXICON);
function at(text: string, name: string) {
  const tokens = tokenize(text);
  const lower = new Set(tokens.filter((t) => !t.cap).map((t) => t.low));
  const start = text.indexOf(name);
  return { article: { text, tokens }, lower, span: { start, end: start + name.length } };
}
const refused = (text: string, name: string) => {
  const a = at(text, name);
  return notPerson(a.article, L, a.lower, a.span);
};
const strict = (text: string, name: string, full?: string) => {
  const a = at(text, name);
  const e = full ? ({ name: full } as EntityResult) : undefined;
  return strictShape(a.article, L, a.span, e);
};

describe('the tagger’s vote on people', () => {
  it('makes no person of a listed company, a word written in lower case, an e-mail address or a name ending on a head word', () => {
    expect(refused('Analysts at Accenture Consulting were asked.', 'Accenture Consulting')).toBe(true);
    expect(refused('Ask Coffee Jones about the coffee.', 'Coffee Jones')).toBe(true);
    expect(refused('Traci Warner@ENRON COMMUNICATIONS on 08/16/2000', 'Traci Warner')).toBe(true);
    expect(refused('He became the 2003 NASCAR Winston Cup champion.', 'Winston Cup')).toBe(true);
    expect(refused('Thanks, R.E. Glenn', 'Glenn')).toBe(true);
    expect(refused('We met Maria Lopez in the lobby.', 'Maria Lopez')).toBe(false);
  });

  it('strictly: a full name opens on a given name or holds an initial, with no word in odd case', () => {
    expect(strict('The book by Joseph L. Jones and Anita M. Flynn.', 'Joseph L. Jones')).toBe(true);
    expect(strict('We talked to Conor McGregor yesterday.', 'Conor McGregor')).toBe(true);
    expect(strict('The Braun BrewSense is the cheapest brewer.', 'Braun BrewSense')).toBe(false);
    expect(strict('Buy Now Apple AirPods with Charging Case', 'Apple AirPods')).toBe(false);
  });

  it('strictly: one word is a given name standing alone, or the surname of a person named in full with a given name', () => {
    expect(strict('Good morning Debra - I have attached the file.', 'Debra')).toBe(true);
    expect(strict("keep in mind that Pedro's Moving Services Inc is dedicated", 'Pedro')).toBe(false);
    expect(strict('Anthropic’s Claude writes clean code.', 'Claude')).toBe(false);
    expect(strict('Let’s start with the Hugo: who won?', 'Hugo')).toBe(false);
    expect(strict('how gorgeous that Yumi Kim dress is', 'Kim')).toBe(false);
    expect(strict('Later, Lopez said no.', 'Lopez', 'Maria Lopez')).toBe(true);
    expect(strict('Later, Stadia said no.', 'Stadia', 'Google Stadia')).toBe(false);
  });
});
