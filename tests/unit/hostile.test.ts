// @vitest-environment happy-dom
import { register } from 'tsx/esm/api';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeBody, analyzeDocument } from '../../lib/analyze';
import { claimCard, entityCard, quoteCard, speakerCard, type CardModel } from '../../lib/card/view';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { disposeHtml, parseHtml } from '../../lib/tools/parse-html';
import { loadBundledDataset } from '../../lib/tools/load-dataset';
import type { Analysis, DatasetEntity, DatasetLookup } from '../../lib/types';

// The components import lib through the build's "~" alias, which the unit project's resolver does
// not define; tsx honours tsconfig paths. The happy-dom environment provides `document`.
// One tsx namespace for all three, so they share one Preact (hooks need that).
const views = register({ namespace: 'backstory-hostile-views' });
type PreactModule = typeof import('preact');
const { h, render } = (await views.import('preact', import.meta.url)) as PreactModule;
const { CardView } = (await views.import('../../components/CardView.tsx', import.meta.url)) as typeof import('../../components/CardView');
const { Popup } = (await views.import('../../components/Popup.tsx', import.meta.url)) as typeof import('../../components/Popup');
type ComponentChild = import('preact').ComponentChild;

/**
 * A page is hostile input. Whatever its text holds — markup, bidi overrides, invisible characters,
 * absurd sizes — it must travel through analysis into the card and the popup as text only, and
 * analysis must finish.
 */

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';
const RLO = '\u202eevil\u202c';
const ZW = 'z\u200bero\u200dwidth\ufeff';

let lookup: DatasetLookup;
let person: DatasetEntity;
beforeAll(async () => {
  const dataset = loadBundledDataset();
  lookup = createMemoryLookup(dataset);
  // A person with a role whom the linker finds in a plain sentence: the card then carries dataset
  // lines next to the page's hostile text, and a miss below is down to the hostile characters.
  for (const e of dataset.entities.filter((x) => x.type === 'person' && x.roles?.length)) {
    const a = await analyzeBody(`${e.name} said it would go on. ${e.name} spoke on Monday.`, { lookup });
    if (a.entities.some((x) => x.id === e.id)) {
      person = e;
      break;
    }
  }
  expect(person, 'a person the linker finds').toBeDefined();
});

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function hostileArticle(): string {
  const n = person.name;
  const paras = [
    `${n} spoke on Monday. “${IMG} is what they sent us, and we will answer it,” ${n} said.`,
    `“${SCRIPT} was found on the server,” a senior official told reporters, who alleged without evidence that ${n} ordered it.`,
    `${n} denied the report. ${RLO} and ${ZW} appeared in the ${IMG} statement, according to state media.`,
    `“We never wrote ${IMG},” said ${n}.`,
  ];
  return `<!doctype html><html><head><title>${escapeHtml(`${IMG} headline`)}</title><meta property="og:type" content="article"></head>
<body><article><h1>${escapeHtml(IMG)}</h1>${paras.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article></body></html>`;
}

function mount(vnode: ComponentChild): HTMLElement {
  const host = document.createElement('div');
  document.body.appendChild(host);
  render(vnode, host);
  return host;
}

function expectTextOnly(host: HTMLElement) {
  expect(host.querySelectorAll('img, script, iframe, object, embed').length, 'no element made from page text').toBe(0);
  for (const el of Array.from(host.querySelectorAll('*'))) {
    for (const a of Array.from(el.attributes)) expect(a.name.startsWith('on'), `event-handler attribute ${a.name}`).toBe(false);
  }
}

function cardsOf(a: Analysis): CardModel[] {
  const cards = a.entities.map((_, i) => entityCard(a, i));
  for (const q of a.quotes) {
    cards.push(quoteCard(a, q));
    if (q.speaker) cards.push(speakerCard(a, q));
  }
  for (const c of a.claims) cards.push(claimCard(a, c));
  return cards;
}

describe('hostile page text reaches the card and the popup as text', () => {
  it('markup inside quotes and claims is shown literally, never parsed', async () => {
    const doc = parseHtml(hostileArticle(), 'https://news.example.com/2024/05/01/story');
    try {
      const { analysis } = await analyzeDocument(doc, { lookup, url: 'https://news.example.com/2024/05/01/story', force: true });
      expect(analysis.text).toContain(IMG);
      expect(analysis.quotes.length, 'quotes found').toBeGreaterThan(0);
      const cards = cardsOf(analysis);
      const literal = cards.filter((c) => JSON.stringify(c).includes(IMG));
      expect(literal.length, 'some card carries the markup as text').toBeGreaterThan(0);

      for (const card of cards) {
        const host = mount(h(CardView, { card, onClose: () => undefined, onShowInPopup: () => undefined }));
        expectTextOnly(host);
        if (JSON.stringify(card).includes(IMG)) expect(host.textContent).toContain(IMG);
        render(null, host);
        host.remove();
      }

      // The popup gets the summary the background stores (page text only as excerpts).
      const summary = {
        ...analysis,
        text: undefined,
        quotes: analysis.quotes.map((q) => ({ ...q, excerpt: analysis.text.slice(q.start, q.end) })),
        claims: analysis.claims.map((c) => ({ ...c, excerpt: analysis.text.slice(c.start, c.end) })),
        highlights: 3,
      };
      const api = { search: async () => [], scrollTo: () => undefined, analyzeAnyway: async () => undefined, setPaused: async () => undefined };
      const host = mount(h(Popup, { summary: summary as never, hostname: `${IMG}.example`, paused: false, api }));
      expectTextOnly(host);
      expect(host.textContent).toContain(IMG);
      for (const tab of ['#tab-quotes', '#tab-claims']) {
        (host.querySelector(tab) as HTMLElement | null)?.click();
        await new Promise((r) => setTimeout(r, 0));
        expectTextOnly(host);
      }
      expect(host.textContent, 'the quotes or claims view shows the markup literally').toContain(IMG);
      render(null, host);
      host.remove();
    } finally {
      await disposeHtml(doc);
    }
  });

  it('a hostile dataset-like card (names, lines and sources) renders as text', () => {
    const card: CardModel = {
      kind: 'entity',
      title: `${IMG}${RLO}`,
      badge: SCRIPT,
      lines: [IMG, ZW, `<a href="javascript:alert(3)">x</a>`],
      sources: [{ name: IMG, asOf: `${SCRIPT}` }],
      quotes: [IMG],
      kinds: [IMG],
      otherSide: [IMG],
      entityType: 'person',
    };
    const host = mount(h(CardView, { card, onClose: () => undefined }));
    expectTextOnly(host);
    expect(host.querySelectorAll('a').length).toBe(0);
    expect(host.textContent).toContain(IMG);
    expect(host.textContent).toContain(SCRIPT);
    expect(host.textContent).toContain(RLO);
    expect(host.querySelector('[aria-label]')?.getAttribute('aria-label')).toContain(IMG);
    render(null, host);
    host.remove();
  });

  it('bidi overrides and zero-width characters do not break offsets', async () => {
    const n = person.name;
    const text = `${RLO} ${n}${'\u200b'} said “${ZW} is fine,” and ${n} denied it.\u202e ${n} \u2066${n}\u2069.`;
    const a = await analyzeBody(text, { lookup });
    for (const e of a.entities) for (const m of e.mentions) expect(m.start >= 0 && m.end <= text.length && m.start < m.end).toBe(true);
    for (const q of a.quotes) expect(q.start >= 0 && q.end <= text.length && q.start <= q.end).toBe(true);
    expect(
      a.entities.some((e) => e.id === person.id),
      'the name next to invisible characters is still found',
    ).toBe(true);
  });

  it('a 1 MB word finishes in bounded time', async () => {
    const word = 'A'.repeat(1 << 20);
    const t0 = performance.now();
    const a = await analyzeBody(`${person.name} said “${word}” today. ${word}`, { lookup });
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(a.entities.some((e) => e.id === person.id)).toBe(true);
    for (const q of a.quotes) {
      const host = mount(h(CardView, { card: quoteCard(a, q) }));
      // The card clips long quotes instead of carrying a megabyte into the page.
      expect(host.textContent!.length).toBeLessThan(2000);
      render(null, host);
      host.remove();
    }
  });

  it('a 1 MB word inside a page finishes in bounded time', async () => {
    const doc = parseHtml(
      `<html><body><article><p>${person.name} said it.</p><p>${'B'.repeat(1 << 20)}</p><p>The end of ${person.name}'s story.</p></article></body></html>`,
    );
    try {
      const t0 = performance.now();
      const { analysis } = await analyzeDocument(doc, { lookup, force: true });
      expect(performance.now() - t0).toBeLessThan(10_000);
      expect(analysis.text.length).toBeGreaterThanOrEqual(1 << 20);
    } finally {
      await disposeHtml(doc);
    }
  });

  it('a page of 100,000 nodes finishes in bounded time', async () => {
    const parts: string[] = [];
    // 25,000 paragraphs × (p + span + 2 text nodes) = 100,000 nodes.
    for (let i = 0; i < 25_000; i++) parts.push(`<p><span>${i % 50 === 0 ? person.name : 'word'}</span> ${i}</p>`);
    const doc = parseHtml(`<html><body><article>${parts.join('')}</article></body></html>`);
    try {
      expect(doc.body.getElementsByTagName('*').length).toBeGreaterThanOrEqual(50_000);
      const t0 = performance.now();
      const { analysis } = await analyzeDocument(doc, { lookup, force: true });
      expect(performance.now() - t0, 'analysis of 100,000 nodes').toBeLessThan(20_000);
      expect(analysis.entities.some((e) => e.id === person.id)).toBe(true);
    } finally {
      await disposeHtml(doc);
    }
  }, 60_000);
});
