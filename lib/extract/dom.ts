/**
 * DOM vocabulary shared by extraction and detection. Pure functions over the Document passed in:
 * no globals, no layout (Node has none), so the same code runs in a content script and in tests.
 */

export const isElement = (n: Node): n is Element => n.nodeType === 1;
export const isText = (n: Node): n is Text => n.nodeType === 3;

/**
 * A block of prose: at least 40 characters of its own (a short sentence; labels and bylines are
 * shorter) and under 40 % of its text in links (a link list is not prose). Used by the root scorer
 * and by the furniture check; set on wcxb-dev and scrapinghub (see root.ts).
 */
export const PROSE_MIN_CHARS = 40;
export const PROSE_MAX_LINK_SHARE = 0.4;

/** Elements whose content is never article prose. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'INPUT',
  'BUTTON',
  'HEAD',
  'MATH',
  'math',
  'LINK',
  'META',
  'IMG',
  'PICTURE',
  'SOURCE',
  'MAP',
  'DIALOG',
]);

/** Tags that start a new block of text (anything else is inline and joins the surrounding run). */
export const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'TBODY',
  'THEAD',
  'TFOOT',
  'CAPTION',
  'FIGURE',
  'FIGCAPTION',
  'HEADER',
  'FOOTER',
  'NAV',
  'ASIDE',
  'FORM',
  'FIELDSET',
  'ADDRESS',
  'CENTER',
  'DETAILS',
  'SUMMARY',
  'HR',
  'BODY',
  'HTML',
  'HGROUP',
  'LEGEND',
  'MENU',
]);

/** Tags that are page furniture by themselves, wherever they appear. */
export const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'FIGCAPTION', 'MENU', 'HEADER']);

const FURNITURE_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'search',
  'toolbar',
  'tablist',
]);

/**
 * Class/id words that mark furniture even inside the article container: newsletter and
 * subscription boxes, share bars, related-story lists, author bios, comments, ad slots.
 */
const STRONG_FURNITURE =
  /(?:^|[^a-z])(?:share|sharing|sharebar|social|newsletter|subscribe|subscription|signup|sign-up|promo|advert|advertisement|ads|ad-slot|adslot|ad-container|adunit|sponsor|sponsored|related|recirc|recirculation|more-stories|read-more|readmore|most-popular|mostpopular|most-read|trending|recommended|recommendations|outbrain|taboola|comments?|comment-list|disqus|author-bio|authorbio|author-info|about-the-author|about-author|author-box|authorbox|author-card|author-description|saboxplugin|abh|bio|byline|caption|credit|credits|breadcrumbs?|cookie|consent|popup|modal|newsletter-signup|inline-newsletter|tags|tag-list|topics|keywords|visually-hidden|sr-only|screen-reader-text|skip-link|print-only|toolbar|pagination|pager|ticker|breaking-news|testimonials?|testimonal)(?:$|[^a-z])/i;

/** Weaker words: furniture unless the same attribute also says it is the content. */
const WEAK_FURNITURE = /(?:^|[^a-z])(?:sidebar|widget|footer|header|masthead|menu|navbar|nav|meta|dateline|timestamp|banner|rail|aside|teaser)(?:$|[^a-z])/i;
/**
 * A furniture word followed by a styling setting ("header-alignment-left", "footer-color-dark",
 * "menu-icon-style") names a setting of the box's parts, typical of block plugins' option classes.
 */
const STYLE_SETTING =
  /(?:sidebar|widget|footer|header|menu|nav|meta|banner|teaser)[-_](?:alignment|align|style|icon|color|colour|size|position|font|bg|background|spacing|padding|margin|width|height|layout|type|border|radius|weight|tag|level)(?:[-_][\w-]*)?/gi;
const CONTENT_WORDS = /article|body|content|main|story|entry|post|text|prose/i;

const STATE_FLAGS = /(?:^|\s)(?:(?:has|is|no|with|js|show|hide)-[\w-]+|[\w-]+-(?:enabled|disabled|active|open|on|off|loaded))(?=\s|$)/gi;

/**
 * Page builders (Elementor, Gutenberg, Divi, WPBakery...) name every layout box after their own
 * vocabulary ("elementor-widget-container"): those words say nothing about what the box holds.
 */
const BUILDER_CLASSES = /(?:^|\s)(?:elementor|e-con|wp-block|et_pb|vc_|wpb_|fl-|fusion-|avia-|uagb-|gb-|kb-|brxe-|oxy-)[\w-]*/gi;

/** Furniture that is never the article, however much prose it holds (cookie dialogs, comments). */
export const NEVER_CONTENT = /cookie|consent|gdpr|privacy|modal|popup|newsletter|comment|disqus|related|recirc|outbrain|taboola/i;

const HIDDEN_CLASS = /(?:^|\s)(?:hide|hidden|d-none|is-hidden|display-none|u-hidden)(?=\s|$)/i;
const SHOWN_AGAIN =
  /(?:^|\s)(?:[a-z0-9]+:(?:block|flex|grid|inline[\w-]*|table[\w-]*|contents)|d-[a-z]{2,3}-(?:block|flex|grid|inline[\w-]*|table[\w-]*)|visible-[\w-]+|show-[\w-]+|(?:[\w-]*-)?(?:show|shown|open|visible|active|expanded|in))(?=\s|$)/i;
const DISCLOSURE_CLASS = /accordion|collaps|panel|tab-?content|tab-?pane|toggle|expand|faq|answer|spoiler|read-?more-?(?:text|content)/i;
const STREAMED_SEGMENT = /^S:\d+$/;
const PANEL_ROLES = new Set(['region', 'tabpanel']);
const isDisclosurePanel = (el: Element) => el.hasAttribute('aria-labelledby') || PANEL_ROLES.has(el.getAttribute('role') ?? '');

/**
 * Why an element is furniture, or null when it is not. `classShown`: a hiding utility class is
 * taken as already removed (a page kept hidden until its script runs: see `extractBody`).
 */
export function furnitureReason(el: Element, classShown = false): string | null {
  const tag = el.tagName;
  if (FURNITURE_TAGS.has(tag)) return tag.toLowerCase();
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return `role=${role}`;
  // React's streaming renderer parks late-arriving parts of the page in <div hidden id="S:n"> and
  // its inline script moves them into place: in a snapshot (or before that script runs) the whole
  // article can sit in there, so such a segment is content, not hidden furniture.
  // hidden="until-found" is the platform's own collapsed-but-findable section.
  if (
    el.hasAttribute('hidden') &&
    el.getAttribute('hidden') !== 'until-found' &&
    !isDisclosurePanel(el) &&
    !STREAMED_SEGMENT.test(el.getAttribute('id') ?? '')
  ) {
    return 'hidden';
  }
  if (el.getAttribute('aria-hidden') === 'true') return 'hidden';
  const cls = el.getAttribute('class');
  // A utility class that hides the box ("hide", "d-none"), unless another class shows it again at
  // some screen size ("d-none d-sm-block", "hidden md:block"): a copy of the page kept for another
  // layout (a page can carry its article twice, once for mobile and once for desktop).
  // A collapsed accordion panel hidden the same way stays text, as with style="display:none" below.
  if (cls && !classShown && HIDDEN_CLASS.test(cls) && !SHOWN_AGAIN.test(cls) && !DISCLOSURE_CLASS.test(cls) && !isDisclosurePanel(el)) {
    return 'hidden';
  }
  const style = el.getAttribute('style');
  // A collapsed accordion or tab panel (labelled by its toggle) is part of the text: the reader opens it
  // with one click, and the article's sections or FAQ answers often sit in such panels.
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style) && !isDisclosurePanel(el)) return 'hidden';
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE') return null;
  // State flags ("modal-enabled", "has-sidebar", "no-comments") describe the page, not the element.
  const attrs = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.replace(STATE_FLAGS, ' ').replace(BUILDER_CLASSES, ' ');
  if (attrs.length < 2) return null;
  const strong = STRONG_FURNITURE.exec(attrs);
  if (strong) return strong[0].replace(/^[^a-z]|[^a-z]$/gi, '').toLowerCase();
  // "pane-header-alignment-left" sets how a part of the box looks, it does not make the box a header.
  const weak = WEAK_FURNITURE.exec(attrs.replace(STYLE_SETTING, ' '));
  if (!weak) return null;
  // "footer-bottom-text" is footer: a content word only redeems the element from another class
  // name ("sidebar main-content"), not from inside the furniture word's own name.
  const tokens = attrs.split(/\s+/);
  const redeemed = tokens.some((t) => CONTENT_WORDS.test(t) && !WEAK_FURNITURE.test(t));
  if (!redeemed) return weak[0].replace(/^[^a-z]|[^a-z]$/gi, '').toLowerCase();
  return null;
}

/** Collapsed, trimmed text of an element (for titles and short labels, not for mapped text). */
export function plainText(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function metaContent(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const v = el?.getAttribute('content');
  return v ? v.trim() : null;
}
