import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { RESOLVE_ALIASES } from './vite.config';

// Every test sees the same device zone, whatever the machine's: the one the tests were written
// in. Tests of other zones name their zone. Set before the workers start, so Intl reads it.
process.env.TZ = 'Europe/London';

export default defineConfig({
  plugins: [preact({ prerender: { enabled: false } })],
  resolve: { alias: RESOLVE_ALIASES },
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    // A run that finds no test has failed (a typo in a glob must not pass CI).
    passWithNoTests: false,
    // Key derivation is slow by design, and CI has 2 cores: a hang still fails, a busy
    // machine does not.
    testTimeout: 20_000,
    // Every core: Vitest leaves one free by default, which on CI's two halves the speed.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup/isolate-channels.ts', 'tests/setup/indexeddb.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: [
            'tests/setup/isolate-channels.ts',
            'tests/setup/indexeddb.ts',
            'tests/setup/dom.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          environment: 'node',
          include: ['tests/build/**/*.test.ts'],
        },
      },
    ],
  },
});
