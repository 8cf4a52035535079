import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';
import { lookup } from './support/mention-at';

/** Names with a ruler's epithet (lib/entities/styled-names.ts), and the second of a pair after kin or a life's event (name-scan.ts), on sentences written for this file. */
const people = (text: string) => namesOf('person', text, lookup);

describe('a given name, "the" and a ruler’s epithet is one person (issue 18)', () => {
  it('the epithets of rulers and saints', async () => {
    expect(await people('The empire of Alexander the Great fell apart after his death.')).toContain('Alexander the Great');
    expect(await people('The reign of Ivan the Terrible began in 1547.')).toContain('Ivan the Terrible');
    expect(await people('The lands went to Charles the Bald in 843.')).toContain('Charles the Bald');
    expect(await people('The reign of Cnut the Great began in 1016.')).toContain('Cnut the Great'); // (a name no list knows)
  });

  it('not any capitalised word after "the", nor an epithet opening a longer heading', async () => {
    expect(await people('Call Rob the Mover for a quote.')).not.toContain('Rob the Mover');
    expect(await people('Skip the Great Tutorial and start playing.')).toEqual([]);
    expect(await people('Make America the Great nation it was.')).toEqual([]);
    expect(await people('Their aunt Isabella of France claimed the throne.')).not.toContain('Isabella of France'); // (UNER tags it whole or not)
  });
});

describe('the second of a pair after kin or a life’s event and "of" (issue 18)', () => {
  it('the noun governs both names, the second a one-word name in the same run', async () => {
    expect(await people('The year of the marriage of Torvald Quimsby and Amaranthe is unknown.')).toEqual(
      expect.arrayContaining(['Torvald Quimsby', 'Amaranthe']),
    );
    expect(await people('He was the son of Quarrender and Velzimov, a priestess.')).toEqual(expect.arrayContaining(['Quarrender', 'Velzimov']));
  });

  it('not a pair after a noun a firm or a place has', async () => {
    expect(await people('The merger of Quorvix and Zorbly was approved.')).toEqual([]);
  });
});

describe('"administrator" is a role before a name (issue 18)', () => {
  it('the role is left out of the name', async () => {
    expect(await people('The letter was signed by NASA Administrator Quimby Zell and others.')).toContain('Quimby Zell');
    expect(await people('NASA Administrator Mike Griffin said the shuttle would retire.')).toEqual(['Mike Griffin']);
  });
});
