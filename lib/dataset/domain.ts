/**
 * Registrable domain of a host or URL ("feeds.washingtonpost.com" → "washingtonpost.com",
 * "www.bbc.co.uk" → "bbc.co.uk"). A small public-suffix rule: a two-letter country TLD preceded by
 * a generic second-level label (co, com, org, ...) is a two-part suffix. Enough for news sites.
 */

const SECOND_LEVEL = new Set([
  'co',
  'com',
  'org',
  'net',
  'gov',
  'ac',
  'edu',
  'or',
  'ne',
  'go',
  'gob',
  'gv',
  'nic',
  'info',
  'mil',
  'web',
  'in',
  'ltd',
  'plc',
  'nom',
  'press',
  'tv',
]);

export function hostOf(urlOrHost: string): string {
  let s = urlOrHost.trim().toLowerCase();
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  s = s
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '');
  return s;
}

export function registrableDomain(urlOrHost: string): string {
  const host = hostOf(urlOrHost);
  if (!host || /^\d+(\.\d+){3}$/.test(host)) return host;
  const labels = host.split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const tld = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const take = tld.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-take).join('.');
}
