import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Options, type DatasetInfo } from '~/components/Options';
import '~/components/popup.css';
import '~/components/options.css';
import { sendMessage } from '~/lib/extension/messaging';
import { DEFAULT_SETTINGS, type Settings } from '~/lib/extension/settings';
import { pausedSitesItem, settingsItem } from '~/lib/extension/settings-items';

function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [paused, setPaused] = useState<string[]>([]);
  const [info, setInfo] = useState<DatasetInfo | null>(null);
  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
    void pausedSitesItem.getValue().then(setPaused);
    void sendMessage('datasetInfo').then(setInfo).catch(() => undefined);
    const a = settingsItem.watch((v) => v && setSettings(v));
    const b = pausedSitesItem.watch((v) => setPaused(v ?? []));
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

render(<App />, document.getElementById('app')!);
