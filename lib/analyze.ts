import { buildCard } from './card';
import { topLevelQuotes } from './card/view';
import { findClaims } from './claims';
import { detectArticle } from './detect';
import { findEntities } from './entities';
import { extractBody, type BodyText } from './extract';
import { findPublisher } from './publisher';
import { findQuotes } from './quotes';
import type { Analysis, ArticleDecision, DatasetLookup } from './types';

export interface AnalyzeOptions {
  lookup: DatasetLookup;
  url?: string;
  /** Analyse even when the page does not look like an article ("Analyze this page anyway"). */
  force?: boolean;
  /** Clock; performance.now in browsers and Node. */
  now?: () => number;
}

const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** The whole pipeline on a live or parsed Document: detect → extract → entities → quotes → claims. */
export async function analyzeDocument(doc: Document, opts: AnalyzeOptions): Promise<{ analysis: Analysis; body: BodyText | null }> {
  const now = opts.now ?? clock;
  const t0 = now();
  const decision: ArticleDecision = detectArticle(doc, opts.url);
  const tDetect = now() - t0;
  if (!decision.isArticle && !opts.force) {
    return {
      analysis: { ...empty(decision), url: opts.url, ms: { total: now() - t0, detect: tDetect } },
      body: null,
    };
  }
  const body = extractBody(doc);
  const tExtract = now() - t0 - tDetect;
  const analysis = await analyzeBody(body.text, opts);
  analysis.isArticle = decision.isArticle;
  analysis.articleScore = decision.articleScore;
  analysis.reasons = decision.reasons;
  analysis.title = body.title;
  analysis.url = opts.url;
  analysis.publisher = await findPublisher(doc, opts.url, opts.lookup);
  analysis.ms = { ...analysis.ms, total: now() - t0, detect: tDetect, extract: tExtract };
  return { analysis, body };
}

/** The text half of the pipeline: entities, quotes and claims over an article body. */
export async function analyzeBody(text: string, opts: AnalyzeOptions): Promise<Analysis> {
  const now = opts.now ?? clock;
  const t0 = now();
  const { entities, records } = await findEntities(text, opts.lookup);
  const t1 = now();
  const quotes = findQuotes(text, entities);
  const t2 = now();
  const claims = findClaims(text, { quotes, entities, records });
  const t3 = now();

  const sources = records.size ? await opts.lookup.sources() : {};
  // Countries of the people and places found, for flags: one batched look-up of what is missing.
  const missing = [...new Set([...records.values()].map((r) => r.countryId).filter((id): id is string => !!id && !records.has(id)))];
  const countries = new Map([...records].filter(([, r]) => r.type === 'country'));
  if (missing.length) for (const c of await opts.lookup.byIds(missing)) countries.set(c.id, c);
  for (const e of entities) {
    if (!e.id) continue;
    const record = records.get(e.id);
    if (!record) continue;
    const quoted = topLevelQuotes(quotes).filter((q) => q.speaker?.entityId === e.id).length;
    const related = entities.filter((o) => o !== e && o.id && (o.id === record.countryId || records.get(o.id)?.countryId === e.id)).map((o) => o.name);
    e.card = buildCard(record, sources, { mentions: e.mentions.length, quotes: quoted, related, country: record.countryId ? countries.get(record.countryId) : undefined });
  }
  return {
    isArticle: true,
    articleScore: 1,
    title: null,
    publisher: null,
    text,
    entities,
    quotes,
    claims,
    ms: { total: now() - t0, entities: t1 - t0, quotes: t2 - t1, claims: t3 - t2 },
  };
}

function empty(d: ArticleDecision): Analysis {
  return {
    isArticle: d.isArticle,
    articleScore: d.articleScore,
    reasons: d.reasons,
    title: null,
    publisher: null,
    text: '',
    entities: [],
    quotes: [],
    claims: [],
    ms: { total: 0 },
  };
}
