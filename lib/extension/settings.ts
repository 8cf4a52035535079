import { browser } from 'wxt/browser';

export interface Settings {
  entities: boolean;
  quotes: boolean;
  claims: boolean;
  style: 'underline' | 'background';
}

/**
 * By default: names (the people quoted marked as speakers) and disputed claims. Tinting every
 * quote's full text is off by default — on the demo it painted most of the article (tests/eval/painted.ts).
 */
export const DEFAULT_SETTINGS: Settings = { entities: true, quotes: false, claims: true, style: 'underline' };

/**
 * Where settings live: storage.local (not the dataset database, so a dataset upgrade never touches
 * them). The popup, options page and background write them through @wxt-dev/storage items
 * (settings-items.ts); the content script only reads and watches, through `watchStored` below, so
 * the library's write, migration and metadata code (2.7 KB gzipped, 4 % of the content script's
 * budget) stays out of every page.
 */
export const SETTINGS_KEY = 'settings';
export const PAUSED_SITES_KEY = 'pausedSites';

/** Stored values are not trusted: a corrupt or foreign value reads as the defaults, field by field. */
export function asSettings(v: unknown): Settings {
  const o = v && typeof v === 'object' ? (v as Partial<Record<keyof Settings, unknown>>) : {};
  const flag = (k: 'entities' | 'quotes' | 'claims') => (typeof o[k] === 'boolean' ? (o[k] as boolean) : DEFAULT_SETTINGS[k]);
  return { entities: flag('entities'), quotes: flag('quotes'), claims: flag('claims'), style: o.style === 'background' ? 'background' : 'underline' };
}

export const asSites = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

export function isPaused(sites: string[], hostname: string): boolean {
  return sites.some((s) => hostname === s || hostname.endsWith(`.${s}`));
}

/** Read a storage.local value now and on every change, until `signal` aborts. */
export async function watchStored<T>(key: string, read: (raw: unknown) => T, onChange: (v: T) => void, signal: AbortSignal): Promise<T> {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && key in changes) onChange(read(changes[key]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
  const got = await browser.storage.local.get(key);
  return read(got[key]);
}
