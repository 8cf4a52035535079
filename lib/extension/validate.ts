/**
 * Nothing from a page is trusted: a hostile page can't send messages to the background directly,
 * but a content script runs next to page code and its data is built from page text. Every message
 * is checked for shape and size before the background acts on it.
 */
export function validKeys(data: unknown, max = 5000): string[] {
  if (!Array.isArray(data)) return [];
  const out: string[] = [];
  for (const k of data) {
    if (typeof k === 'string' && k.length > 0 && k.length <= 200) out.push(k);
    if (out.length >= max) break;
  }
  return out;
}

const isSpan = (s: unknown) =>
  !!s && typeof s === 'object' && Number.isInteger((s as { start: unknown }).start) && Number.isInteger((s as { end: unknown }).end);

export function validSummary(data: unknown): boolean {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  if (typeof d.isArticle !== 'boolean') return false;
  if (!Array.isArray(d.entities) || !Array.isArray(d.quotes) || !Array.isArray(d.claims)) return false;
  if (d.entities.length > 5000 || d.quotes.length > 5000 || d.claims.length > 5000) return false;
  for (const e of d.entities as Record<string, unknown>[]) {
    if (!e || typeof e.name !== 'string' || !Array.isArray(e.mentions) || !e.mentions.every(isSpan)) return false;
  }
  for (const q of d.quotes as unknown[]) if (!isSpan(q)) return false;
  for (const c of d.claims as unknown[]) if (!isSpan(c)) return false;
  return JSON.stringify(data).length < 5_000_000;
}
