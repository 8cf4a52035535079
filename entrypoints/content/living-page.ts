import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MUTATION_QUIET } from '~/lib/highlight/timing';

const MIN_ADDED_TEXT = 400;

/**
 * Pages change after load: single-page sites navigate without reloading, and many articles stream
 * their text in late. Re-analyse when the address really changed — read from the content script's
 * own world, so no event a page can dispatch (WXT's location-change event, a synthetic `navigate`)
 * counts — and when a burst of mutations has added a meaningful amount of text (debounced, so a
 * page that animates or floods mutations costs one cheap check per burst). A change of the fragment
 * alone (`#section`) only re-reports. Observing never changes the page.
 */
export function watchLivePage(ctx: ContentScriptContext, o: { isOwnNode: (n: Node) => boolean; onChange: (reanalyse: boolean) => void }): void {
  const address = () => location.href.split('#')[0]!;
  let last = address();
  let lastHash = location.hash;
  let checking = false;
  const check = () => {
    checking = false;
    const now = address();
    if (now !== last) {
      last = now;
      lastHash = location.hash;
      o.onChange(true);
    } else if (location.hash !== lastHash) {
      lastHash = location.hash;
      o.onChange(false);
    }
  };
  // The Navigation API's events say when to look (after the navigation commits); without it, look every second.
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  const soon = () => {
    if (checking) return;
    checking = true;
    ctx.setTimeout(check, 50);
  };
  if (nav?.addEventListener) ctx.addEventListener(nav as unknown as Window, 'navigate' as 'resize', soon);
  else ctx.setInterval(check, 1000);
  ctx.addEventListener(window, 'popstate', soon);

  let added = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (o.isOwnNode(r.target)) continue;
      for (const n of Array.from(r.addedNodes)) {
        if (o.isOwnNode(n)) continue;
        // textContent of a detached or huge subtree is bounded by what was actually added.
        added += n.nodeType === 3 ? (n as Text).length : n.nodeType === 1 ? Math.min((n.textContent ?? '').length, 100_000) : 0;
      }
    }
    if (added < MIN_ADDED_TEXT) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      added = 0;
      o.onChange(true);
    }, MUTATION_QUIET);
  });
  if (document.body) observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
