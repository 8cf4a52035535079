import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Options, type DatasetInfo } from '~/components/Options';
import '~/components/popup.css';
import '~/components/options.css';
import { sendMessage } from '~/lib/extension/messaging';
import { asSettings, asSites, DEFAULT_SETTINGS, type Settings } from '~/lib/extension/settings';
import { pausedSitesItem, settingsItem } from '~/lib/extension/settings-items';
import { t } from '~/lib/extension/i18n';

function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [paused, setPaused] = useState<string[]>([]);
  const [info, setInfo] = useState<DatasetInfo | null>(null);
  useEffect(() => {
    // Stored values are checked field by field: a corrupt one shows (and saves back) as the defaults.
    void settingsItem.getValue().then((v) => setSettings(asSettings(v)));
    void pausedSitesItem.getValue().then((v) => setPaused(asSites(v)));
    void sendMessage('datasetInfo')
      .then(setInfo)
      .catch(() => undefined);
    const a = settingsItem.watch((v) => setSettings(asSettings(v)));
    const b = pausedSitesItem.watch((v) => setPaused(asSites(v)));
    return () => {
      a();
      b();
    };
  }, []);
  return (
    <Options
      settings={settings}
      paused={paused}
      info={info}
      onChange={(s) => void settingsItem.setValue(s)}
      onUnpause={(site) => void pausedSitesItem.setValue(paused.filter((p) => p !== site))}
    />
  );
}

document.title = t('optionsTitle');
render(<App />, document.getElementById('app')!);
