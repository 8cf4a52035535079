import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatDate, ofPhrase } from '~/lib/card';
import { KIND_LABELS, quoteLine, topLevelQuotes } from '~/lib/card/view';
import type { Card } from '~/lib/types';
import type { AnalysisSummary } from '~/lib/extension/messaging';
import type { DatasetEntity } from '~/lib/types';

export interface PopupApi {
  search(q: string): Promise<DatasetEntity[]>;
  scrollTo(kind: 'entity' | 'quote' | 'claim', index: number): void;
  analyzeAnyway(): Promise<void>;
  setPaused(paused: boolean): Promise<void>;
}

type View = 'entities' | 'quotes' | 'claims';

/** The toolbar popup: what is in this article, at a glance. Pure view; the entrypoint wires the browser. */
export interface PopupFocus {
  kind: string;
  title: string;
}

export function Popup({
  summary,
  hostname,
  paused,
  api,
  focus,
}: {
  summary: AnalysisSummary | null;
  hostname: string | null;
  paused: boolean;
  api: PopupApi;
  focus?: PopupFocus | null;
}) {
  // "Show in Backstory" from a card opens the view that holds the card's entry.
  const [view, setView] = useState<View>(focus?.kind === 'claim' ? 'claims' : focus?.kind === 'quote' || focus?.kind === 'speaker' ? 'quotes' : 'entities');
  useEffect(() => {
    if (!focus) return;
    const el = Array.from(document.querySelectorAll<HTMLElement>('[data-entity],[data-speaker]')).find(
      (e) => (e.dataset.entity ?? e.dataset.speaker) === focus.title,
    );
    el?.classList.add('focus');
    el?.scrollIntoView({ block: 'center' });
    el?.querySelector('button')?.focus();
  }, [focus, summary]);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<DatasetEntity[] | null>(null);

  useEffect(() => {
    if (!query.trim()) {
      setResults(null);
      return;
    }
    let live = true;
    void api.search(query).then((r) => live && setResults(r));
    return () => {
      live = false;
    };
  }, [query]);

  const groups = useMemo(() => groupBySpeaker(summary), [summary]);
  const entities = summary?.entities ?? [];
  const quotes = summary?.quotes ?? [];
  const claims = summary?.claims ?? [];
  const counted = topLevelQuotes(quotes);
  const anonymous = counted.filter((q) => q.speaker?.anonymous).length;

  return (
    <main class="popup">
      <header class="top">
        <h1>Backstory</h1>
        <input
          type="search"
          placeholder="Search people, countries, outlets…"
          aria-label="Search the Backstory dataset"
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
      </header>
      {results ? (
        <section aria-label="Search results">
          {results.length === 0 ? <p class="empty">No match in the dataset.</p> : null}
          <ul class="items">
            {results.map((r) => (
              <li key={r.id} class="item">
                <strong>{r.name}</strong> <span class="type">{r.type}</span>
                <div class="line">{oneLine(r)}</div>
              </li>
            ))}
          </ul>
        </section>
      ) : !summary ? (
        <p class="empty">Open a news article to see who is who, who said what, and what is contested.</p>
      ) : paused ? (
        <p class="empty">Backstory is paused on {hostname}.</p>
      ) : !summary.isArticle && !entities.length ? (
        <section class="empty">
          <p>This page doesn't look like a news article, so Backstory left it alone.</p>
          {summary.reasons?.length ? <p class="why">Why: {summary.reasons.slice(0, 3).join('; ')}</p> : null}
          <button type="button" onClick={() => void api.analyzeAnyway()}>
            Analyze this page anyway
          </button>
        </section>
      ) : (
        <>
          {summary.title && <p class="title">{summary.title}</p>}
          {summary.publishedAt && <p class="published">Published {formatDate(summary.publishedAt)}</p>}
          {summary.publisher && (
            <p class="publisher">
              Published by {summary.publisher.name}
              {summary.publisher.card?.lines.length ? <span class="line"> — {summary.publisher.card.lines.slice(0, 2).join(' · ')}</span> : null}
            </p>
          )}
          {summary.reasons?.length ? (
            <details class="why">
              <summary>
                Why Backstory treats this page as {summary.isArticle ? 'an article' : 'a page to analyse'} (score {summary.articleScore.toFixed(2)})
              </summary>
              <ul>
                {summary.reasons.slice(0, 8).map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
            </details>
          ) : null}
          <div role="tablist" class="tabs" aria-label="Views">
            {(
              [
                ['entities', `People & places (${entities.length})`],
                ['quotes', `Who said what (${counted.length})`],
                ['claims', `Contested (${claims.length})`],
              ] as [View, string][]
            ).map(([v, label]) => (
              <button
                type="button"
                role="tab"
                id={`tab-${v}`}
                aria-selected={view === v}
                aria-controls={`panel-${v}`}
                class={view === v ? 'on' : ''}
                onClick={() => setView(v)}
              >
                {label}
              </button>
            ))}
          </div>
          <section role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`}>
            {view === 'entities' && (
              <ul class="items">
                {entities.map((e, i) => (
                  <li key={i} class="item" data-entity={e.name}>
                    <button type="button" class="rowbtn" onClick={() => api.scrollTo('entity', i)}>
                      <strong>{e.name}</strong> <span class="type">{e.fromDataset ? e.type : 'from this article'}</span>
                      <div class="line">{e.card.lines[0] ?? ''}</div>
                    </button>
                    {e.card.lines.length > 1 && <CardDetails card={e.card} />}
                  </li>
                ))}
              </ul>
            )}
            {view === 'quotes' && (
              <>
                <p class="stat">
                  {anonymous} of {counted.length} quotes come from unnamed sources.
                </p>
                {groups.map((g) => (
                  <div class="speaker" key={g.name}>
                    <h2>
                      {g.name} {g.anonymous ? <span class="type">unnamed</span> : null}
                      {g.role ? <span class="role"> — {g.role}</span> : null}
                    </h2>
                    <ul class="items">
                      {g.quotes.map(({ q, i }) => (
                        <li key={i} class="item quote" data-speaker={g.name}>
                          <button type="button" class="rowbtn" onClick={() => api.scrollTo('quote', i)}>
                            {quoteLine(q.kind, q.excerpt, q.cueText)}
                          </button>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </>
            )}
            {view === 'claims' && (
              <ul class="items">
                {claims.length === 0 && <li class="empty">Nothing contested found.</li>}
                {claims.map((c, i) => (
                  <li key={i} class="item claim">
                    <button type="button" class="rowbtn" onClick={() => api.scrollTo('claim', i)}>
                      <div class="kinds">{c.kinds.map((k) => KIND_LABELS[k] ?? k).join(' · ')}</div>
                      <div>{c.excerpt}</div>
                      <div class="line">{c.reason}</div>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <footer class="foot">
        {hostname && (
          <label>
            <input type="checkbox" checked={paused} onChange={(e) => void api.setPaused((e.target as HTMLInputElement).checked)} /> Pause on {hostname}
          </label>
        )}
      </footer>
    </main>
  );
}

/** The whole card, grouped, rendered only once opened (the popup's first render stays one line per entry). */
function CardDetails({ card }: { card: Card }) {
  const [open, setOpen] = useState(false);
  const groups = card.groups ?? [{ label: '', lines: card.lines }];
  return (
    <details class="card-details" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>All details</summary>
      {open &&
        groups.map((g) => (
          <div class="group" key={g.label}>
            {g.label && <h3>{g.label}</h3>}
            <ul>
              {g.lines.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
          </div>
        ))}
      {open && card.sources.length > 0 && (
        <p class="sources">{card.sources.map((s) => `${s.name}${s.asOf ? `, as of ${formatDate(s.asOf)}` : ''}`).join(' · ')}</p>
      )}
    </details>
  );
}

function oneLine(e: DatasetEntity): string {
  const r = e.roles?.[0];
  if (r)
    return `${r.status === 'former' || r.until ? 'Former ' : ''}${r.title}${ofPhrase(r.title, r.ofName, r.of)}${r.status === 'current' || r.status === 'former' || r.until ? '' : ` (as of ${formatDate((r.asOf ?? '').slice(0, 7)) || 'an older source'})`}`;
  return e.summary ?? e.facts[0]?.value ?? '';
}

function groupBySpeaker(s: AnalysisSummary | null) {
  const out: { name: string; anonymous: boolean; role: string | null; quotes: { q: AnalysisSummary['quotes'][number]; i: number }[] }[] = [];
  if (!s) return out;
  const byName = new Map<string, (typeof out)[number]>();
  const top = new Set(topLevelQuotes(s.quotes));
  s.quotes.forEach((q, i) => {
    if (!top.has(q)) return;
    const name = q.speaker?.name ?? 'No speaker';
    let g = byName.get(name);
    if (!g) {
      const ent = s.entities.find((e) => q.speaker?.entityId && e.id === q.speaker.entityId);
      g = { name: ent?.name ?? name, anonymous: !!q.speaker?.anonymous, role: ent?.card.lines[0] ?? null, quotes: [] };
      byName.set(name, g);
      out.push(g);
    }
    g.quotes.push({ q, i });
  });
  return out;
}
