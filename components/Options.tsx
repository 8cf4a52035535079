import type { Dataset } from '~/lib/types';
import type { Settings } from '~/lib/extension/settings';
import { formatDate } from '~/lib/card';
import { numberLocale, t, type MessageKey } from '~/lib/extension/i18n';

export interface DatasetInfo {
  version: string;
  builtAt: string;
  entities: number;
  seeded: boolean;
  notice: string | null;
  sources: Dataset['sources'];
}

/** The options page: what to highlight, how, where not to, and where the data comes from. */
export function Options({
  settings,
  paused,
  info,
  onChange,
  onUnpause,
}: {
  settings: Settings;
  paused: string[];
  info: DatasetInfo | null;
  onChange: (s: Settings) => void;
  onUnpause: (site: string) => void;
}) {
  const toggle = (key: 'entities' | 'quotes' | 'claims', label: MessageKey) => (
    <label class="row">
      <input type="checkbox" name={key} checked={settings[key]} onChange={(e) => onChange({ ...settings, [key]: (e.target as HTMLInputElement).checked })} />{' '}
      {t(label)}
    </label>
  );
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {info?.notice && (
        <p role="status" class="notice">
          {info.notice}
        </p>
      )}
      <section>
        <h2>{t('optionsHighlight')}</h2>
        {toggle('entities', 'optionsEntities')}
        {toggle('quotes', 'optionsQuotes')}
        {toggle('claims', 'optionsClaims')}
        <fieldset>
          <legend>{t('optionsStyle')}</legend>
          {(['underline', 'background'] as const).map((s) => (
            <label class="row" key={s}>
              <input type="radio" name="style" value={s} checked={settings.style === s} onChange={() => onChange({ ...settings, style: s })} />{' '}
              {t(s === 'underline' ? 'optionsUnderline' : 'optionsBackground')}
            </label>
          ))}
        </fieldset>
      </section>
      <section>
        <h2>{t('optionsPausedSites')}</h2>
        {paused.length === 0 ? (
          <p class="muted">{t('optionsNonePaused')}</p>
        ) : (
          <ul>
            {paused.map((s) => (
              <li key={s}>
                {s}{' '}
                <button type="button" onClick={() => onUnpause(s)} aria-label={t('optionsUnpauseLabel', s)}>
                  {t('optionsRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>{t('optionsDataset')}</h2>
        {info ? (
          <>
            <p>
              {t(
                info.seeded ? 'optionsDatasetLine' : 'optionsDatasetLineLoading',
                info.version,
                formatDate(info.builtAt.slice(0, 10)),
                info.entities.toLocaleString(numberLocale()),
              )}
            </p>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('optionsSource')}</th>
                  <th scope="col">{t('optionsAsOf')}</th>
                  <th scope="col">{t('optionsLicence')}</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(info.sources).map(([k, s]) => (
                  <tr key={k}>
                    <td>{s.name}</td>
                    <td>{formatDate(s.asOf)}</td>
                    <td>{s.licence}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p class="muted">{t('optionsLoading')}</p>
        )}
        <p class="muted">{t('optionsOffline')}</p>
      </section>
    </main>
  );
}
