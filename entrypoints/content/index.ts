import './highlights.css';
import { browser } from 'wxt/browser';
import { analyzeDocument } from '~/lib/analyze';
import { claimCard, entityCard, quoteCard, speakerCard, type CardModel } from '~/lib/card/view';
import { createMessageLookup } from '~/lib/extension/lookup-client';
import { onMessage, sendMessage, summarize } from '~/lib/extension/messaging';
import { isPaused, pausedSitesItem, settingsItem, type Settings } from '~/lib/extension/settings';
import type { BodyText } from '~/lib/extract';
import { clearPaint, paint, rangeFor, type Target } from '~/lib/highlight';
import type { Analysis } from '~/lib/types';
import { CardHost } from './card-host';
import { watchHover } from './hover';
import { buildTargets, rangesByName, type TargetData } from './targets';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const lookup = createMessageLookup();
    let settings: Settings = await settingsItem.getValue();
    let analysis: Analysis | null = null;
    let body: BodyText | null = null;
    let targets: Target<TargetData>[] = [];
    let cursor = -1;
    let hoverAbort: AbortController | null = null;
    const card = new CardHost(ctx, () => void browser.runtime.sendMessage({ type: 'openPopup' }).catch(() => undefined));

    const modelFor = (t: Target<TargetData>): CardModel => {
      const a = analysis!;
      const d = t.data;
      if (d.kind === 'entity') return entityCard(a, d.index);
      if (d.kind === 'speaker') return speakerCard(a, a.quotes[d.quote]!);
      if (d.kind === 'quote') return quoteCard(a, a.quotes[d.index]!);
      return claimCard(a, a.claims[d.index]!);
    };

    const repaint = () => {
      if (!analysis || !body) return;
      targets = buildTargets(analysis, settings);
      const groups = rangesByName(document, body, targets);
      paint(window, groups);
      return [...groups.values()].reduce((n, g) => n + g.length, 0);
    };

    const run = async (force = false) => {
      const paused = isPaused(await pausedSitesItem.getValue(), location.hostname);
      if (paused && !force) {
        await sendMessage('reportAnalysis', { ...summarize(emptyAnalysis(), 0), paused: true }).catch(() => undefined);
        return;
      }
      const result = await analyzeDocument(document, { lookup, url: location.href, force });
      if (ctx.isInvalid) return;
      analysis = result.analysis;
      body = result.body;
      const highlights = repaint() ?? 0;
      await sendMessage('reportAnalysis', summarize(analysis, highlights)).catch(() => undefined);
      if (!body) return;
      hoverAbort?.abort();
      hoverAbort = new AbortController();
      ctx.onInvalidated(() => hoverAbort?.abort());
      watchHover<TargetData>({
        doc: document,
        body,
        targets: () => targets,
        isOverCard: (e) => card.contains(e),
        open: (t, r) => void card.open(modelFor(t), r),
        close: () => card.close(),
        signal: hoverAbort.signal,
      });
    };

    const focusTarget = (t: Target<TargetData>) => {
      if (!body) return false;
      const r = rangeFor(document, body, t);
      if (!r) return false;
      const el = r.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      flash(r);
      void card.open(modelFor(t), r);
      return true;
    };

    onMessage('cycle', () => {
      const order = targets.filter((t) => t.name === 'backstory-entity' || t.name === 'backstory-claim' || t.name === 'backstory-speaker');
      if (!order.length) return false;
      cursor = (cursor + 1) % order.length;
      return focusTarget(order[cursor]!);
    });
    onMessage('scrollTo', ({ data }) => {
      if (!analysis || !data || typeof data.index !== 'number') return false;
      const want = data.kind === 'entity' ? 'backstory-entity' : data.kind === 'quote' ? 'backstory-quote' : 'backstory-claim';
      const t = targets.find((x) => x.name === want && (x.data as { index?: number }).index === data.index);
      return t ? focusTarget(t) : false;
    });
    onMessage('analyzeAnyway', async () => {
      await run(true);
      return !!analysis?.entities.length;
    });

    ctx.addEventListener(window, 'keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') card.close();
    });

    // Settings changed on the options page or in the popup: re-paint without re-analysing.
    settingsItem.watch((next) => {
      settings = next ?? settings;
      const n = repaint();
      if (n === undefined) clearPaint(window);
    });
    ctx.onInvalidated(() => clearPaint(window));

    await run();
  },
});

function flash(r: Range) {
  const reg = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  const H = (window as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!reg || !H) return;
  reg.set('backstory-flash', new H(r));
  setTimeout(() => reg.delete('backstory-flash'), 900);
}

function emptyAnalysis(): Analysis {
  return { isArticle: false, articleScore: 0, title: null, publisher: null, text: '', entities: [], quotes: [], claims: [], ms: { total: 0 } };
}
