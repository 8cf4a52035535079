import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * The subject of a verb of a life (lib/entities/life-subject.ts): irregular past tenses of a mind or a body that only people are
 * the subjects of. Sentences written for these tests.
 */
const typed = async (text: string, surface: string) => {
  const { e } = await mentionAt(text, surface);
  return e ? e.type : null;
};

describe('an irregular past of a mind or a body after a one-word name', () => {
  it('makes the name a person', async () => {
    expect(await typed('The crowd cheered, and afterwards Varnholt thought he had been treated unfairly.', 'Varnholt')).toBe('person');
    expect(await typed('At the funeral, Quimby wept openly beside the grave.', 'Quimby')).toBe('person');
    expect(await typed('In court, Ostrander swore that the letter was genuine.', 'Ostrander')).toBe('person');
  });
  it('leaves the pasts that firms and states have alone', async () => {
    // ("felt", "knew", "saw": news says them of firms and governments.)
    expect(await typed('Last quarter, Zelvaro felt the pressure of rising costs.', 'Zelvaro')).toBeNull();
    expect(await typed('For years, Zelvaro knew about the defect.', 'Zelvaro')).toBeNull();
  });
});
