import { describe, expect, it } from 'vitest';

// wxt/browser reads globalThis.chrome when imported: a stand-in extension context whose id can be lost.
const chrome = { runtime: { id: 'backstory-test' as string | undefined } };
(globalThis as unknown as { chrome: typeof chrome }).chrome = chrome;
const { ignoreForgedStops } = await import('../../lib/extension/page-guard');

/**
 * The part of WXT's ContentScriptContext the guard touches: its script-started listener calls
 * `this.notifyInvalidated()`, which aborts the context (node_modules/wxt/dist/utils/content-script-context.mjs;
 * the class itself needs Vite's import.meta.env, so the real event is exercised by tests/e2e/hostile.test.ts).
 */
function fakeContext() {
  const controller = new AbortController();
  return {
    signal: controller.signal,
    notifyInvalidated() {
      controller.abort('Content script context invalidated');
    },
  };
}

describe("WXT's script-started event cannot stop a live content script", () => {
  it('a forged stop (the extension context is alive) changes nothing', () => {
    const ctx = fakeContext();
    ignoreForgedStops(ctx as never);
    ctx.notifyInvalidated(); // what WXT's listener calls when a page dispatches the event
    expect(ctx.signal.aborted).toBe(false);
  });

  it('a real successor still stops an orphaned copy (its extension context is gone)', () => {
    const ctx = fakeContext();
    ignoreForgedStops(ctx as never);
    chrome.runtime.id = undefined;
    try {
      ctx.notifyInvalidated();
      expect(ctx.signal.aborted).toBe(true);
    } finally {
      chrome.runtime.id = 'backstory-test';
    }
  });
});
