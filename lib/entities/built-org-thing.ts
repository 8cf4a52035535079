import type { Span } from '../types';

/**
 * An article-built "organisation" that the article names as a work or a product by apposition (issue 18; the built-organisation
 * audit, tests/fixtures/links-judged-2026-12-07-s31.json: "our online garden course, Kitchen Garden Academy"). English names a
 * thing after its kind and a comma — "my first book, Kitchen Garden Revival", "our podcast, The Long Game", "the app, Zorbix" —
 * and a reader takes the name for that thing, whatever its words ("Academy", "Group"). Asked with built-org-doubt.ts's evidence:
 * a mention that gives a body's acts ("… announced") keeps the card.
 */
export function thingByApposition(text: string, mentions: readonly Span[]): boolean {
  for (const m of mentions) {
    if (text[m.start - 2] !== ',') continue; // (cheap: only a name right after a comma)
    if (KIND_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))) return true;
  }
  return false;
}

/**
 * A determiner or a possessive, up to three lower-case words, a kind of work or product, a comma: "our online garden course, ",
 * "my first book, ", "the free app, ". (Not "the company, ", "a firm, ": bodies' kinds are firm-evidence.ts's.)
 */
const KIND_BEFORE =
  /(?:^|[^\p{L}])(?:our|my|his|her|their|its|your|the|a|an|this|new)\s+(?:[\p{Ll}-]+\s+){0,3}(?:course|courses|book|novel|memoir|podcast|newsletter|app|application|album|song|single|film|movie|documentary|show|series|game|video|channel|blog|magazine|column|programme|curriculum|workshop|masterclass|product|device|gadget|tool|software|platform|website|site|newsletter|ebook|e-book|guide),\s$/u;
