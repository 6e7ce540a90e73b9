import { createServer, defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { PAGE_CSP } from './scripts/security-headers.mjs';
import { BOOT_SCRIPT } from './scripts/first-screen-boot.mjs';

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

/**
 * The first screen's code and styles (Plan's, the section the app's own address opens) are
 * named in index.html beside the shell's, so they download at once instead of after the
 * shell has run. Another section opened by a direct link fetches them too (about 5 KB), a
 * price the app's own address is worth. The stylesheet is linked, not preloaded: the loader
 * then finds it in place and has nothing to wait for, and a direct link elsewhere gets a small
 * stylesheet it does not use rather than a console warning about an unused preload.
 */
function preloadFirstScreen(
  entries = ['/src/start.tsx', '/src/features/plan/PlanScreen.tsx'],
): Plugin {
  return {
    name: 'breathing-space:preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter((file) => file.type === 'chunk');
        // Each chunk and everything it imports statically, which it cannot run without.
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          chunks.find((chunk) => chunk.fileName === fileName)?.imports.forEach(visit);
        };
        for (const entry of entries) {
          const chunk = chunks.find((each) => each.facadeModuleId?.endsWith(entry));
          if (!chunk) throw new Error(`No chunk for the first screen (${entry})`);
          visit(chunk.fileName);
        }
        const named = (file: string) => html.includes(`/${file}"`);
        const styles = [...files].flatMap((file) => [
          ...(chunks.find((chunk) => chunk.fileName === file)?.viteMetadata?.importedCss ?? []),
        ]);
        return [
          ...[...new Set(styles)]
            .filter((file) => !named(file))
            .map((file) => ({
              tag: 'link',
              attrs: { rel: 'stylesheet', crossorigin: true, href: `./${file}` },
              injectTo: 'head' as const,
            })),
          ...[...files]
            .filter((file) => !named(file))
            .map((file) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
              injectTo: 'head' as const,
            })),
        ];
      },
    },
  };
}

/**
 * Writes Plan's first screen into index.html at build time (as Squoosh does), so a first
 * visit paints it with the page and its styles, before any script arrives. It is inert until
 * the app renders over it. An inline boot script (scripts/first-screen-boot.mjs) hides it
 * before the first paint when the address is another screen's.
 */
function prerenderFirstScreen(): Plugin {
  return {
    name: 'breathing-space:prerender-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        // The app's own modules, run in Node by a throwaway dev server.
        const server = await createServer({
          configFile: false,
          logLevel: 'silent',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          plugins: [preact({ prerender: { enabled: false } })],
        });
        try {
          const { prerenderFirstScreen: render } = (await server.ssrLoadModule(
            '/src/prerender.tsx',
          )) as { prerenderFirstScreen: () => Promise<string> };
          const screen = await render();
          const empty = '<div id="app"></div>';
          if (!html.includes(empty)) throw new Error('index.html has no empty #app to fill');
          // The boot script runs first, so another address never paints this screen.
          return stylesBeforeScripts(
            html.replace(
              empty,
              `<script>${BOOT_SCRIPT}</script><div id="app" data-prerendered inert>${screen}</div>`,
            ),
          );
        } finally {
          await server.close();
        }
      },
    },
  };
}

/**
 * Moves the script preloads after the stylesheets, so the first paint's styles take the
 * first of the six connections a browser opens to a host, not the back of the queue.
 */
function stylesBeforeScripts(html: string): string {
  const preloads = html.match(/\s*<link rel="modulepreload"[^>]*>/g) ?? [];
  const without = preloads.reduce((rest, link) => rest.replace(link, ''), html);
  const lastStyle = without.lastIndexOf('<link rel="stylesheet"');
  const at = without.indexOf('>', lastStyle) + 1;
  return without.slice(0, at) + preloads.join('') + without.slice(at);
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
    rolldownOptions: {
      output: {
        // Fewer, fuller files for the first screen: left alone, the bundler splits Preact, its
        // hooks and signals, and the small date and agenda helpers every section shares into
        // a file each (seven scripts before Plan can paint; five with these groups). A browser
        // allows only six connections to a host over HTTP/1.1, and each small file costs a
        // request of its own.
        codeSplitting: {
          groups: [
            // What the entry needs before the page paints, kept apart from the shell so that running it
            // is next to nothing (see src/main.tsx).
            { name: 'boot', test: /preload-helper|src[\\/]first-screen\.ts$/ },
            // The shell's modules that sections import too (Preact, app state, router, Button…) in
            // a file of their own, not in the entry: a section's loader then never preloads the
            // entry script itself, which Firefox reports as a failed load.
            {
              name: 'shell',
              test: /node_modules[\\/](preact|@preact[\\/]signals)|src[\\/](app[\\/]|ui[\\/](Button|Loading|Field|ScreenHeader)\.tsx$|ui[\\/]dates\.ts$|domain[\\/](agenda|calendar|clock|ids|time-zone)\.ts$)/,
            },
            // What Plan's first screen shares with the screens behind it.
            {
              name: 'plan-forms',
              test: /src[\\/]features[\\/]plan[\\/](members-input|SeriesFields|LengthSelect)\.tsx?$/,
            },
          ],
        },
      },
    },
  },
  plugins: [
    preact({ prerender: { enabled: false } }),
    contentSecurityPolicy(),
    preloadFirstScreen(),
    prerenderFirstScreen(),
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
        // The installed app opens its own group files, and takes them (or a series link) from
        // another app's share sheet; see src/app/incoming-file.ts and src/sw/share-target.ts.
        file_handlers: [
          {
            action: './',
            accept: { 'application/vnd.breathing-space.group+json': ['.bsgroup'] },
          },
        ],
        share_target: {
          action: './share-target',
          method: 'POST',
          enctype: 'multipart/form-data',
          params: {
            title: 'title',
            text: 'text',
            url: 'url',
            files: [
              {
                name: 'file',
                accept: ['application/vnd.breathing-space.group+json', '.bsgroup'],
              },
            ],
          },
        },
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
