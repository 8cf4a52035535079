import { browser } from 'wxt/browser';
import bundled from '~/assets/dataset.json';
import { createMemoryLookup } from '~/lib/dataset/memory-lookup';
import { BackstoryDB, lookupAliases, openSeeded, REBUILT_NOTICE, searchEntities, strip } from '~/lib/extension/db';
import { onMessage, sendMessage, type AnalysisSummary } from '~/lib/extension/messaging';
import { NAME_LEXICON } from '~/lib/entities/lexicon';
import { validKeys, validSummary } from '~/lib/extension/validate';
import type { Dataset, DatasetEntity } from '~/lib/types';

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

  onMessage('byAliases', async ({ data }) => {
    const keys = validKeys(data);
    const misses = keys.filter((k) => !answered.has(k));
    if (misses.length) {
      const found = await fromDb(() => lookupAliases(db, misses), () => mem().byAliases(misses));
      if (answered.size > 50_000) answered.clear();
      if (seeded) for (const k of misses) answered.set(k, found[k] ?? []);
      else return Object.assign(pick(answered, keys), found);
    }
    return pick(answered, keys);
  });
  onMessage('byDomain', ({ data }) => {
    const domain = typeof data === 'string' ? data.slice(0, 253).toLowerCase() : '';
    return fromDb(async () => (await db.entities.where('domains').equals(domain).toArray()).map(strip), () => mem().byDomain(domain));
  });
  onMessage('byIds', ({ data }) => {
    const ids = validKeys(data);
    return fromDb(async () => (await db.entities.bulkGet(ids)).filter((e): e is NonNullable<typeof e> => !!e).map(strip), () => mem().byIds(ids));
  });
  onMessage('sources', () => dataset.sources);
  onMessage('lexicon', () => NAME_LEXICON);
  onMessage('search', ({ data }) => {
    const q = typeof data === 'string' ? data.slice(0, 200) : '';
    return fromDb(() => searchEntities(db, q), async () => memorySearch(dataset.entities, q));
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

  onMessage('reportAnalysis', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId == null || !validSummary(data)) return;
    const summary = data as AnalysisSummary;
    await browser.storage.session.set({ [`analysis:${tabId}`]: summary, lastTab: tabId });
    const count = summary.isArticle || summary.entities.length ? summary.entities.length : 0;
    // The badge counts the entities found (not every painted range, which would read as noise).
    const action = toolbarAction();
    await action?.setBadgeText({ tabId, text: count ? String(count) : '' });
    await action?.setBadgeBackgroundColor({ tabId, color: '#3b5bdb' });
  });

  onMessage('showInPopup', async ({ data, sender }) => {
    if (!data || typeof data.title !== 'string' || sender.tab?.id == null) return false;
    await browser.storage.session.set({ popupFocus: { title: data.title.slice(0, 300), kind: String(data.kind), tabId: sender.tab.id } });
    // action.openPopup exists in Chrome 127+ and in Firefox (MV2: browserAction) during a user gesture.
    const action = toolbarAction() as { openPopup?: () => Promise<void> } | undefined;
    try {
      await action?.openPopup?.();
      return true;
    } catch {
      return false;
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(`analysis:${tabId}`);
  });

  const onCommand = async (command: string, tabId?: number) => {
    if (command !== 'cycle-highlights') return false;
    const target = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (target == null) return false;
    return sendMessage('cycle', undefined, target).catch(() => false);
  };
  browser.commands?.onCommand.addListener((c) => void onCommand(c));
  // Headless browsers deliver no keyboard shortcuts; end-to-end tests call the same handler directly.
  (globalThis as unknown as { backstoryCommand?: typeof onCommand }).backstoryCommand = onCommand;

  browser.runtime.onInstalled.addListener(() => void ready);
});

/** MV3's `action`, or MV2's `browserAction` (Firefox build). */
function toolbarAction(): typeof browser.action | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

function pick(cache: Map<string, DatasetEntity[]>, keys: string[]): Record<string, DatasetEntity[]> {
  const out: Record<string, DatasetEntity[]> = {};
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
