import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';
import { lookup } from './support/mention-at';
import { cutShortAtEveryMention } from '../../lib/entities/built-org-cut';
import { lexiconSets } from '../../lib/entities/lexicon-sets';
import { NAME_LEXICON } from '../../lib/entities/lexicon';

/**
 * Article-built organisations that are a term's acronym, a kind of firm, a heading's choice, a longer name's tail, a product's or a
 * work's words, or a lone head word (lib/entities/built-org-acronym.ts, built-org-kind.ts, built-org-cut.ts, built-org-span.ts):
 * no card rather than a wrong card, unless a mention gives a body's evidence. Own sentences, after the kinds the thirty-seventh
 * session's audits (seed 37) and the real pages found.
 */
const orgs = (text: string) => namesOf('organization', text, lookup);
const L = lexiconSets(NAME_LEXICON);
const none = { overlaps: () => false };
const cut = (text: string, name: string) => {
  const at = text.indexOf(name);
  return cutShortAtEveryMention(text, name, [{ start: at, end: at + name.length }], L, none);
};

describe("an acronym spelled out as no body's words gets no organisation card (issue 18)", () => {
  it("a term's or a law's words in capitals, before the acronym", async () => {
    expect(await orgs('Courses run on a Learning Management System (LMS). The LMS stores content for Varnel Risk Management courses.')).not.toContain('LMS');
    expect(await orgs('Crypto firms operate under the Payment Service Act (PSA) in Japan. The PSA sets rules.')).not.toContain('PSA');
    expect(await orgs('- Machine Learning for Risk Management: Use ML algorithms to find patterns. Machine Learning (ML) helps.')).not.toContain('ML');
  });

  it("an acronym spelled out as a body's name keeps its card", async () => {
    expect(await orgs('The Varnel Safety Administration (VSA) fined the carrier. The VSA said the fine stands.')).toContain('VSA');
  });
});

describe("a kind of firm or a heading's choice gets no organisation card (issue 18)", () => {
  it('a state and a legal form only, or a letter and one: a firm formed there, a tax class', async () => {
    expect(await orgs("Steps to establish and grow your New York LLC confidently. What to do after you've formed a NY LLC.")).not.toContain('New York LLC');
    expect(await orgs("If you're taxed as an S Corp: Under S Corp status, you'll still have to pay income tax.")).not.toContain('S Corp');
  });

  it('"the Right …" and everyday words: the writer\'s judgement in a heading', async () => {
    expect(await orgs('How to Choose the Right Book Publishing Company\n\nFinding a publisher takes time.')).not.toContain('Right Book Publishing Company');
  });

  it("a firm's own word before its legal form keeps the card", async () => {
    expect(await orgs('Get a quote from Zelmora Moving LLC today.')).toContain('Zelmora Moving LLC');
  });
});

describe("a longer name's tail after a capitalised word mid-sentence gets no organisation card (issue 18)", () => {
  it("after a list's number, or a capitalised word inside a heading", async () => {
    expect(await orgs('Top insurers:\n\n1. State Varnel Group\nMarket share: 12.89%')).not.toContain('Varnel Group');
    expect(await orgs('Can You Trust The Top VPN Services?\n\nA VPN encrypts your traffic.')).not.toContain('Trust The Top VPN Services');
  });

  it('a body named by what it is of, cut before "and" and capitalised everyday words of its domain', async () => {
    expect(cut('Experts at the Varnel Department of Housing and Urban Development said so.', 'Varnel Department of Housing')).toBe(true);
    expect(cut('A survey by the Varnel Journal of Accountancy and The Tax Advisor found it.', 'Varnel Journal of Accountancy')).toBe(false);
    expect(cut('The Varnel Department of Justice and Google settled.', 'Varnel Department of Justice')).toBe(false);
  });

  it("a sentence's first word before the name leaves the card", async () => {
    expect(await orgs('Visit Zelmora Moving LLC today for a quote.')).toContain('Zelmora Moving LLC');
  });
});

describe("a product's, a work's or a lone head word gets no organisation card (issue 18)", () => {
  it("a maker's name before a model's code at every mention", async () => {
    const found = await orgs("You'll have options, including a three-door Hyundai i10s, a larger Peugeot 5008s with automatic transmission, and more.");
    expect(found).not.toContain('Hyundai');
    expect(found).not.toContain('Peugeot');
  });

  it('a name right before "by" and a person\'s name is a work\'s title', async () => {
    expect(await orgs('Top pick has to be House of Varnel by Peter Doig at the gallery.')).not.toContain('House of Varnel');
  });

  it('a lone everyday head word, or one that opens a longer name in the article, refers back or heads a line', async () => {
    const found = await orgs('Winners came from the Academy of Varnel Art. The Academy’s students stood out among hundreds.');
    expect(found).toContain('Academy of Varnel Art');
    expect(found).not.toContain('Academy');
    expect(await orgs('Step 5. Meet the Team: the consultants who work with you matter.')).not.toContain('Team');
  });

  it('"The" capitalised mid-sentence, a body\'s evidence, or the maker named alone keeps the card', async () => {
    expect(await orgs('He bought a stake in the former owner of The Times, a newspaper group.')).toContain('Times');
    expect(await orgs('The enrolment period opened in May. The Institute said in a release that classes will begin in June.')).toContain('Institute');
    expect(await orgs('Peugeot said its sales rose. You can rent a larger Peugeot 5008s with automatic transmission.')).toContain('Peugeot');
  });
});
