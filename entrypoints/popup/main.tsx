import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup, type PopupApi, type PopupFocus } from '~/components/Popup';
import '~/components/popup.css';
import type { AnalysisSummary } from '~/lib/extension/messaging';
import { asSites, isPaused, PAUSED_SITES_KEY } from '~/lib/extension/settings';
import { freshFocus, type StoredFocus } from '~/lib/extension/popup-focus';
import { t } from '~/lib/extension/i18n';

/*
 * The first render waits on storage only, and on nothing in sequence that need not be: every read
 * starts as this module is evaluated, the view is rendered once, with its data (not empty first and
 * again when the data lands), and the code the first render does not use (typed messaging, the
 * settings library that writes) is loaded when it is first used.
 */

type Tab = { id: number; url: string | undefined };
type Change = Record<string, { newValue?: unknown }>;

const session = browser.storage.session;
const param = new URLSearchParams(location.search).get('tab');
/** `?tab=ID` names the tab (the popup opened as a page, e.g. by tests): its entry is read beside the tab check. */
const paramTab = param && /^\d+$/.test(param) ? Number(param) : null;

// Changes that arrive before the view is mounted are kept and replayed, in order, once it is: the
// reads below may have been answered before them (or after; replaying the newest value is right either way).
let onChange: ((changes: Change, area: string) => void) | null = null;
const early: [Change, string][] = [];
browser.storage.onChanged.addListener((changes, area) => (onChange ? onChange(changes, area) : early.push([changes, area])));

const sitesRead = browser.storage.local
  .get(PAUSED_SITES_KEY)
  .then((got) => asSites(got[PAUSED_SITES_KEY]))
  .catch(() => [] as string[]);
const entryOf = (id: number) => session.get([`analysis:${id}`, 'popupFocus']).catch(() => ({}) as Record<string, unknown>);
const paramRead = paramTab != null ? entryOf(paramTab) : null;

/**
 * Which tab the popup describes: the active tab; `?tab=ID` overrides it (used when the popup is
 * opened as a page, e.g. by tests, where the active tab would be the popup itself).
 */
async function targetTab(): Promise<Tab | null> {
  if (paramTab != null) {
    const tab = await browser.tabs.get(paramTab).catch(() => null);
    if (tab?.id != null) return { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id != null && !tab.url?.startsWith(location.origin)) return { id: tab.id, url: tab.url };
  // Opened as a page of its own: describe the tab analysed last.
  const { lastTab } = await session.get('lastTab');
  if (typeof lastTab === 'number') {
    const t = await browser.tabs.get(lastTab).catch(() => null);
    if (t?.id != null) return { id: t.id, url: t.url };
  }
  return null;
}

interface Initial {
  tab: Tab | null;
  summary: AnalysisSummary | null;
  focus: unknown;
  sites: string[];
}

async function initial(): Promise<Initial> {
  // A tab named by ?tab=ID whose entry is stored exists (entries go when their tab closes): no need
  // to wait for the tab check.
  const named = paramRead && paramTab != null && (await paramRead)[`analysis:${paramTab}`] ? { id: paramTab, url: undefined } : null;
  const tab = named ?? (await targetTab().catch(() => null));
  const got = tab ? await (tab.id === paramTab && paramRead ? paramRead : entryOf(tab.id)) : {};
  return {
    tab,
    summary: tab ? ((got[`analysis:${tab.id}`] as AnalysisSummary | undefined) ?? null) : null,
    focus: got.popupFocus,
    sites: await sitesRead,
  };
}

/** The settings library (write, versions) only when the reader changes the pause: the first render never needs it. */
const sitesItem = () => import('~/lib/extension/settings-items').then((m) => m.pausedSitesItem);
const send = () => import('~/lib/extension/messaging').then((m) => m.sendMessage);

function App({ init }: { init: Initial }) {
  const { tab } = init;
  const [summary, setSummary] = useState<AnalysisSummary | null>(init.summary);
  const [sites, setSites] = useState<string[]>(init.sites);
  // "Show in Backstory": the background may write the entry after this popup opened (it opens the
  // popup first where the browser allows): take it whenever it arrives. It is left in place for a
  // popup opened by hand within the TTL (the browser may have opened one already); one too old for
  // any tab goes.
  const takeFocus = (v: unknown): PopupFocus | null => {
    if (!tab) return null;
    const f = freshFocus(v, tab.id);
    if (v && !f && !freshFocus(v, (v as StoredFocus).tabId)) void session.remove('popupFocus');
    return f;
  };
  const [focus, setFocus] = useState<PopupFocus | null>(() => takeFocus(init.focus));

  useEffect(() => {
    const key = tab ? `analysis:${tab.id}` : null;
    onChange = (changes, area) => {
      if (area === 'local' && PAUSED_SITES_KEY in changes) setSites(asSites(changes[PAUSED_SITES_KEY]!.newValue));
      if (area !== 'session') return;
      if (key && changes[key]) setSummary((changes[key].newValue as AnalysisSummary) ?? null);
      if (changes.popupFocus?.newValue) {
        const f = takeFocus(changes.popupFocus.newValue);
        if (f) setFocus(f);
      }
    };
    for (const [changes, area] of early.splice(0)) onChange(changes, area);
  }, []);

  // The page's host name comes from the content script's own report (kept only where Backstory
  // painted or paused the page): reading tab.url would need the "tabs" permission.
  const hostname = summary?.host ?? null;
  const api: PopupApi = {
    search: async (q) => (await send())('search', q),
    scrollTo: (kind, index) => {
      if (tab) void send().then((s) => s('scrollTo', { kind, index }, tab.id).catch(() => undefined));
    },
    analyzeAnyway: async () => {
      if (tab) await (await send())('analyzeAnyway', undefined, tab.id).catch(() => undefined);
    },
    setPaused: async (paused) => {
      if (!hostname) return;
      const item = await sitesItem();
      const cur = asSites(await item.getValue());
      await item.setValue(paused ? [...new Set([...cur, hostname])] : cur.filter((s) => s !== hostname));
    },
  };
  // A focus that arrives after the first render remounts the view, which picks its tab from the focus.
  return (
    <Popup
      key={focus ? `${focus.kind}:${focus.title}` : ''}
      summary={summary}
      hostname={hostname}
      paused={!!hostname && isPaused(sites, hostname)}
      api={api}
      focus={focus}
    />
  );
}

document.title = t('extName');
void initial().then((init) => {
  render(<App init={init} />, document.getElementById('app')!);
  // The messaging code is fetched once the first screen is up, so a click or a search does not wait for it.
  const later = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
  later(() => void send());
});
