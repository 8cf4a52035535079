import type { Dataset } from '~/lib/types';
import type { Settings } from '~/lib/extension/settings';
import { formatDate } from '~/lib/card';

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
  const toggle = (key: 'entities' | 'quotes' | 'claims', label: string) => (
    <label class="row">
      <input type="checkbox" name={key} checked={settings[key]} onChange={(e) => onChange({ ...settings, [key]: (e.target as HTMLInputElement).checked })} />{' '}
      {label}
    </label>
  );
  return (
    <main class="options">
      <h1>Backstory settings</h1>
      {info?.notice && (
        <p role="status" class="notice">
          {info.notice}
        </p>
      )}
      <section>
        <h2>Highlight</h2>
        {toggle('entities', 'People, countries, organisations and outlets')}
        {toggle('quotes', 'Tint whole quotes and whole contested claims (names, speakers and the first words of each claim are marked either way)')}
        {toggle('claims', 'Contested claims')}
        <fieldset>
          <legend>Style</legend>
          {(['underline', 'background'] as const).map((s) => (
            <label class="row" key={s}>
              <input type="radio" name="style" value={s} checked={settings.style === s} onChange={() => onChange({ ...settings, style: s })} />{' '}
              {s === 'underline' ? 'Underline' : 'Background colour'}
            </label>
          ))}
        </fieldset>
      </section>
      <section>
        <h2>Paused sites</h2>
        {paused.length === 0 ? (
          <p class="muted">None. Pause a site from the toolbar popup.</p>
        ) : (
          <ul>
            {paused.map((s) => (
              <li key={s}>
                {s}{' '}
                <button type="button" onClick={() => onUnpause(s)} aria-label={`Stop pausing ${s}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>Dataset</h2>
        {info ? (
          <>
            <p>
              Version {info.version}, built {formatDate(info.builtAt.slice(0, 10))}, {info.entities.toLocaleString('en')} entries
              {info.seeded ? '' : ' (still loading)'}.
            </p>
            <table>
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col">As of</th>
                  <th scope="col">Licence</th>
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
          <p class="muted">Loading…</p>
        )}
        <p class="muted">Backstory makes no network requests. Everything it knows ships inside the extension.</p>
      </section>
    </main>
  );
}
