import { browser } from 'wxt/browser';
import meta from 'virtual:backstory-dataset-meta';
import { aliasHits } from '~/lib/dataset/alias-key';
import { createMemoryLookup } from '~/lib/dataset/memory-lookup';
import { unpack } from '~/lib/dataset/pack';
import { BackstoryDB, entitiesByIds, lookupAliases, lookupDomain, openSeeded, REBUILT_NOTICE, searchEntities } from '~/lib/extension/db';
import { onMessage, sendMessage } from '~/lib/extension/messaging';
import { NAME_LEXICON } from '~/lib/entities/lexicon';
import { sanitizeSummary, validKeys, validTextRequest } from '~/lib/extension/validate';
import { POPUP_FOCUS_TTL } from '~/lib/highlight/timing';
import type { Dataset, DatasetEntity, DatasetLookup } from '~/lib/types';
import { analyzeBody } from '~/lib/analyze/body';
import { PAGE_MAX_CHARS } from '~/lib/analyze/options';

/**
 * The background owns the dataset. It seeds IndexedDB from the shipped file once per dataset
 * version, answers the pages' look-ups from it, and keeps one summary per tab for the popup.
 * Until the first seed completes, look-ups are answered from the shipped file in memory, so the
 * very first page after install is not left without cards. The file is read only then: a wake of
 * the service worker over a seeded database knows the dataset by its embedded meta alone.
 * Every listener below is registered synchronously, as MV3 requires; only the data comes later.
 */
export default defineBackground(() => {
  // Loaded once when first asked for; a failed load is asked again next time, not remembered.
  let entities: Promise<Dataset> | null = null;
  const dataset = () => (entities ??= loadShipped().catch((err) => ((entities = null), Promise.reject(err))));
  let memory: Promise<DatasetLookup> | null = null;
  const mem = () => (memory ??= dataset().then(createMemoryLookup, (err) => ((memory = null), Promise.reject(err))));
  let db: BackstoryDB = null as unknown as BackstoryDB; // set once seeding has opened it
  let seeded = false;
  let notice: string | null = null;
  // Answers already read from the database, per key (an absent key is cached as []): pages repeat
  // names, and a long page asks once per chunk. Dropped whole when it grows past a bound.
  const answered = new Map<string, DatasetEntity[]>();

  // Settled once the current seed attempt knows whether it must write (it asks for the file) or
  // has finished: a wake over a seeded database answers from it, not from a file read for nothing.
  let decided: Promise<void> = Promise.resolve();
  const seed = async (rebuilding = false) => {
    let decide = () => {};
    decided = new Promise<void>((r) => (decide = r));
    try {
      const opened = await openSeeded(meta, () => (decide(), dataset()));
      db = opened.db;
      seeded = true;
      // The database answers from here on: the entities in memory (if they were read) can go.
      entities = memory = null;
      decide();
      // The database was deleted or broken under us (a "clear site data", a corrupted profile):
      // rebuild it from the shipped file and say so once; settings live elsewhere and are kept.
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
    } finally {
      decide();
    }
  };
  const ready = seed();

  const fromDb = async <T>(dbCall: () => Promise<T>, memCall: () => Promise<T>): Promise<T> => {
    // A database that hangs on opening must not hold the pages' look-ups: after a second, memory answers.
    if (!seeded) await Promise.race([decided, new Promise((r) => setTimeout(r, 1000))]);
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
        async () => (await mem()).byAliases(misses),
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
      async () => (await mem()).byIds(ids),
    );
  const byDomain = (domain: string) =>
    fromDb(
      () => lookupDomain(db, domain),
      async () => (await mem()).byDomain(domain),
    );
  // The text stages run here, beside the dataset, on the body text a page's content script
  // extracted: the content script stays small (it ships detection, extraction and painting only)
  // and the page's main thread never runs them.
  const local: DatasetLookup = {
    byAliases,
    byIds,
    byDomain,
    sources: async () => meta.sources,
    lexicon: async () => NAME_LEXICON,
  };

  onMessage('byAliases', ({ data }) => byAliases(validKeys(data)));
  onMessage('byDomain', ({ data }) => byDomain(typeof data === 'string' ? data.slice(0, 253).toLowerCase() : ''));
  onMessage('byIds', ({ data }) => byIds(validKeys(data)));
  onMessage('sources', () => meta.sources);
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
      async () => memorySearch((await dataset()).entities, q),
    );
  });
  onMessage('datasetInfo', async () => {
    const stored = (await browser.storage.local.get('notice')).notice;
    return {
      version: meta.version,
      builtAt: meta.builtAt,
      entities: meta.entities,
      seeded,
      notice: notice ?? (typeof stored === 'string' ? stored : null),
      sources: meta.sources,
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

/**
 * The packed entities, from the file the build writes into the extension package (wxt.config.ts).
 * The URL is the extension's own (chrome-extension://… or moz-extension://…): the browser reads the
 * installed package from disk, so this is no network request, and the no-network tests (tests/sweep)
 * count only requests outside the extension's origin.
 */
async function loadShipped(): Promise<Dataset> {
  // The file is written at build time, so WXT's generated list of public paths does not name it.
  const getURL = browser.runtime.getURL.bind(browser.runtime) as (path: string) => string;
  const url = getURL('/dataset.json');
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Backstory: the dataset file could not be read (${res.status})`);
  const dataset = unpack((await res.json()) as Dataset);
  if (dataset.version !== meta.version) throw new Error(`Backstory: the dataset file is version ${dataset.version}, not ${meta.version}`);
  return dataset;
}

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
