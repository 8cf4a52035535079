import { POPUP_FOCUS_TTL } from '../highlight/timing';

/** What "Show in Backstory" leaves for the popup in storage.session: an entry of one tab, short-lived. */
export interface StoredFocus {
  kind: string;
  title: string;
  tabId: number;
  /** When the background wrote it (ms since the epoch). */
  at: number;
}

/** The entry for `tabId` if it is younger than POPUP_FOCUS_TTL, else null (malformed values too). */
export function freshFocus(v: unknown, tabId: number, now = Date.now()): { kind: string; title: string } | null {
  const f = v as Partial<StoredFocus> | null | undefined;
  if (!f || typeof f !== 'object' || f.tabId !== tabId || typeof f.title !== 'string' || typeof f.at !== 'number') return null;
  const age = now - f.at;
  return age >= 0 && age < POPUP_FOCUS_TTL ? { kind: String(f.kind), title: f.title } : null;
}
