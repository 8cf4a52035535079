/** What a URL's shape says about the page behind it. */
export interface UrlShape {
  /** /2024/05/slug, /2024-05-17/, 20240517 in the path. */
  dated: boolean;
  /** A long hyphenated slug: four or more words. */
  slug: boolean;
  /** The site's root or a one-word section ("/", "/world/"). */
  front: boolean;
  /** The site's home page itself: its newest stories or its pitch, never one story. */
  root: boolean;
  /** Words that name non-article page kinds, with the kind. */
  kind: string | null;
  /** /blog/, /news/, /article/, /post/, /story/ or a blog.* host: where articles live. */
  articlePath: boolean;
}

const KINDS: [RegExp, string][] = [
  [/\/(search|results)(\/|$|\?)|[?&](q|query|s|search)=/i, 'search results'],
  [/\/(tag|tags|topic|topics|category|categories|section|archive|archives|author|authors|sections)\//i, 'section front'],
  // Not /p/: Substack's and Ghost's posts live there (12 articles and 5 shop pages in wcxb-dev's tuning half).
  [/\/(product|products|shop|store|cart|basket|checkout|item|dp)\//i, 'product'],
  [/\/(services?|what-we-do|solutions|department|departments|pricing|contact|about-us)(\/|$)/i, 'service page'],
  [/\/(docs?|documentation|api|reference|manual|guide\/api|sdk|kb)\//i, 'documentation'],
  [/\/(forum|forums|thread|threads|topic\/\d|questions|community|discussion|discussions|t)\/|\/r\/[^/]+\/comments\//i, 'forum'],
  // Forum software's own thread URLs (phpBB, vBulletin, SMF, FluxBB).
  [/\/(viewtopic|showthread|showtopic|viewthread)\.php|[?&]topic=\d/i, 'forum'],
  [/\/(lists?|List_of_[^/]*)(\/|$)/, 'list'],
  [/\/(testimonials?|events?|seminars?|webinars?|courses?|workshops?)\/|[-/](calculator|converter)(\.[a-z]+)?\/?$/i, 'service page'],
];

export function urlShape(url: string | undefined): UrlShape {
  const out: UrlShape = { dated: false, slug: false, front: false, root: false, kind: null, articlePath: false };
  if (!url) return out;
  let path = url;
  let query = '';
  let host = '';
  try {
    const u = new URL(url);
    path = u.pathname;
    query = u.search;
    host = u.hostname;
  } catch {
    /* use the raw string */
  }
  out.dated = /\/(19|20)\d\d\/(0?[1-9]|1[0-2])(\/|$)|\/(19|20)\d\d-\d\d-\d\d|[/_-](19|20)\d\d(0[1-9]|1[0-2])\d\d[/_-]/.test(path);
  const last = path.split('/').filter(Boolean);
  const longest = last.reduce(
    (m, seg) =>
      Math.max(
        m,
        seg
          .replace(/\.[a-z]+$/i, '')
          .split(/[-_]/)
          .filter((w) => /[a-z]/i.test(w)).length,
      ),
    0,
  );
  out.slug = longest >= 4;
  // A front is the root or one or two bare words ("/world/", "/news/technology"): a hyphenated
  // segment ("/about-bugs/") is already a title, however short.
  const word = (seg: string) => /^[a-z]+$/i.test(seg);
  out.root = last.length === 0;
  out.front = out.root || (last.length <= 2 && last.every(word) && query === '');
  // The blog's or newsroom's own front ("/blog/", "/news/technology") is a list of its articles.
  out.articlePath =
    !out.front && (/\/(blog|blogs|news|article|articles|post|posts|story|stories|opinion|features?|insights?)\//i.test(path) || /^blog\./i.test(host));
  if (/^(docs|developers?|developer-docs|learn|support|help|api)\./i.test(host)) out.kind = 'documentation';
  else if (/^(forum|forums|community|discuss|discourse|bbs|boards?)\./i.test(host)) out.kind = 'forum';
  if (!out.kind)
    for (const [re, kind] of KINDS) {
      // A dated path under /archive/ or /sections/ is one day's story, not the section's front.
      if (re.test(path + query) && !(out.dated && kind === 'section front')) {
        out.kind = kind;
        break;
      }
    }
  return out;
}
