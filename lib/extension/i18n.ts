import { browser } from 'wxt/browser';
// Type only: the catalogue is read by the browser from _locales/, never bundled into a script.
import type enMessages from '../../assets/public/_locales/en/messages.json';

/**
 * Every word the UI shows goes through `t`: the browser's own i18n (`browser.i18n.getMessage`)
 * over assets/public/_locales/<lang>/messages.json, so a translation is one more file. The key
 * type comes from the English catalogue: a key it lacks is a type error.
 *
 * Substitutions fill the message's placeholders in order ($1…$9, named in the catalogue the
 * Chrome way). browser.i18n has no plural rules: messages carry counts as bare numbers
 * ("Who said what (9)") or in phrasings that read for any number.
 */
export type MessageKey = keyof typeof enMessages;

/** One entry of a messages.json file. */
export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, CatalogEntry>;

let fallback: Catalog | null = null;

/**
 * Where there is no extension API (unit tests rendering components in Node), `t` formats from a
 * catalogue handed in here; without one it returns the key and its substitutions, so the data a
 * view shows stays visible.
 */
export function setFallbackCatalog(catalog: Catalog | null): void {
  fallback = catalog;
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const got = browser?.i18n?.getMessage(key, subs);
  if (got) return got;
  const entry = fallback?.[key];
  return entry ? formatMessage(entry, subs) : [key, ...subs].join(' ');
}

/** Locale for numbers inside messages: the catalogue's own language, not the browser's. */
export function numberLocale(): string {
  return t('numberLocale');
}

/**
 * messages.json substitution as the browsers do it: named placeholders ($NAME$, any case) take
 * their content, then $1…$9 take the substitutions and $$ is a dollar sign.
 */
export function formatMessage(entry: CatalogEntry, subs: string[]): string {
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const withNamed = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => named.get(name.toLowerCase()) ?? m);
  return withNamed.replace(/\$(\$|[1-9])/g, (_m, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}
