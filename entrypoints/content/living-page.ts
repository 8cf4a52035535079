import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const QUIET_MS = 800;
const MIN_ADDED_TEXT = 400;

/**
 * Pages change after load: single-page sites navigate without reloading, and many articles stream
 * their text in late. Re-analyse on WXT's location-change event, and when a burst of mutations has
 * added a meaningful amount of text (debounced, so a page that animates or floods mutations costs
 * one cheap check per burst, not one analysis per mutation). Observing never changes the page.
 */
export function watchLivePage(ctx: ContentScriptContext, o: { isOwnNode: (n: Node) => boolean; onChange: () => void }): void {
  ctx.addEventListener(window, 'wxt:locationchange', () => o.onChange());

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
      o.onChange();
    }, QUIET_MS);
  });
  if (document.body) observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
