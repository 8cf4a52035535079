import type { Span } from '../types';

/**
 * A name the text also writes as a label of a web or mail domain ("… at Enron … send it to jo@enron.com", "United Way … see
 * unitedway.example.org"): the article names the body that owns the domain. Only the host's labels count (after "@", "//", "www."
 * or standing alone before ".com"), never a mail address's local part ("john.smith@…"), nor the top-level domain itself.
 */
const HOST = /(?:^|[^\p{L}\p{N}.@-])(?:https?:\/\/)?((?:[a-z0-9-]+\.)+)(?:com|org|net|gov|edu|co\.uk|org\.uk|ac\.uk)(?![\p{L}\p{N}-])/giu;
const MAIL_HOST = /@((?:[a-z0-9-]+\.)+)[a-z]{2,6}(?![\p{L}\p{N}-])/giu;
/**
 * What every HOST match holds, a label's last character, a dot and the top-level domain: a text without it has no HOST match,
 * and this plain search is about forty times cheaper than HOST's (which tries its start at every character) on a long article.
 */
const HOST_END = /[a-z0-9-]\.(?:com|org|net|gov|edu|co\.uk|org\.uk|ac\.uk)(?![\p{L}\p{N}-])/iu;
/** Labels every site has: no body's name. */
const COMMON_LABELS: ReadonlySet<string> = new Set(['www', 'mail', 'email', 'web', 'home', 'news', 'blog', 'info', 'my', 'en', 'm', 'app', 'go', 'example']);

let lastText = '';
let lastLabels: ReadonlySet<string> = new Set();

/** The domain labels of a text, in lower case (memoised for the last text: asked once per unknown name). */
function domainLabels(text: string): ReadonlySet<string> {
  if (text === lastText) return lastLabels;
  const labels = new Set<string>();
  if (text.includes('.')) {
    for (const re of [HOST, MAIL_HOST]) {
      if (re === HOST ? !HOST_END.test(text) : !text.includes('@')) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        for (const l of m[1]!.toLowerCase().split('.')) if (l.length >= 3 && !COMMON_LABELS.has(l)) labels.add(l);
      }
    }
  }
  lastText = text;
  lastLabels = labels;
  return labels;
}

/** The name at `span` is, its spaces and hyphens left out, a label of a domain the text gives ("United Way" and unitedway.org). */
export function namedByDomain(text: string, span: Span): boolean {
  const labels = domainLabels(text);
  if (!labels.size) return false;
  return labels.has(
    text
      .slice(span.start, span.end)
      .toLowerCase()
      .replace(/[\s'\u2019&.-]+/g, ''),
  );
}
