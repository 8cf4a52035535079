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
      {card.otherSide && card.otherSide.length > 0 && (
        <div class="bs-other">
          <strong>{t('cardOtherSide')}</strong>
          {card.otherSide.map((o, i) => (
            <blockquote key={i}>{o}</blockquote>
          ))}
        </div>
      )}
      {card.quotes && card.quotes.length > 0 && (
        <div class="bs-quotes">
          <strong>{t('cardSaidHere')}</strong>
          {card.quotes.map((q, i) => (
            <blockquote key={i}>{q}</blockquote>
          ))}
        </div>
      )}
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
