/** Dates as the Factbook writes them ("20 July 1994", "5 Sep 2025", "April 2018", "1997") → ISO. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase());
}

/** Parses the first date in `text`; returns "YYYY-MM-DD", "YYYY-MM" or "YYYY", or undefined. */
export function parseFactbookDate(text: string): string | undefined {
  const pad = (n: number) => String(n).padStart(2, '0');
  let m = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  if (m && monthIndex(m[2]!) >= 0) return `${m[3]}-${pad(monthIndex(m[2]!) + 1)}-${pad(Number(m[1]))}`;
  m = /\b([A-Za-z]{3,9})\s+(\d{1,2}),\s+(\d{4})\b/.exec(text);
  if (m && monthIndex(m[1]!) >= 0) return `${m[3]}-${pad(monthIndex(m[1]!) + 1)}-${pad(Number(m[2]))}`;
  m = /\b([A-Za-z]{3,9})\s+(\d{4})\b/.exec(text);
  if (m && monthIndex(m[1]!) >= 0) return `${m[2]}-${pad(monthIndex(m[1]!) + 1)}`;
  m = /\b(1[89]\d{2}|20\d{2})\b/.exec(text);
  return m ? m[1] : undefined;
}

/** The date after "since" in a Factbook parenthesis, e.g. "(since 20 July 1994)". */
export function parseSince(text: string): string | undefined {
  const m = /\bsince\s+([^;)]*)/i.exec(text);
  return m ? parseFactbookDate(m[1]!) : undefined;
}

/** Comparable day number of a date of any precision; `end` reads "2018" as its last day. */
export function dayOf(date: string | undefined, end = false): number {
  if (!date) return end ? Infinity : -Infinity;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return end ? Infinity : -Infinity;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : end ? 12 : 1;
  const d = m[3] ? Number(m[3]) : end ? 31 : 1;
  return y * 372 + (mo - 1) * 31 + (d - 1);
}
