/**
 * Node-only: parse an HTML string into a Document with happy-dom, with scripts, style sheets,
 * frames and navigation all off, so parsing a real page never runs its code or touches the network.
 *
 * `DOMParser.parseFromString` is used rather than `document.write`: on the benchmark pages it is
 * as fast, and it never triggers the window's loading machinery (resource fetch attempts, timers),
 * so nothing is left running after the Document is built.
 */
import { Window } from 'happy-dom';

const windows = new WeakMap<Document, Window>();

// Only a base URL for the parsed Document (relative links resolve against it); happy-dom is set
// to load nothing, so it is never requested. Node-only (CLI, tests): the extension never imports
// this file and makes no requests.
const FALLBACK_URL = 'https://example.com/';

/**
 * happy-dom (21.0.4) drops everything after a <style> inside an <svg> (`<svg><style>…</style></svg><p>x</p>`
 * parses to an empty body); browsers do not. Such styles only colour the icon, so they are removed
 * before parsing, and pages with inline SVG icons keep their text as a browser shows it.
 */
function browserLike(html: string): string {
  if (!/<svg\b/i.test(html) || !/<style\b/i.test(html)) return html;
  return html.replace(/<svg\b[\s\S]*?<\/svg>/gi, (svg) => svg.replace(/<style\b[\s\S]*?<\/style>/gi, ''));
}

export function parseHtml(html: string, url?: string): Document {
  let href = FALLBACK_URL;
  try {
    if (url) href = new URL(url).href; // a page's recorded URL can be empty or malformed
  } catch {
    /* keep the fallback */
  }
  const window = new Window({
    url: href,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const doc = new window.DOMParser().parseFromString(browserLike(html), 'text/html') as unknown as Document;
  windows.set(doc, window);
  if (mayNestDeeper(html, MAX_DEPTH)) flattenDeep(doc, MAX_DEPTH);
  return doc;
}

/**
 * Browsers' parsers cap nesting (Chromium's at 512 levels: deeper elements are put side by side);
 * happy-dom does not, and its own tree walks (textContent, querySelectorAll) are recursive, so a page
 * nested 10,000 deep overflowed the stack in the CLI. Nodes deeper than MAX_DEPTH are moved, in
 * document order, under their ancestor at MAX_DEPTH, as in Chromium.
 */
const MAX_DEPTH = 512;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** A cheap look at the markup: can any element be nested deeper than `max`? (Unclosed tags make it say yes more often, never no wrongly for balanced markup.) */
function mayNestDeeper(html: string, max: number): boolean {
  if (html.length < max * 3) return false;
  let depth = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/g)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[0].endsWith('/>') && !VOID.has(m[2]!.toLowerCase()) && ++depth > max) return true;
  }
  return false;
}

function flattenDeep(doc: Document, max: number): void {
  const deep: Node[] = [];
  const anchors: Node[] = [];
  const path: Node[] = [];
  const stack: [Node, number][] = [[doc.documentElement, 1]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    path[d] = n;
    if (d > max) {
      deep.push(n);
      anchors.push(path[max]!);
    }
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, d + 1]);
  }
  // Removed deepest-last first, so each is a leaf when it goes; then appended in document order.
  for (let i = deep.length - 1; i >= 0; i--) deep[i]!.parentNode!.removeChild(deep[i]!);
  for (let i = 0; i < deep.length; i++) anchors[i]!.appendChild(deep[i]!);
}

/** Close the window behind a Document from `parseHtml` (frees timers and memory). */
export async function disposeHtml(doc: Document): Promise<void> {
  const window = windows.get(doc);
  if (!window) return;
  windows.delete(doc);
  await window.happyDOM.close();
}
