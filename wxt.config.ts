import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { pack } from './lib/dataset/pack';
import { datasetMeta, type DatasetMeta } from './lib/extension/db';
import type { Dataset } from './lib/types';

/**
 * The dataset ships as a file of the package, `dataset.json` at its root, in its packed form
 * (lib/dataset/pack.ts); the background embeds only its meta (version, date, counts, sources: the
 * virtual module below) and reads the file when it has to seed its database or answer from memory
 * (entrypoints/background.ts). So a wake of the service worker does not parse and unpack 5 MB, and
 * background.js stays far under the 5 MB script limit of Mozilla's linter. Node (CLI, tests) reads
 * assets/dataset.json as it is.
 */
const DATASET_FILE = fileURLToPath(new URL('./assets/dataset.json', import.meta.url));
const META_MODULE = 'virtual:backstory-dataset-meta';
let shipped: { meta: DatasetMeta; packed: string } | null = null;
const shippedDataset = () => {
  if (shipped) return shipped;
  const dataset = JSON.parse(readFileSync(DATASET_FILE, 'utf8')) as Dataset;
  return (shipped = { meta: datasetMeta(dataset), packed: JSON.stringify(pack(dataset)) });
};

function datasetMetaModule(): Plugin {
  return {
    name: 'backstory-dataset-meta',
    resolveId: (source) => (source === META_MODULE ? `\0${META_MODULE}` : null),
    load: (id) => (id === `\0${META_MODULE}` ? `export default ${JSON.stringify(shippedDataset().meta)};\n` : null),
  };
}

// Firefox: MV2. Firefox ESR's MV3 content scripts ran less reliably as temporary add-ons on this machine
// (see ../shared/BROWSERS.md), MV2 needs no host-permission prompt for the content script on Firefox, and
// MV2 is fully supported by Firefox with no announced end date. Chrome: MV3 (required by the Web Store).
const GECKO_ID = 'backstory@backstory.example';

export default defineConfig({
  modules: [],
  publicDir: 'assets/public',
  manifestVersion: undefined,
  hooks: {
    // Written with the public files, into every build (dev too) and so into the zip.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'dataset.json', contents: shippedDataset().packed });
    },
  },
  vite: () => ({
    plugins: [preact(), datasetMetaModule()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    // Name, description and the shortcut's description come from assets/public/_locales/<lang>/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    commands: {
      'cycle-highlights': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandCycleHighlights__',
      },
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // Firefox 140 is the first ESR with the CSS Custom Highlight API.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions is understood from Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
