import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { pack } from './lib/dataset/pack';

/**
 * The background bundles assets/dataset.json in its packed form (lib/dataset/pack.ts), unpacked
 * once when the background starts: Mozilla's linter refuses to parse a script over 5 MB, and the
 * dataset in full is over 6 MB. Node (CLI, tests) reads the file as it is.
 */
function packedDataset(): Plugin {
  const file = fileURLToPath(new URL('./assets/dataset.json', import.meta.url));
  const unpackModule = fileURLToPath(new URL('./lib/dataset/pack.ts', import.meta.url));
  // A virtual module id without ".json", so Vite's own JSON transform leaves it alone.
  const VIRTUAL = '\0backstory-packed-dataset';
  return {
    name: 'backstory-packed-dataset',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('dataset.json')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && resolved.id.split('?')[0] === file ? VIRTUAL : null;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      const packed = pack(JSON.parse(readFileSync(file, 'utf8')));
      return `import { unpack } from ${JSON.stringify(unpackModule)};\nexport default unpack(${JSON.stringify(packed)});\n`;
    },
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
  vite: () => ({
    plugins: [preact(), packedDataset()],
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
