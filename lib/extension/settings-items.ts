import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, PAUSED_SITES_KEY, SETTINGS_KEY, type Settings } from './settings';

/** The writers' view of the settings (popup, options page): typed items with fallbacks and versions. */
export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, { fallback: DEFAULT_SETTINGS, version: 1 });
export const pausedSitesItem = storage.defineItem<string[]>(`local:${PAUSED_SITES_KEY}`, { fallback: [], version: 1 });
