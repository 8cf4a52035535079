/** What the end-to-end suite needs of a browser with the built extension loaded. */
export interface PageHandle {
  goto(url: string): Promise<void>;
  evaluate<T>(expression: string): Promise<T>;
  mouseMove(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  text(selector?: string): Promise<string>;
  screenshot(path: string): Promise<void>;
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
  /** Run a manifest command (keyboard shortcut) for the tab whose URL starts with `urlPrefix`. */
  command(name: string, urlPrefix: string): Promise<unknown>;
  /** The toolbar badge text for the tab the background saw last. */
  badge(): Promise<string>;
  close(): Promise<void>;
}

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
