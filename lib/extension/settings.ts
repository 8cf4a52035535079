import { storage } from '@wxt-dev/storage';

export interface Settings {
  entities: boolean;
  quotes: boolean;
  claims: boolean;
  style: 'underline' | 'background';
}

export const DEFAULT_SETTINGS: Settings = { entities: true, quotes: true, claims: true, style: 'underline' };

/** Settings live in storage.local (not in the dataset database) so a dataset upgrade never touches them. */
export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });
export const pausedSitesItem = storage.defineItem<string[]>('local:pausedSites', { fallback: [], version: 1 });

export function isPaused(sites: string[], hostname: string): boolean {
  return sites.some((s) => hostname === s || hostname.endsWith(`.${s}`));
}
