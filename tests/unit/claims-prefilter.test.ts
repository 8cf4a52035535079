/**
 * lib/claims/prefilter.ts must return exactly the matches of the plain `exec` loop for every cue
 * regex that declares `starts`: checked on edge-case strings and, when ../shared is present, on
 * real article text (polnear-dev and the scrapinghub bodies).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CUE_RULES } from '../../lib/claims/cues';
import { DISPUTE_RULES } from '../../lib/claims/disputes';
import { WEASEL_RULES } from '../../lib/claims/weasel';
import { candidateStarts, matchesOf, type Prefiltered } from '../../lib/claims/prefilter';
import { ANON_RES, STATE_RES } from '../../lib/claims/sourcing';
import { execAll } from './support/exec-all';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(ROOT, '../shared');
const RULES: (Prefiltered & { re: RegExp })[] = [...CUE_RULES, ...DISPUTE_RULES, ...WEASEL_RULES, ...ANON_RES, ...STATE_RES];

function check(text: string): number {
  const starts = candidateStarts(text, RULES);
  let n = 0;
  RULES.forEach((r, i) => {
    const want = execAll(r.re, text);
    const got = [...matchesOf(r.re, text, starts[i]!)].map((m): [number, string] => [m.index, m[0]]);
    expect(got, `${r.re.source.slice(0, 60)}`).toEqual(want);
    n += want.length;
  });
  return n;
}

const EDGE = [
  'Critics say the vote was rigged. It is believed to be true, reportedly. Some say so; many believe it.',
  'He denied it.Allegedly, "they accused him," officials said. 5claims x_alleged éaccused naïve-claims',
  'ſome experts ſay it, KLAIMS, the ſources said. According to state media, the Kremlin-backed TV reported.',
  'Most of the international community agrees. It was not authorised to speak, said a senior U.S. official.',
  'on condition of anonymity, according to a source close to the talks, as quoted by state-run TV; well-known',
  'Sources say so.\nSOURCES HAVE TOLD us; and senior  Western   intelligence sources said it. U.S.-a official said, two aides, who spoke, told',
  'People familiar with the talks said; the Russian state news agency, citing officials, reported. Official media said.',
  'It is sometimes considered, heavily criticised; a common view. Another common misconception: one of the nation’s most, among the largest.',
  'It may well be, or may not have; it became known as Acme, is known for it. Reputedly some of the rules, many years, several studies; Many people.',
  // Anchors read off the word list: inside a word, after a mark, a digit or an underscore, in capitals.
  'Unofficial sources said it; (state media said) "State TV said" _state media said, 3state media said, éstate media said.',
  'STATE MEDIA SAID SO. OFFICIALS SAID. Government-run radio reported; Kremlin-controlled TV said; an official newspaper said.',
  'He offered no evidence; they provided no real proof. According to media reports, some reports suggested; said one legal expert.',
];

describe('claims prefilter: same matches as a full regex scan', () => {
  it('edge cases (case, folding letters, glued words, punctuation)', () => {
    expect(check(EDGE.join('\n'))).toBeGreaterThan(15);
  });

  it('rejects a prefix shorter than two letters or not lower-case', () => {
    expect(() => candidateStarts('a b', [{ starts: ['a'] }])).toThrow();
    expect(() => candidateStarts('a b', [{ starts: ['Ab'] }])).toThrow();
  });

  it('a word with a folding letter goes to prefix rules only, anchor candidates stay in order', () => {
    const text = 'a source said; ſay so, officials said';
    const [prefixed, anchored] = candidateStarts(text, [{ starts: ['zz'] }, { anchor: { re: /source|official/giu, groups: 1 } }]);
    expect(prefixed).toEqual([text.indexOf('ſay')]);
    expect(anchored).toEqual([...anchored!].sort((a, b) => a - b));
    expect(anchored).toContain(text.indexOf('officials'));
  });

  describe.skipIf(!existsSync(SHARED))('real text from ../shared (skipped: ../shared absent)', () => {
    it('polnear-dev articles and scrapinghub bodies', () => {
      const texts: string[] = [];
      const dir = path.join(SHARED, 'nlp/polnear-dev/text');
      if (existsSync(dir)) for (const f of readdirSync(dir).sort()) texts.push(readFileSync(path.join(dir, f), 'utf8'));
      const gt = path.join(SHARED, 'pages/scrapinghub-article-extraction-benchmark/ground-truth.json');
      if (existsSync(gt))
        for (const a of Object.values(JSON.parse(readFileSync(gt, 'utf8')) as Record<string, { articleBody?: string }>)) texts.push(a.articleBody ?? '');
      let n = 0;
      for (const t of texts) n += check(t);
      expect(n).toBeGreaterThan(100);
    });
  });
});
