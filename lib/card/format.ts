const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// Cards repeat the same few dates and country codes on every page: both formatters are memoised
// by their input string (bounded; cleared when full).
const MEMO_MAX = 5_000;
const dates = new Map<string, string>();
const flags = new Map<string, string | undefined>();

/** "1994-07-20" → "20 July 1994"; "2023-08" → "August 2023"; anything else unchanged. */
export function formatDate(iso: string): string {
  let out = dates.get(iso);
  if (out === undefined) {
    if (dates.size >= MEMO_MAX) dates.clear();
    dates.set(iso, (out = formatDateOnce(iso)));
  }
  return out;
}

function formatDateOnce(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const month = MONTHS[Number(mo) - 1] ?? mo;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** "BY" → 🇧🇾: two regional-indicator symbols; fonts draw them as the flag. */
export function flagEmoji(code: string | undefined): string | undefined {
  if (!code) return undefined;
  if (flags.has(code)) return flags.get(code);
  if (flags.size >= MEMO_MAX) flags.clear();
  const flag = /^[A-Za-z]{2}$/.test(code) ? String.fromCodePoint(...[...code.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65)) : undefined;
  flags.set(code, flag);
  return flag;
}
