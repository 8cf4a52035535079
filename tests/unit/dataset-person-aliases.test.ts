import { describe, expect, it } from 'vitest';
import { addPersonNameAliases } from '../../lib/dataset/build/person-aliases';
import { newDraft } from '../../lib/dataset/build/draft';

/** The alias keys one name yields. */
function aliases(given: string[], surname: string, full = `${given.join(' ')} ${surname}`): string[] {
  const d = newDraft('person:x', 'person', full);
  addPersonNameAliases(d, undefined, new Set(), given, surname, full);
  return [...d.alias.keys()];
}

describe('person aliases (lib/dataset/build/person-aliases.ts)', () => {
  it('drops a middle name: given name + surname', () => {
    expect(aliases(['John', 'Fitzgerald'], 'Kennedy')).toContain('john kennedy');
  });
  it('never makes "Muhammad Ali" of a man who goes by his second given name ("Mohammed Irfaan Ali")', () => {
    const keys = aliases(['Mohammed', 'Irfaan'], 'Ali');
    expect(keys).toContain('mohammed irfaan ali');
    for (const k of ['mohammed ali', 'muhammad ali', 'mohamed ali', 'mohammad ali']) expect(keys).not.toContain(k);
  });
  it('keeps the spellings of a "Mohammed" who has no other given name', () => {
    const keys = aliases(['Mohammed'], 'Ali');
    expect(keys).toContain('mohammed ali');
    expect(keys).toContain('muhammad ali');
  });
  it('keeps the suffix of a "Jr." or "Sr." on every shorter form: the plain name is the father\'s', () => {
    const keys = aliases(['Ferdinand', 'Romualdez'], 'Marcos', 'Ferdinand Romualdez Marcos, Jr.');
    expect(keys).toContain('ferdinand marcos jr');
    expect(keys).toContain('marcos');
    expect(keys).not.toContain('ferdinand marcos');
    expect(keys).not.toContain('ferdinand romualdez marcos');
    // A regnal number is no generation: nothing is added to it.
    expect(aliases(['Abdullah'], 'II', 'Abdullah II').filter((k) => k.endsWith('ii ii'))).toEqual([]);
  });
});
