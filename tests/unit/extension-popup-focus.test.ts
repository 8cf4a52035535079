import { describe, expect, it } from 'vitest';
import { freshFocus } from '../../lib/extension/popup-focus';
import { POPUP_FOCUS_TTL } from '../../lib/highlight/timing';

describe('"Show in Backstory" entries for the popup', () => {
  const at = 1_000_000;
  const f = { kind: 'entity', title: 'Kremlin', tabId: 7, at };
  it('are taken only for their own tab and only while fresh', () => {
    expect(freshFocus(f, 7, at + 10)).toEqual({ kind: 'entity', title: 'Kremlin' });
    expect(freshFocus(f, 8, at + 10)).toBeNull();
    expect(freshFocus(f, 7, at + POPUP_FOCUS_TTL)).toBeNull();
    expect(freshFocus(f, 7, at - 5)).toBeNull();
  });
  it('ignore malformed values', () => {
    for (const v of [null, undefined, 'x', { ...f, at: 'now' }, { ...f, title: 3 }, { kind: 'entity', title: 'K', tabId: 7 }])
      expect(freshFocus(v, 7, at)).toBeNull();
  });
});
