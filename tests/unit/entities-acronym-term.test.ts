import { describe, expect, it } from 'vitest';
import { spelledAsTerm } from '../../lib/entities/acronym-term';
import { typedMentions } from './support/typed-mentions';

/**
 * An acronym the article introduces after lower-case words whose initials it is names a term of the article, no organisation
 * (lib/entities/acronym-term.ts); one spelled out in capitals is an organisation's.
 */
describe('an acronym spelled out in lower case', () => {
  it('is a term: no organisation card at any mention, though a heading writes it in capitals', async () => {
    const text =
      'Colleges now buy adaptive tutoring systems (ATS), which set each task by what a student knows.\n\n' +
      'How Adaptive Tutoring Systems Work\n\n' +
      'By tracking answers over weeks, ATS can adjust the pace of a course. Critics say ATS cannot replace a teacher.';
    expect((await typedMentions(text)).filter((m) => m.includes('ATS'))).toEqual([]);
  });
  it('an organisation spelled out in capitals keeps its card', async () => {
    const text = 'The Coastal Tutoring Association (CTA) said on Monday that CTA would train 40 tutors.';
    expect(await typedMentions(text)).toContain('organization CTA');
  });
  it('finds the initials with small words skipped and hyphens inside', () => {
    expect(spelledAsTerm('Boards track return on investment (ROI) closely.', 'ROI')).toBe(true);
    expect(spelledAsTerm('Most cars sold are battery-electric vehicles (BEV) now.', 'BEV')).toBe(true);
    expect(spelledAsTerm('They use online learning management systems (LMS) that include toolkits.', 'LMS')).toBe(true);
  });
  it('not an organisation spelled in capitals, letters that do not match, nor an acronym never in parentheses', () => {
    expect(spelledAsTerm('The Food and Drug Administration (FDA) approved it.', 'FDA')).toBe(false);
    expect(spelledAsTerm('It was funded by the national science group (NSF) in May.', 'NSF')).toBe(false);
    expect(spelledAsTerm('The ARP said on Monday that it would hire.', 'ARP')).toBe(false);
    expect(spelledAsTerm('a (Microsoft) product', 'Microsoft')).toBe(false);
  });
});
