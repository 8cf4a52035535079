import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT stops an older copy of a content script when a newer copy announces itself with a DOM event
 * named `<extension id>:<script>:wxt:content-script-started` (after an extension update). The page
 * can dispatch that same event (the id is public: Firefox's gecko id, the Web Store's id), and every
 * highlight would go. A copy whose extension was updated or removed has lost its extension context
 * (`browser.runtime.id` is undefined), so invalidate only then: a forged event changes nothing, and a
 * real successor still stops its orphaned predecessor.
 */
export function ignoreForgedStops(ctx: ContentScriptContext): void {
  const c = ctx as unknown as { notifyInvalidated: () => void };
  const notify = c.notifyInvalidated.bind(ctx);
  c.notifyInvalidated = () => {
    if (browser.runtime?.id == null) notify();
  };
}
