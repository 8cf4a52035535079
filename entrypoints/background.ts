import { browser } from 'wxt/browser';
import bundled from '~/assets/dataset.json';
import { aliasHits } from '~/lib/dataset/alias-key';
import { createMemoryLookup } from '~/lib/dataset/memory-lookup';
import { BackstoryDB, entitiesByIds, lookupAliases, lookupDomain, openSeeded, REBUILT_NOTICE, searchEntities } from '~/lib/extension/db';
import { onMessage, sendMessage } from '~/lib/extension/messaging';
import { NAME_LEXICON } from '~/lib/entities/lexicon';
import { sanitizeSummary, validKeys, validTextRequest } from '~/lib/extension/validate';
import { POPUP_FOCUS_TTL } from '~/lib/highlight/timing';
import type { Dataset, DatasetEntity, DatasetLookup } from '~/lib/types';
import { analyzeBody } from '~/lib/analyze/body';
import { PAGE_MAX_CHARS } from '~/lib/analyze/options';

/**
 * The background owns the dataset. It seeds IndexedDB from the bundled file once per dataset
 * version, answers the pages' look-ups from it, and keeps one summary per tab for the popup.
 * Until the first seed completes, look-ups are answered from the bundled file in memory, so the
 * very first page after install is not left without cards.
 */
export default defineBackground(() => {
  const dataset = bundled as unknown as Dataset;
  let memory: ReturnType<typeof createMemoryLookup> | null = null;
  const mem = () => (memory ??= createMemoryLookup(dataset));
  let db: BackstoryDB = null as unknown as BackstoryDB; // set once seeding has opened it
  let seeded = false;
  let notice: string | null = null;
  // Answers already read from the database, per key (an absent key is cached as []): pages repeat
  // names, and a long page asks once per chunk. Dropped whole when it grows past a bound.
  const answered = new Map<string, DatasetEntity[]>();

  const seed = async (rebuilding = false) => {
    try {
      const opened = await openSeeded(dataset);
      db = opened.db;
      seeded = true;
      // The database was deleted or broken under us (a "clear site data", a corrupted profile):
      // rebuild it from the bundled file and say so once; settings live elsewhere and are kept.
      db.on('close', () => {
        if (!seeded) return;
        seeded = false;
        void seed(true);
      });
      if (opened.notice || rebuilding) {
        notice = opened.notice ?? REBUILT_NOTICE;
        await browser.storage.local.set({ notice });
      }
    } catch (err) {
      console.error('Backstory: the local dataset could not be rebuilt; answering from memory', err);
    }
  };
  const ready = seed();

  const fromDb = async <T>(dbCall: () => Promise<T>, memCall: () => Promise<T>): Promise<T> => {
    if (!seeded) return memCall();
    try {
      return await dbCall();
    } catch (err) {
      console.warn('Backstory: database look-up failed; rebuilding it and answering from memory', err);
      seeded = false;
      answered.clear();
      void seed(true);
      return memCall();
    }
  };

  const byAliases = async (keys: string[]): Promise<Record<string, DatasetEntity[]>> => {
    const misses = keys.filter((k) => !answered.has(k));
    if (misses.length) {
      const found = await fromDb(
        () => lookupAliases(db, misses),
        () => mem().byAliases(misses),
      );
      if (answered.size > 50_000) answered.clear();
      if (seeded) for (const k of misses) answered.set(k, aliasHits(found, k));
      else return Object.assign(pick(answered, keys), found);
    }
    return pick(answered, keys);
  };
  const byIds = (ids: string[]) =>
    fromDb(
      () => entitiesByIds(db, ids),
      () => mem().byIds(ids),
    );
  const byDomain = (domain: string) =>
    fromDb(
      () => lookupDomain(db, domain),
      () => mem().byDomain(domain),
    );
  // The text stages run here, beside the dataset, on the body text a page's content script
  // extracted: the content script stays small (it ships detection, extraction and painting only)
  // and the page's main thread never runs them.
  const local: DatasetLookup = {
    byAliases,
    byIds,
    byDomain,
    sources: async () => dataset.sources,
    lexicon: async () => NAME_LEXICON,
  };

  onMessage('byAliases', ({ data }) => byAliases(validKeys(data)));
  onMessage('byDomain', ({ data }) => byDomain(typeof data === 'string' ? data.slice(0, 253).toLowerCase() : ''));
  onMessage('byIds', ({ data }) => byIds(validKeys(data)));
  onMessage('sources', () => dataset.sources);
  onMessage('analyzeText', async ({ data }) => {
    const req = validTextRequest(data, 2 * PAGE_MAX_CHARS);
    if (!req) throw new Error('analyzeText: not a body text');
    const { text: _text, ...rest } = await analyzeBody(req.text, { lookup: local, publishedAt: req.publishedAt, maxChars: PAGE_MAX_CHARS, pause: macrotask });
    return { ...rest, text: '' };
  });
  onMessage('search', ({ data }) => {
    const q = typeof data === 'string' ? data.slice(0, 200) : '';
    return fromDb(
      () => searchEntities(db, q),
      async () => memorySearch(dataset.entities, q),
    );
  });
  onMessage('datasetInfo', async () => {
    const stored = (await browser.storage.local.get('notice')).notice;
    return {
      version: dataset.version,
      builtAt: dataset.builtAt,
      entities: dataset.entities.length,
      seeded,
      notice: notice ?? (typeof stored === 'string' ? stored : null),
      sources: dataset.sources,
    };
  });

  const session = browser.storage.session;
  const setBadge = async (tabId: number, text: string) => {
    const action = toolbarAction();
    await action?.setBadgeText({ tabId, text }).catch(() => undefined);
    if (text) await action?.setBadgeBackgroundColor({ tabId, color: '#3b5bdb' }).catch(() => undefined);
  };

  onMessage('reportAnalysis', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    // Only the fields the popup knows, each bounded, the whole under a size cap (lib/extension/validate.ts).
    const summary = tabId == null ? null : sanitizeSummary(data);
    if (tabId == null || !summary) return;
    const entry = { [`analysis:${tabId}`]: summary, lastTab: tabId };
    try {
      await session.set(entry);
    } catch {
      // storage.session is full (about 10 MB across all tabs): the other tabs' summaries go first.
      const all = await session.get(null);
      await session.remove(Object.keys(all).filter((k) => k.startsWith('analysis:')));
      await session.set(entry).catch(() => undefined);
    }
    // The badge counts the entities found (not every painted range, which would read as noise).
    const count = summary.isArticle || summary.entities.length ? summary.entities.length : 0;
    await setBadge(tabId, count ? String(count) : '');
  });

  onMessage('showInPopup', async ({ data, sender }) => {
    // The content script sends this only for a trusted click on the card's button.
    const kinds = ['entity', 'speaker', 'quote', 'claim'];
    if (!data || typeof data.title !== 'string' || !kinds.includes(data.kind) || sender.tab?.id == null) return false;
    const popupFocus = { title: data.title.slice(0, 300), kind: data.kind, tabId: sender.tab.id, at: Date.now() };
    await session.set({ popupFocus });
    // Short-lived: an entry the popup has not taken within the TTL is removed (the popup also ignores older ones).
    setTimeout(async () => {
      const now = (await session.get('popupFocus')).popupFocus as { at?: number } | undefined;
      if (now?.at === popupFocus.at) await session.remove('popupFocus');
    }, POPUP_FOCUS_TTL);
    // action.openPopup exists in Chrome 127+ and in Firefox (MV2: browserAction) during a user gesture.
    const action = toolbarAction() as { openPopup?: () => Promise<void> } | undefined;
    try {
      await action?.openPopup?.();
      return true;
    } catch {
      return false;
    }
  });

  // A tab that starts loading a page drops the last page's summary and badge: the next page's
  // content script reports its own, and a page where it does not run must not show the last one.
  // The status of tabs.onUpdated needs no "tabs" permission (only url, title and favicon do).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void session.remove(`analysis:${tabId}`);
    void setBadge(tabId, '');
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void session.remove(`analysis:${tabId}`);
  });

  // The keyboard command: the content script of the active tab moves to its next highlight.
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== 'cycle-highlights') return;
    const target = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (target != null) await sendMessage('cycle', undefined, target).catch(() => false);
  });

  browser.runtime.onInstalled.addListener(() => void ready);
});

/** MV3's `action`, or MV2's `browserAction` (Firefox build). */
function toolbarAction(): typeof browser.action | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

/** Between chunks of a long body, let the background answer other tabs' messages. */
function macrotask(): Promise<void> {
  return new Promise((r) => setTimeout(r, 0));
}

function pick(cache: Map<string, DatasetEntity[]>, keys: string[]): Record<string, DatasetEntity[]> {
  const out = Object.create(null) as Record<string, DatasetEntity[]>;
  for (const k of keys) {
    const hit = cache.get(k);
    if (hit?.length) out[k] = hit;
  }
  return out;
}

function memorySearch(entities: DatasetEntity[], query: string): DatasetEntity[] {
  const q = query.toLowerCase();
  if (!q) return [];
  return entities.filter((e) => e.name.toLowerCase().includes(q)).slice(0, 20);
}
