import { describe, expect, it } from 'vitest';
import { asSettings, asSites, DEFAULT_SETTINGS, isPaused } from '../../lib/extension/settings';

describe('stored settings as the content script reads them', () => {
  it('missing or corrupt values read as the defaults, field by field', () => {
    expect(asSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(asSettings('{"quotes":false}')).toEqual(DEFAULT_SETTINGS);
    expect(asSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
    expect(asSettings({ quotes: false, claims: 'no', style: 'neon' })).toEqual({ ...DEFAULT_SETTINGS, quotes: false });
    expect(asSettings({ entities: false, quotes: true, claims: false, style: 'background' })).toEqual({
      entities: false,
      quotes: true,
      claims: false,
      style: 'background',
    });
  });

  it('paused sites: only strings count, and a site pauses its subdomains but not look-alikes', () => {
    expect(asSites(null)).toEqual([]);
    expect(asSites(['news.example', 3, null, 'b.test'])).toEqual(['news.example', 'b.test']);
    const sites = asSites(['example.com']);
    expect(isPaused(sites, 'example.com')).toBe(true);
    expect(isPaused(sites, 'www.example.com')).toBe(true);
    expect(isPaused(sites, 'badexample.com')).toBe(false);
  });
});
