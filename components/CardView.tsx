import type { CardModel } from '~/lib/card/view';
import { formatDate } from '~/lib/card';
import { t } from '~/lib/extension/i18n';

const TYPE_ICON: Record<string, string> = {
  person: '👤',
  country: '🏳',
  place: '📍',
  organization: '🏛',
  outlet: '📰',
  other: '•',
};

/** One card: the hover card in the page and the expanded entry in the popup share it. */
export function CardView({ card, onClose, onShowInPopup }: { card: CardModel; onClose?: () => void; onShowInPopup?: () => void }) {
  const icon = card.flag ?? (card.entityType ? TYPE_ICON[card.entityType] : card.kind === 'claim' ? '⚖' : card.kind === 'quote' ? '❝' : '👤');
  return (
    <div class={`bs-card bs-${card.kind}`} role="dialog" aria-label={t('cardLabel', card.title)} data-kind={card.kind}>
      <div class="bs-head">
        <span class="bs-icon" aria-hidden="true">
          {icon}
        </span>
        <div class="bs-titles">
          {card.badge && <span class="bs-badge">{card.badge}</span>}
          <h2 class="bs-title">{card.title}</h2>
        </div>
        {onClose && (
          <button type="button" class="bs-close" aria-label={t('cardClose')} onClick={onClose}>
            ×
          </button>
        )}
      </div>
      {card.kinds && card.kinds.length > 0 && (
        <ul class="bs-kinds" aria-label={t('cardWhyFlagged')}>
          {card.kinds.map((k) => (
            <li key={k}>{k}</li>
          ))}
        </ul>
      )}
      <ul class="bs-lines">
        {card.lines.map((l, i) => (
          <li key={i}>{l}</li>
        ))}
      </ul>
      <Quoted class="bs-other" heading={t('cardOtherSide')} items={card.otherSide} />
      <Quoted class="bs-quotes" heading={t('cardSaidHere')} items={card.quotes} />
      {card.sources.length > 0 && (
        <p class="bs-sources">
          {card.sources.map((s, i) => (
            <span key={i}>{s.asOf ? t('cardSourceAsOf', s.name, formatDate(s.asOf)) : s.name}</span>
          ))}
        </p>
      )}
      {onShowInPopup && (
        <button type="button" class="bs-link" onClick={onShowInPopup}>
          {t('cardShowInPopup')}
        </button>
      )}
    </div>
  );
}

/** A headed list of quoted words (the other side of a claim, what a person said here); nothing when there are none. */
function Quoted({ class: cls, heading, items }: { class: string; heading: string; items?: readonly string[] }) {
  if (!items?.length) return null;
  return (
    <div class={cls}>
      <strong>{heading}</strong>
      {items.map((q, i) => (
        <blockquote key={i}>{q}</blockquote>
      ))}
    </div>
  );
}
