import { buildCard } from './card';
import { aliasHits, aliasKey } from './dataset/alias-key';
import { registrableDomain as datasetDomain } from './dataset/domain';
import type { Analysis, DatasetLookup } from './types';

/**
 * The page's own publisher: named by the page (og:site_name, JSON-LD publisher) and matched to a
 * dataset outlet by the page's registrable domain first (names are ambiguous, domains are not).
 */
export async function findPublisher(doc: Document, url: string | undefined, lookup: DatasetLookup): Promise<Analysis['publisher']> {
  const named = publisherName(doc);
  const domain = url ? registrableDomain(url) : null;
  if (domain) {
    const [outlet] = await lookup.byDomain(domain);
    if (outlet) return { name: named ?? outlet.name, entityId: outlet.id, card: buildCard(outlet, await lookup.sources()) };
  }
  if (!named) return null;
  const key = aliasKey(named);
  const hits = aliasHits(await lookup.byAliases([key]), key);
  const outlet = hits.find((e) => e.type === 'outlet');
  return outlet ? { name: named, entityId: outlet.id, card: buildCard(outlet, await lookup.sources()) } : { name: named, entityId: null };
}

export function publisherName(doc: Document): string | null {
  const og = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim();
  if (og) return og;
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = findPublisherInJson(JSON.parse(s.textContent ?? ''));
      if (found) return found;
    } catch {
      // Broken JSON-LD is common; the page just doesn't tell us.
    }
  }
  return null;
}

function findPublisherInJson(node: unknown, depth = 0): string | null {
  if (!node || typeof node !== 'object' || depth > 4) return null;
  if (Array.isArray(node)) {
    for (const n of node) {
      const f = findPublisherInJson(n, depth + 1);
      if (f) return f;
    }
    return null;
  }
  const o = node as Record<string, unknown>;
  const pub = o.publisher as Record<string, unknown> | undefined;
  if (pub && typeof pub === 'object' && typeof pub.name === 'string') return pub.name.trim();
  if (o['@graph']) return findPublisherInJson(o['@graph'], depth + 1);
  return null;
}

/** The page's registrable domain: the same function the dataset's outlet domains go through (lib/dataset/domain.ts). */
export function registrableDomain(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (!host || /^[\d.]+$/.test(host) || host === 'localhost') return null;
  return datasetDomain(host);
}
