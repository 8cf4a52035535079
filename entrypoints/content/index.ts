import './highlights.css';
import { analyzePage, emptyAnalysis, type TextStage } from '~/lib/analyze/document';
import { PAGE_MAX_CHARS } from '~/lib/analyze/options';
import { claimCard, entityCard, quoteCard, speakerCard, type CardModel } from '~/lib/card/view';
import { createMessageLookup } from '~/lib/extension/lookup-client';
import { onMessage, sendMessage, summarize, type AnalysisSummary } from '~/lib/extension/messaging';
import { ignoreForgedStops } from '~/lib/extension/page-guard';
import { asSettings, asSites, DEFAULT_SETTINGS, isPaused, PAUSED_SITES_KEY, SETTINGS_KEY, watchStored, type Settings } from '~/lib/extension/settings';
import type { BodyText } from '~/lib/extract';
import { rangeFor, type HighlightName, type Target } from '~/lib/highlight';
import { REANALYSIS_GAP } from '~/lib/highlight/timing';
import { wrapRanges, type Wrapped } from '~/lib/highlight/fallback';
import { createPainter } from '~/lib/highlight/near-viewport';
import type { Analysis } from '~/lib/types';
import { CardHost } from './card-host';
import { watchHover } from './hover';
import { watchLivePage } from './living-page';
import { buildTargets, rangesByName, type TargetData } from '~/lib/highlight/targets';

/**
 * The in-page shell: detect → analyse → highlight → hover card. The analysis lives in lib/; this
 * file only wires it to the page, the background and the user's settings. Every listener hangs off
 * `ctx` or an AbortSignal tied to it, so an invalidated script (extension updated or disabled)
 * leaves nothing behind.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  // WXT's start-up window.postMessage would tell every page the extension's id (issue 16).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    ignoreForgedStops(ctx);
    const lookup = createMessageLookup();
    // A change that arrives before the page is wired up below only updates the value.
    let onSettings = (next: Settings) => void (settings = next);
    let onPaused = (now: boolean) => void (paused = now);
    let settings: Settings = DEFAULT_SETTINGS;
    let paused = false;
    settings = await watchStored(SETTINGS_KEY, asSettings, (v) => onSettings(v), ctx.signal);
    paused = await watchStored(
      PAUSED_SITES_KEY,
      (v) => isPaused(asSites(v), location.hostname),
      (v) => onPaused(v),
      ctx.signal,
    );
    let analysis: Analysis | null = null;
    let body: BodyText | null = null;
    let targets: Target<TargetData>[] = [];
    let cursor = -1;
    let forced = false;
    let hoverAbort: AbortController | null = null;
    let wrapped: Wrapped<Target<TargetData>> | null = null;
    const variant = () => (settings.style === 'background' ? '-bg' : '') as '' | '-bg';
    // Long pages are painted near the viewport only (lib/highlight/near-viewport.ts says why).
    const painter = createPainter(window);
    // "Show in Backstory" opens the popup; CardHost calls this only for a trusted click.
    const card = new CardHost(ctx, (c) => void sendMessage('showInPopup', { kind: c.kind, title: c.title }).catch(() => undefined));

    const modelFor = (t: Target<TargetData>): CardModel => {
      const a = analysis!;
      const d = t.data;
      if (d.kind === 'entity') return entityCard(a, d.index);
      if (d.kind === 'speaker') return speakerCard(a, a.quotes[d.quote]!);
      if (d.kind === 'quote') return quoteCard(a, a.quotes[d.index]!);
      return claimCard(a, a.claims[d.index]!);
    };

    const repaint = (): number => {
      if (!analysis || !body || paused) {
        targets = [];
        painter.clear();
        return 0;
      }
      targets = buildTargets(analysis, settings);
      return paintGroups(rangesByName(document, body, targets));
    };
    const paintGroups = (groups: Map<HighlightName, Range[]>): number => {
      if (!painter.paint(groups, variant())) {
        // No Custom Highlight API (browsers older than Chrome 105 / Firefox 140): wrap, once.
        wrapped?.unwrap();
        wrapped = wrapRanges(
          document,
          targets
            .map((t) => ({ name: t.name, range: rangeFor(document, body!, t), data: t }))
            .filter((x): x is { name: typeof x.name; range: Range; data: Target<TargetData> } => !!x.range),
        );
      }
      return [...groups.values()].reduce((n, g) => n + g.length, 0);
    };

    const stop = () => {
      hoverAbort?.abort();
      hoverAbort = null;
      card.close();
      targets = [];
      painter.clear();
      wrapped?.unwrap();
      wrapped = null;
    };

    // The address leaves the page only as a host name, and only where Backstory painted or paused it.
    let last: AnalysisSummary | null = null;
    const report = async (a: Analysis, highlights: number) => {
      last = { ...summarize(a, highlights, highlights || paused ? location.hostname : null), paused };
      const summary = last;
      await yieldToPage();
      return sendMessage('reportAnalysis', summary).catch(() => undefined);
    };

    // Where the reader's pointer rests, for a hover watcher as it is installed: a pointer that came to
    // rest on a name before its highlight showed (or during the dwell an older watcher was timing when
    // a re-analysis replaced it) opens the card without another move. Tracked from the moment a page
    // is taken for an article (analyzePage pauses only there), so other pages pay nothing per move;
    // forgotten when the pointer leaves the window.
    let pointer: { clientX: number; clientY: number } | null = null;
    let tracking = false;
    const pause = () => {
      if (!tracking) {
        tracking = true;
        ctx.addEventListener(document, 'mousemove', (e) => {
          if (e.isTrusted) pointer = { clientX: (e as MouseEvent).clientX, clientY: (e as MouseEvent).clientY };
        });
        ctx.addEventListener(document, 'mouseout', (e) => e.isTrusted && !(e as MouseEvent).relatedTarget && (pointer = null));
      }
      return pauseIfLong();
    };

    // At most one analysis runs and at most one waits, whatever a page does; re-analyses start
    // REANALYSIS_GAP apart.
    let running: Promise<void> | null = null;
    let again = false;
    let started = 0;
    const run = (force = false): Promise<void> => {
      forced ||= force;
      if (running) {
        again = true;
        return running;
      }
      const loop = async () => {
        do {
          again = false;
          const wait = started + REANALYSIS_GAP - Date.now();
          if (started && wait > 0) await new Promise((r) => setTimeout(r, wait));
          started = Date.now();
          sliceStart = performance.now();
          await once(forced).catch((err) => console.warn('Backstory: analysis failed', err));
        } while (again && !ctx.isInvalid);
        running = null;
      };
      return (running = loop());
    };
    const once = async (force: boolean): Promise<void> => {
      if (paused && !force) {
        stop();
        await report(emptyAnalysis(), 0);
        return;
      }
      const result = await analyzePage(document, { lookup, url: location.href, force, pause, maxChars: PAGE_MAX_CHARS }, inBackground);
      if (ctx.isInvalid) return;
      // The new analysis's Ranges are built in slices, the page going first between them; the
      // analysis, its body and its targets then take over together, so a hover never mixes them.
      const shown = settings;
      const next = result.body && !paused ? buildTargets(result.analysis, shown) : [];
      const groups = result.body && !paused ? await slicedRanges(document, result.body, next) : null;
      if (ctx.isInvalid) return;
      analysis = result.analysis;
      body = result.body;
      // New settings or a pause that landed meanwhile paint (or clear) from scratch.
      const current = groups && !paused && settings === shown;
      if (current) targets = next;
      const highlights = current ? paintGroups(groups) : repaint();
      // Hover works from the moment highlights show; painting restyles the page, summarising the
      // analysis and sending the summary are tasks of their own.
      if (body) hover(body);
      await yieldToPage();
      await report(analysis!, highlights);
    };
    const hover = (body: BodyText) => {
      hoverAbort?.abort();
      hoverAbort = new AbortController();
      watchHover<TargetData>({
        doc: document,
        body,
        pointer,
        targets: () => {
          // A page may clear or replace CSS.highlights; paint again on the next hover.
          if (targets.length && !painter.intact()) repaint();
          return targets;
        },
        isOverCard: (e) => card.contains(e),
        open: (t, r) => void card.open(modelFor(t), r),
        close: () => card.close(),
        signal: hoverAbort.signal,
        resolve: wrapped
          ? (e) => {
              const mark = (e.target as Element | null)?.closest?.('mark[data-backstory]');
              const t = mark ? wrapped?.marks.get(mark) : undefined;
              if (!mark || !t) return null;
              const r = document.createRange();
              r.selectNodeContents(mark);
              return { t, r };
            }
          : undefined,
      });
    };
    ctx.onInvalidated(() => stop());

    const focusTarget = (t: Target<TargetData>) => {
      if (!body) return false;
      const r = rangeFor(document, body, t);
      if (!r) return false;
      // Long pages paint only near the viewport: the target is painted once scrolled to.
      const el = r.startContainer.parentElement;
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      const from = scrollY;
      el?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
      // Firefox (ESR 153, e2e) ignores a smooth scroll asked for by a content script: where the page
      // has not moved two frames later, jump (harmless where the target was already in place).
      if (smooth) requestAnimationFrame(() => requestAnimationFrame(() => scrollY === from && el?.scrollIntoView({ block: 'center' })));
      flash(r);
      void card.open(modelFor(t), r);
      return true;
    };

    onMessage('cycle', () => {
      // Reading order over what a reader would tab through: names, speakers and flagged claims.
      const order = targets.filter((t) => t.name !== 'backstory-quote');
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
      if (e.isTrusted && (e as KeyboardEvent).key === 'Escape') card.close();
    });

    // Settings changed on the options page or in the popup: re-paint without re-analysing.
    onSettings = (next) => {
      settings = next;
      card.close();
      repaint();
    };
    onPaused = (now) => {
      if (now === paused) return;
      paused = now;
      if (paused) stop();
      void run();
    };

    // Single-page sites and articles that load their text late; a new #fragment only re-reports
    // (the tab's summary was dropped when the browser saw it navigate).
    watchLivePage(ctx, {
      isOwnNode: (n) => n === card.host,
      onChange: (reanalyse) => void (reanalyse || !last ? run() : sendMessage('reportAnalysis', last).catch(() => undefined)),
    });

    await run();
  },
});

/** When the content script last gave the page a turn (or a new task of its began), performance.now. */
let sliceStart = 0;

/**
 * Yield to the page only when this task has already worked SLICE_MS: on a small page the steps
 * run on without a trip through the task queue each (a yield on a loading page can wait a while,
 * and the highlights with it), on a large one no step follows another in the same long task.
 */
async function pauseIfLong(): Promise<void> {
  if (performance.now() - sliceStart < SLICE_MS) return;
  await yieldToPage();
  sliceStart = performance.now();
}

/** The text stages run in the background, beside the dataset (lib/analyze/document.ts says why). */
const inBackground: TextStage = async (text, opts) => {
  const a = await sendMessage('analyzeText', { text, publishedAt: opts.publishedAt ?? null });
  // The answer arrives in a task of its own.
  sliceStart = performance.now();
  return a;
};

/**
 * Give the page's own work a turn between analysis steps and slices: a task queued behind the
 * page's (`scheduler.postTask` at the default user-visible priority, else `setTimeout 0`), so input,
 * rendering and the page's due timers go first. Not scheduler.yield: its continuations run ahead of
 * the page's timers, so back-to-back slices still looked like one long block to the page (measured:
 * 50-80 ms heartbeat gaps made of 25-35 ms tasks on a 2.5 MB page). Not background priority either,
 * now that extraction and Range building yield every ~12 ms: on a page still loading, each
 * background task waited behind all of the page's work, and the highlights came later (seed page,
 * DOMContentLoaded to painted, busy machine: 202 ms median of 7 against 146 before the slicing).
 */
function yieldToPage(): Promise<void> {
  const s = (globalThis as unknown as { scheduler?: { postTask?: (cb: () => void, o: { priority: string }) => Promise<void> } }).scheduler;
  if (s?.postTask) return s.postTask(() => undefined, { priority: 'user-visible' });
  return new Promise((r) => setTimeout(r, 0));
}

/** Work per task while building Ranges, ms (lib/analyze/document.ts SLICE_MS says why). */
const SLICE_MS = 12;

/**
 * rangesByName over the targets in slices of about SLICE_MS, yielding to the page between them.
 * Slices end only between targets with different starts, so each slice's de-duplication (by name,
 * start and end) sees every copy of a target: the groups are those of one rangesByName call.
 */
async function slicedRanges(doc: Document, body: BodyText, all: Target<TargetData>[]): Promise<Map<HighlightName, Range[]>> {
  const groups = new Map<HighlightName, Range[]>();
  let from = 0;
  while (from < all.length) {
    const t0 = performance.now();
    do {
      let to = Math.min(all.length, from + 64);
      while (to < all.length && all[to]!.start === all[to - 1]!.start) to++;
      for (const [name, ranges] of rangesByName(doc, body, all.slice(from, to))) {
        const list = groups.get(name);
        if (list) list.push(...ranges);
        else groups.set(name, ranges);
      }
      from = to;
    } while (from < all.length && performance.now() - t0 < SLICE_MS);
    if (from < all.length) await yieldToPage();
  }
  return groups;
}

function flash(r: Range) {
  const reg = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  const H = (window as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!reg || !H) return;
  reg.set('backstory-flash', new H(r));
  setTimeout(() => reg.delete('backstory-flash'), 900);
}
