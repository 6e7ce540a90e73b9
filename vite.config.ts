import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { PAGE_CSP } from './scripts/security-headers.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const BUILD_ID = `${pkg.version}+${new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '')}`;

/** Shared with the Vitest config, so the tests run the same Dexie build that ships. */
export const RESOLVE_ALIASES = [
  // Dexie's own ES module build: smaller than the wrapped UMD build that its package entry
  // points at, and quicker for a tablet to evaluate. The app only imports it as a module,
  // so the dual-package concern that the wrapper guards against does not arise.
  { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' },
];

/** The CSP goes in only at build time: the dev server needs inline scripts and a websocket. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'breathing-space:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: PAGE_CSP },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export default defineConfig({
  // Relative base: dist/ works from any folder of any static server, with no rewrites.
  base: './',
  resolve: { alias: RESOLVE_ALIASES },
  define: {
    __APP_VERSION__: JSON.stringify(BUILD_ID),
  },
  build: {
    target: 'es2022',
    // The polyfill would add inline code and fetch() calls; modern browsers need neither.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  plugins: [
    preact({ prerender: { enabled: false } }),
    contentSecurityPolicy(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      // Our glob below already takes the icons and the plugin adds the manifest itself.
      includeManifestIcons: false,
      manifest: {
        id: './',
        name: 'Breathing Space',
        short_name: 'Breathing Space',
        description:
          'Plan and run critical reflection groups in social work, and keep a private, encrypted reflective journal. Works offline.',
        lang: 'en-GB',
        dir: 'ltr',
        display: 'standalone',
        orientation: 'any',
        start_url: './',
        scope: './',
        theme_color: '#1f5f5b',
        background_color: '#f7f5f0',
        categories: ['productivity', 'education'],
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,wasm,ico,txt}'],
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
});
