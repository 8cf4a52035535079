import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup, type PopupApi, type PopupFocus } from '~/components/Popup';
import '~/components/popup.css';
import { sendMessage, type AnalysisSummary } from '~/lib/extension/messaging';
import { asSites, isPaused } from '~/lib/extension/settings';
import { pausedSitesItem } from '~/lib/extension/settings-items';

/**
 * Which tab the popup describes: the active tab; `?tab=ID` overrides it (used when the popup is
 * opened as a page, e.g. by tests, where the active tab would be the popup itself).
 */
async function targetTab(): Promise<{ id: number; url: string | undefined } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) {
    const tab = await browser.tabs.get(Number(param)).catch(() => null);
    if (tab?.id != null) return { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id != null && !tab.url?.startsWith(location.origin)) return { id: tab.id, url: tab.url };
  // Opened as a page of its own: describe the tab analysed last.
  const { lastTab } = await browser.storage.session.get('lastTab');
  if (typeof lastTab === 'number') {
    const t = await browser.tabs.get(lastTab).catch(() => null);
    if (t?.id != null) return { id: t.id, url: t.url };
  }
  return null;
}

function App() {
  const [tab, setTab] = useState<{ id: number; url: string | undefined } | null>(null);
  const [summary, setSummary] = useState<AnalysisSummary | null>(null);
  const [sites, setSites] = useState<string[]>([]);
  const [focus, setFocus] = useState<PopupFocus | null>(null);

  useEffect(() => {
    void (async () => {
      const t = await targetTab();
      setTab(t);
      setSites(asSites(await pausedSitesItem.getValue()));
      if (!t) return;
      const { popupFocus } = await browser.storage.session.get('popupFocus');
      const f = popupFocus as (PopupFocus & { tabId: number }) | undefined;
      if (f && f.tabId === t.id) {
        setFocus({ kind: f.kind, title: f.title });
        await browser.storage.session.remove('popupFocus');
      }
      const key = `analysis:${t.id}`;
      const got = await browser.storage.session.get(key);
      setSummary((got[key] as AnalysisSummary) ?? null);
      browser.storage.session.onChanged?.addListener((changes) => {
        if (changes[key]) setSummary((changes[key].newValue as AnalysisSummary) ?? null);
      });
    })();
    return pausedSitesItem.watch((v) => setSites(asSites(v)));
  }, []);

  // The page's address comes from the content script's own report: reading tab.url would need the
  // "tabs" permission, which Backstory does not ask for.
  const pageUrl = summary?.url ?? tab?.url;
  const hostname = pageUrl ? safeHost(pageUrl) : null;
  const api: PopupApi = {
    search: (q) => sendMessage('search', q),
    scrollTo: (kind, index) => {
      if (tab) void sendMessage('scrollTo', { kind, index }, tab.id).catch(() => undefined);
    },
    analyzeAnyway: async () => {
      if (tab) await sendMessage('analyzeAnyway', undefined, tab.id).catch(() => undefined);
    },
    setPaused: async (paused) => {
      if (!hostname) return;
      const cur = asSites(await pausedSitesItem.getValue());
      await pausedSitesItem.setValue(paused ? [...new Set([...cur, hostname])] : cur.filter((s) => s !== hostname));
    },
  };
  return <Popup summary={summary} hostname={hostname} paused={!!hostname && isPaused(sites, hostname)} api={api} focus={focus} />;
}

function safeHost(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol.startsWith('http') ? u.hostname : null;
  } catch {
    return null;
  }
}

render(<App />, document.getElementById('app')!);
