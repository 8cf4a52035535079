import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { acronymNoBody } from '../../lib/entities/acronym-credential';
import { listsOnly } from './support/lists-only';

/** The article-built organisations' names. */
async function orgs(text: string): Promise<string[]> {
  const { entities } = await findEntities(text, listsOnly);
  return entities.filter((e) => e.type === 'organization').map((e) => e.name);
}
const at = (text: string, name: string) => [{ start: text.indexOf(name), end: text.indexOf(name) + name.length }];

describe('acronyms that name a credential or a state, no body (lib/entities/acronym-credential.ts)', () => {
  it('builds no organisation for a credential’s acronym', async () => {
    // (Before, "Fleet Management Professional" spelled FMP out as an organisation's name and FMP was built as one.)
    const text = 'The Fleet Management Professional (FMP) certification is popular. Pass the FMP exam and join 3,000 FMP holders. The FMP gives you a raise.';
    expect(await orgs(text)).not.toContain('FMP');
    const cdsp = 'Prepare for the Certified Data Steward Practitioner (CDSP) exam this spring. Many CDSP holders work in banks.';
    expect(acronymNoBody(cdsp, 'CDSP', at(cdsp, 'CDSP'))).toBe(true);
    const marks = 'You will pass your QRMP® or TKLA® exam on the first try, or the next one is free.';
    expect(acronymNoBody(marks, 'QRMP', at(marks, 'QRMP'))).toBe(true);
    expect(acronymNoBody(marks, 'TKLA', at(marks, 'TKLA'))).toBe(true);
    const spelled = 'Consider the Certified Fleet Auditor (CFLA), which takes a year.';
    expect(acronymNoBody(spelled, 'CFLA', at(spelled, 'CFLA'))).toBe(true);
  });

  it('keeps the body that awards a credential', () => {
    // It certifies ("ZQA Certified Quality Lead", "ZQA-certified"), it grants ("granted by the ZQA"), it speaks.
    const certifies = 'The ZQA Certified Quality Lead is hard to earn. The ZQA exam takes a day.';
    expect(acronymNoBody(certifies, 'ZQA', at(certifies, 'ZQA'))).toBe(false);
    const grants = 'A certification granted by the ZQA to those who passed the ZQA exam.';
    expect(acronymNoBody(grants, 'ZQA', at(grants, 'ZQA'))).toBe(false);
    const plural = 'Our staff hold over 300 KVS certifications and a KVS certification each.';
    expect(acronymNoBody(plural, 'KVS', at(plural, 'KVS'))).toBe(false);
    // A body of certified people ("Society of Certified … (NSC)").
    const society = 'He joined the National Society of Certified Fleet Auditors (NSCFA) last year.';
    expect(acronymNoBody(society, 'NSCFA', at(society, 'NSCFA'))).toBe(false);
    // "followed by" is an order, no agent.
    const followed = 'PMQ leads, followed by QRMP (3,923). The QRMP exam is short.';
    expect(acronymNoBody(followed, 'QRMP', at(followed, 'QRMP'))).toBe(true);
  });

  it('builds no organisation for a state’s code after "in" or a town', () => {
    const text = 'Forming an LLC in NY takes a week. Filing in NY costs $200.';
    expect(acronymNoBody(text, 'NY', at(text, 'NY'))).toBe(true);
    const town = 'Our office in Woodbury, NY opened in 1988.';
    expect(acronymNoBody(town, 'NY', at(town, 'NY'))).toBe(true);
    // Not a state's code, nor a code in no place's position.
    const other = 'Forming an LLC in QX takes a week.';
    expect(acronymNoBody(other, 'QX', at(other, 'QX'))).toBe(false);
    const body = 'The NY said on Monday that it would sue.';
    expect(acronymNoBody(body, 'NY', at(body, 'NY'))).toBe(false);
  });
});
