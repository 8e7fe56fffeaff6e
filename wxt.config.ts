import { defineConfig } from 'wxt';
import { KNOWN_HELPDESK_HOSTS } from './lib/adapters/hosts';

// The demo build (`TACT_DEMO=1`) is the one `npm start` and the e2e suite load: it adds the loopback
// hosts the demo helpdesk and the helpdesk fixtures are served from. The shipped build has no
// loopback access.
const demo = process.env.TACT_DEMO === '1';
export const DEMO_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  outDirTemplate: `{{browser}}-mv{{manifestVersion}}${demo ? '-demo' : ''}`,
  vite: () => ({
    define: { __TACT_DEMO__: JSON.stringify(demo) },
    build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'scripting', 'alarms'],
    host_permissions: [...KNOWN_HELPDESK_HOSTS, ...(demo ? DEMO_HOSTS : [])],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'log-feedback': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandLogFeedback__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tact@tact.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { storage: { managed_schema: 'managed-schema.json' } }),
  }),
});
