import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup, type PopupApi, type PopupFocus } from '~/components/Popup';
import '~/components/popup.css';
import { sendMessage, type AnalysisSummary } from '~/lib/extension/messaging';
import { asSites, isPaused } from '~/lib/extension/settings';
import { pausedSitesItem } from '~/lib/extension/settings-items';
import { freshFocus, type StoredFocus } from '~/lib/extension/popup-focus';
import { t } from '~/lib/extension/i18n';

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
      const key = `analysis:${t.id}`;
      const session = browser.storage.session;
      // The background may write the entry after this popup opened (it opens the popup first where
      // the browser allows): take it whenever it arrives. It is left in place for a popup opened by
      // hand within the TTL (the browser may have opened one already); one too old for any tab goes.
      const takeFocus = (v: unknown) => {
        const f = freshFocus(v, t.id);
        if (v && !f && !freshFocus(v, (v as StoredFocus).tabId)) void session.remove('popupFocus');
        if (f) setFocus(f);
      };
      browser.storage.onChanged.addListener((changes, area) => {
        if (area !== 'session') return;
        if (changes[key]) setSummary((changes[key].newValue as AnalysisSummary) ?? null);
        if (changes.popupFocus?.newValue) takeFocus(changes.popupFocus.newValue);
      });
      takeFocus((await session.get('popupFocus')).popupFocus);
      const got = await session.get(key);
      setSummary((got[key] as AnalysisSummary) ?? null);
    })();
    return pausedSitesItem.watch((v) => setSites(asSites(v)));
  }, []);

  // The page's host name comes from the content script's own report (kept only where Backstory
  // painted or paused the page): reading tab.url would need the "tabs" permission.
  const hostname = summary?.host ?? null;
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
render(<App />, document.getElementById('app')!);
