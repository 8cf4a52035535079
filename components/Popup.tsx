import { render } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDate, ofPhrase } from '~/lib/card';
import { KIND_LABELS, quoteLine, topLevelQuotes } from '~/lib/card/view';
import { whyLine } from '~/lib/card/why';
import { supersededNote } from '~/lib/card/superseded';
import type { Card } from '~/lib/types';
import type { AnalysisSummary } from '~/lib/extension/messaging';
import { t } from '~/lib/extension/i18n';
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
        <h1>{t('extName')}</h1>
        <input
          type="search"
          placeholder={t('popupSearchPlaceholder')}
          aria-label={t('popupSearchLabel')}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
      </header>
      {results ? (
        <section aria-label={t('popupSearchResults')}>
          {results.length === 0 ? <p class="empty">{t('popupNoMatch')}</p> : null}
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
        <p class="empty">{t('popupNoArticle')}</p>
      ) : paused ? (
        <p class="empty">{t('popupPaused', hostname ?? '')}</p>
      ) : !summary.isArticle && !entities.length ? (
        <section class="empty">
          <p>{t('popupNotArticle')}</p>
          {summary.reasons?.length ? <p class="why">{t('popupWhy', summary.reasons.slice(0, 3).join('; '))}</p> : null}
          <button type="button" onClick={() => void api.analyzeAnyway()}>
            {t('popupAnalyzeAnyway')}
          </button>
        </section>
      ) : (
        <>
          {summary.title && <p class="title">{summary.title}</p>}
          {summary.publishedAt && <p class="published">{t('popupPublished', formatDate(summary.publishedAt))}</p>}
          {summary.publisher && (
            <p class="publisher">
              {t('popupPublishedBy', summary.publisher.name)}
              {summary.publisher.card?.lines.length ? <span class="line"> — {summary.publisher.card.lines.slice(0, 2).join(' · ')}</span> : null}
            </p>
          )}
          {summary.reasons?.length ? (
            <details class="why">
              <summary>{t(summary.isArticle ? 'popupWhyArticle' : 'popupWhyPage', summary.articleScore.toFixed(2))}</summary>
              <ul>
                {summary.reasons.slice(0, 8).map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
            </details>
          ) : null}
          <div role="tablist" class="tabs" aria-label={t('popupViews')}>
            {(
              [
                ['entities', t('popupTabEntities', entities.length)],
                ['quotes', t('popupTabQuotes', counted.length)],
                ['claims', t('popupTabClaims', claims.length)],
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
            {view === 'entities' && <EntityList entities={entities} api={api} />}
            {view === 'quotes' && (
              <>
                <p class="stat">{t('popupUnnamedShare', anonymous, counted.length)}</p>
                {groups.map((g) => (
                  <div class="speaker" key={g.name}>
                    <h2>
                      {g.name} {g.anonymous ? <span class="type">{t('popupUnnamed')}</span> : null}
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
                {claims.length === 0 && <li class="empty">{t('popupNoClaims')}</li>}
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
            <input type="checkbox" checked={paused} onChange={(e) => void api.setPaused((e.target as HTMLInputElement).checked)} />{' '}
            {t('popupPauseOn', hostname)}
          </label>
        )}
      </footer>
    </main>
  );
}

/**
 * The entity rows: the popup's largest list (hundreds on a long article), and most of its first
 * render's time when each row was a tree of virtual nodes. So the rows are built with the DOM's own
 * calls, text only (textContent, never markup), as the list is committed; one click handler on the
 * list finds the row by its index, and a card's details are rendered (by Preact) only once opened.
 */
function EntityList({ entities, api }: { entities: AnalysisSummary['entities']; api: PopupApi }) {
  const list = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    const ul = list.current;
    if (!ul) return;
    const opened: HTMLElement[] = [];
    // 'toggle' does not bubble: caught on the way down instead.
    const onToggle = (ev: Event) => {
      const d = ev.target as HTMLDetailsElement;
      const e = entities[Number(d.dataset?.i)];
      if (d.localName !== 'details' || !d.open || !e || d.childElementCount > 1) return;
      const body = el('div', 'body');
      d.append(body);
      opened.push(body);
      render(<CardDetails card={e.card} why={whyLine(e.why)} />, body);
    };
    ul.addEventListener('toggle', onToggle, true);
    const fromArticle = t('popupFromArticle');
    const allDetails = t('popupAllDetails');
    ul.replaceChildren(
      ...entities.map((e, i) => {
        const li = el('li', 'item');
        li.dataset.entity = e.name;
        const b = el('button', 'rowbtn');
        b.type = 'button';
        b.dataset.i = String(i);
        b.append(el('strong', null, e.name), ' ', el('span', 'type', e.fromDataset ? e.type : fromArticle), el('div', 'line', e.card.lines[0] ?? ''));
        li.append(b);
        if (e.card.lines.length > 1 || whyLine(e.why)) {
          const d = el('details', 'card-details');
          d.dataset.i = String(i);
          d.append(el('summary', null, allDetails));
          li.append(d);
        }
        return li;
      }),
    );
    return () => {
      ul.removeEventListener('toggle', onToggle, true);
      for (const body of opened) render(null, body);
    };
  }, [entities]);
  const onClick = (e: MouseEvent) => {
    const b = (e.target as Element).closest?.('button[data-i]') as HTMLElement | null;
    if (b) api.scrollTo('entity', Number(b.dataset.i));
  };
  return <ul class="items" ref={list} onClick={onClick} />;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string | null, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

/** The whole card, grouped: rendered only once its row's details are opened (the first render stays one line per entry). */
function CardDetails({ card, why }: { card: Card; why: string | null }) {
  const groups = card.groups ?? [{ label: '', lines: card.lines }];
  return (
    <>
      {groups.map((g) => (
        <div class="group" key={g.label}>
          {g.label && <h3>{g.label}</h3>}
          <ul>
            {g.lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        </div>
      ))}
      {why && <p class="linkwhy">{t('popupLinkWhy', why)}</p>}
      {card.sources.length > 0 && (
        <p class="sources">{card.sources.map((s) => (s.asOf ? t('popupSourceAsOf', s.name, formatDate(s.asOf)) : s.name)).join(' · ')}</p>
      )}
    </>
  );
}

function oneLine(e: DatasetEntity): string {
  const r = e.roles?.[0];
  if (r) {
    const role = `${r.title}${ofPhrase(r.title, r.ofName, r.of)}`;
    if (r.status === 'former' || r.until) return t('popupRoleFormer', role);
    if (r.status === 'current') return role;
    const asOf = t('popupRoleAsOf', role, formatDate((r.asOf ?? '').slice(0, 7)) || t('popupOlderSource'));
    // A newer source lists another holder: said, as on the card (lib/card/superseded.ts).
    return r.supersededBy ? `${asOf}; ${supersededNote(r.supersededBy)}` : asOf;
  }
  return e.summary ?? e.facts[0]?.value ?? '';
}

function groupBySpeaker(s: AnalysisSummary | null) {
  const out: { name: string; anonymous: boolean; role: string | null; quotes: { q: AnalysisSummary['quotes'][number]; i: number }[] }[] = [];
  if (!s) return out;
  const byName = new Map<string, (typeof out)[number]>();
  const top = new Set(topLevelQuotes(s.quotes));
  s.quotes.forEach((q, i) => {
    if (!top.has(q)) return;
    const name = q.speaker?.name ?? t('popupNoSpeaker');
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
