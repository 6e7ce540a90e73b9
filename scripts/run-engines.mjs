// Runs the end-to-end smoke in WebKit and Firefox (tests/engines) against the built app:
// each engine its own Vitest run, with its own report (reports/engines-<engine>.json).
// Installs the Debian packages the engines need where they are missing (as root), builds
// the app if dist/ is missing, and each run prints the browser version it used.
//   node scripts/run-engines.mjs [webkit] [firefox] [more Vitest arguments]
//   node scripts/run-engines.mjs --prepare   (installs and builds only: before runs side by
//   side, so two installs never contend for the package manager)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ENGINE_PROGRAMS, ensureEngines } from './find-engines.mjs';

const ENGINES = Object.keys(ENGINE_PROGRAMS);
const args = process.argv.slice(2).filter((arg) => arg !== '--prepare');
const isPrepareOnly = process.argv.includes('--prepare');
const chosen = args.filter((arg) => ENGINES.includes(arg));
const engines = chosen.length > 0 ? chosen : ENGINES;
const vitestArgs = args.filter((arg) => !ENGINES.includes(arg));

try {
  const programs = ensureEngines(engines);
  for (const engine of engines) {
    const used = ENGINE_PROGRAMS[engine].map((name) => programs[name]);
    console.log(`${engine}: ${used.join(', ')}`);
  }
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (isPrepareOnly) process.exit(0);

let failed = false;
for (const engine of engines) {
  const run = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--config=tests/engines/vitest.config.ts',
      `tests/engines/${engine}.test.ts`,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=reports/engines-${engine}.json`,
      ...vitestArgs,
    ],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
