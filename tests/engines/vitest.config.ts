// The engine smoke (npm run test:engines): its own Vitest run, one engine at a time, each
// file a browser driven step by step, so nothing runs in parallel on a two-core machine.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/engines/*.test.ts'],
    environment: 'node',
    passWithNoTests: false,
    fileParallelism: false,
    // A browser start, or a key derivation on a busy machine, takes seconds; a hang fails.
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
