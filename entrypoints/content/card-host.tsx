import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CardView } from '~/components/CardView';
import cardCss from '~/components/card.css?inline';
import type { CardModel } from '~/lib/card/view';
import { boundAll } from '~/lib/extension/bounds';
import { t } from '~/lib/extension/i18n';

/**
 * The one element Backstory adds to a page: <backstory-card>, a closed shadow root holding the hover
 * card, so the page's scripts can neither read nor rewrite what the card says (tests read it from the
 * content script's world or over WebDriver BiDi). It is created on the first hover, so pages nobody
 * hovers stay byte-for-byte untouched.
 */
export class CardHost {
  private ui: Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>> | null = null;
  private creating: Promise<void> | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  private live: HTMLElement | null = null;
  card: CardModel | null = null;

  constructor(
    private ctx: ContentScriptContext,
    private onShowInPopup: (card: CardModel) => void,
  ) {}

  get host(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  private async ensure(): Promise<void> {
    if (this.ui && this.ui.shadowHost.isConnected) return;
    if (this.ui) {
      // The page removed our host: put the same one back rather than leaking a second shadow root.
      (document.body ?? document.documentElement).append(this.ui.shadowHost);
      return;
    }
    this.creating ??= (async () => {
      this.ui = await createShadowRootUi<HTMLElement>(this.ctx, {
        name: 'backstory-card',
        mode: 'closed',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css: cardCss,
        // WXT's default reset is `:host{all:initial !important}`, and an !important rule inside the
        // shadow root beats the host's inline style — it would pin the card to the end of the page.
        // card.css carries its own non-important reset instead.
        inheritStyles: true,
        isolateEvents: ['keydown', 'keyup', 'keypress'],
        onMount: (container) => container,
      });
      this.ui.mount();
      const h = this.ui.shadowHost;
      h.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;display:none;';
      // An always-present polite live region: screen readers announce the card without focus moving.
      this.live = document.createElement('div');
      this.live.setAttribute('aria-live', 'polite');
      this.live.setAttribute('style', 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);');
      this.ui.shadow.appendChild(this.live);
    })();
    await this.creating;
    this.creating = null;
  }

  async open(model: CardModel, anchor: Range): Promise<void> {
    await this.ensure();
    const ui = this.ui!;
    // Page text in a card (quotes, names from the article) loses its bidi overrides and is bounded.
    const card = boundAll(model, 1000);
    this.card = card;
    // "Show in Backstory" opens the popup only for a real click: a page's synthetic click is not trusted.
    const show = (e?: Event) => e?.isTrusted && this.onShowInPopup(card);
    render(<CardView card={card} onClose={() => this.close()} onShowInPopup={show as () => void} />, ui.uiContainer);
    ui.shadowHost.style.display = 'block';
    if (this.live) {
      const line = card.lines[0] ?? '';
      this.live.textContent = card.badge ? t('cardAnnounceBadge', card.badge, card.title, line) : t('cardAnnounce', card.title, line);
    }
    const rects = Array.from(anchor.getClientRects());
    const first = rects[0] ?? anchor.getBoundingClientRect();
    const reference = {
      getBoundingClientRect: () => {
        // Follow the text when the page scrolls: ranges report live positions.
        const live = anchor.getClientRects()[0];
        return live ?? first;
      },
      contextElement: anchor.startContainer.parentElement ?? undefined,
    };
    this.stopAutoUpdate?.();
    const floating = ui.shadowHost;
    this.stopAutoUpdate = autoUpdate(reference, floating, () => {
      void computePosition(reference, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        floating.style.left = `${Math.round(x)}px`;
        floating.style.top = `${Math.round(y)}px`;
      });
    });
  }

  close(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    this.card = null;
    if (!this.ui) return;
    render(null, this.ui.uiContainer);
    this.ui.shadowHost.style.display = 'none';
  }

  contains(e: MouseEvent): boolean {
    const h = this.host;
    if (!h || h.style.display === 'none') return false;
    if (e.composedPath().includes(h)) return true;
    const r = h.getBoundingClientRect();
    return e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
  }

  /** The page removed our host (or the whole body): forget it; the next open creates a new one. */
  get detached(): boolean {
    return !!this.ui && !this.ui.shadowHost.isConnected;
  }
}
