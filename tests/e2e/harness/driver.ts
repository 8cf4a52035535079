/** What the end-to-end suite needs of a browser with the built extension loaded. */
export interface PageHandle {
  goto(url: string): Promise<void>;
  evaluate<T>(expression: string): Promise<T>;
  mouseMove(x: number, y: number): Promise<void>;
  /** A real (trusted) click at page coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  text(selector?: string): Promise<string>;
  screenshot(path: string): Promise<void>;
  /** Make this tab the active one (a background tab gets throttled timers and no animation frames). */
  front(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionDriver {
  name: 'chromium' | 'firefox';
  /** The tab the article is shown in. */
  page: PageHandle;
  /** Open the extension's popup as a page describing the article tab. */
  openPopup(): Promise<PageHandle>;
  openOptions(): Promise<PageHandle>;
  /** URLs requested anywhere in the browser that are not the local fixture server. */
  foreignRequests(): string[];
  /**
   * Send the content script of the article tab the message the background sends for the keyboard
   * command (headless browsers deliver no shortcuts; production ships no hook for tests).
   */
  cycle(): Promise<unknown>;
  /** Evaluate an expression in an extension context (the background in Chromium, an extension page in Firefox). */
  ext<T>(expression: string): Promise<T>;
  /**
   * Run `fn(root, host)` (function source) on Backstory's card host and its closed shadow root, in a
   * world the page's scripts cannot reach: the content script's isolated world (Chromium, through
   * `chrome.dom.openOrClosedShadowRoot`) or a WebDriver BiDi sandbox (Firefox, which serialises closed
   * shadow roots to the test client). `root` and `host` are null when there is no card host.
   */
  inCard<T>(fn: string): Promise<T>;
  /** The open card, read through `inCard`; null when no card is shown. */
  card(): Promise<CardState | null>;
  /** The stored summary of the article tab (what the popup shows), or null. */
  report(): Promise<Record<string, unknown> | null>;
  /** The toolbar badge text for the tab the background saw last. */
  badge(): Promise<string>;
  close(): Promise<void>;
}

export interface CardState {
  text: string;
  title: string | null;
  /** The polite live region's text (what a screen reader announces). */
  live: string | null;
  /** Centre of the "Show in Backstory" button in page coordinates, for a real click. */
  link: { x: number; y: number } | null;
}

/** Reads the card from its shadow root; `fn(root, host)` for `inCard`. */
export const CARD_STATE = `(root, host) => {
  if (!host || !root || host.style.display === 'none') return null;
  const card = root.querySelector('.bs-card');
  if (!card) return null;
  const link = root.querySelector('.bs-link');
  const b = link ? link.getBoundingClientRect() : null;
  return {
    text: card.textContent,
    title: root.querySelector('.bs-title') ? root.querySelector('.bs-title').textContent : null,
    live: root.querySelector('[aria-live]') ? root.querySelector('[aria-live]').textContent : null,
    link: b ? { x: b.left + b.width / 2, y: b.top + b.height / 2 } : null,
  };
}`;

/** The message @webext-core/messaging sends for `cycle` (the background's keyboard-command handler). */
export const CYCLE_MESSAGE = `{ id: 1, type: 'cycle', data: undefined, timestamp: Date.now() }`;

export async function waitFor<T>(fn: () => Promise<T | null | undefined | false>, what: string, timeout = 20_000, every = 100): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, every));
  }
}
