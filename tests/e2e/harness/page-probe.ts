/**
 * Runs in the page's main world before anything else (an init script): counts DOM mutations from
 * DOMContentLoaded on, so the parser's own insertions are not counted. Exposed as window.__bsProbe.
 */
export const PROBE_SCRIPT = `(() => {
  const probe = { mutations: [], counting: false };
  window.__bsProbe = probe;
  const describe = (n) => n && n.nodeType === 1 ? n.localName : n ? '#' + n.nodeName : '?';
  const mo = new MutationObserver((records) => {
    if (!probe.counting) return;
    for (const r of records) {
      const added = Array.from(r.addedNodes).map(describe);
      const removed = Array.from(r.removedNodes).map(describe);
      probe.mutations.push({ type: r.type, target: describe(r.target), added, removed, attr: r.attributeName });
    }
  });
  mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('DOMContentLoaded', () => { mo.takeRecords(); probe.counting = true; }, { capture: true, once: true });
})();`;

/** Mutations other than those inside or of Backstory's own card host. */
export const OTHER_MUTATIONS = `(() => {
  const p = window.__bsProbe;
  if (!p) return null;
  return p.mutations.filter((m) => m.target !== 'backstory-card' && !(m.added.length === 1 && m.added[0] === 'backstory-card' && m.removed.length === 0));
})()`;

/** The text of every range under each highlight name, read from the main world. */
export const READ_HIGHLIGHTS = `(() => {
  const out = {};
  if (!window.CSS || !CSS.highlights) return out;
  for (const base of ['backstory-entity', 'backstory-speaker', 'backstory-quote', 'backstory-claim']) {
    for (const name of [base, base + '-bg']) {
      const h = CSS.highlights.get(name);
      if (h || name === base) out[name] = h ? Array.from(h).map((r) => r.toString()) : [];
    }
  }
  return out;
})()`;

/** Scroll the first range whose text equals WORD into view and return its centre. */
export const locateHighlight = (name: string, word: string) => `(() => {
  const h = CSS.highlights.get(${JSON.stringify(name)});
  if (!h) return null;
  const r = Array.from(h).find((r) => r.toString() === ${JSON.stringify(word)});
  if (!r) return null;
  r.startContainer.parentElement.scrollIntoView({ block: 'center' });
  const rect = r.getClientRects()[0];
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
})()`;
