// The one test command (`npm test`, and CI's .ci/run): lint, type check, unit and component
// tests, a production build with its checks and size budget, the end-to-end suite in
// Chromium, then the end-to-end smoke in WebKit and in Firefox. Every step runs even if an
// earlier one failed, so one run reports everything; the last line totals every suite:
// "N passed, N failed[, N skipped]".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const REPORTS = 'reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const results = [];

const timings = [];

function run(command, args) {
  const line = [command, ...args].join(' ');
  console.log(`\n▶ ${line}`);
  const started = Date.now();
  const ok = spawnSync(command, args, { stdio: 'inherit', env: process.env }).status === 0;
  timings.push(`  ${String(Math.round((Date.now() - started) / 1000)).padStart(4)} s  ${line}`);
  return ok;
}

/** A step that is one check: it passes or fails as a whole. */
function check(name, command, args) {
  const ok = run(command, args);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Checks that each use one core, run side by side on CI's two (lint and the type check take
 * about 20 s each). Each one's output is printed whole once it ends, never interleaved.
 */
async function checksSideBySide(checks) {
  const started = Date.now();
  const outcomes = await Promise.all(
    checks.map(
      ([name, command, args]) =>
        new Promise((resolve) => {
          const child = spawn(command, args, { env: process.env });
          let output = '';
          child.stdout.on('data', (chunk) => (output += chunk));
          child.stderr.on('data', (chunk) => (output += chunk));
          child.on('error', (error) =>
            resolve({ name, command, args, ok: false, output: String(error) }),
          );
          child.on('close', (code) =>
            resolve({ name, command, args, ok: code === 0, output, seconds: Date.now() - started }),
          );
        }),
    ),
  );
  for (const { name, command, args, ok, output, seconds } of outcomes) {
    const line = [command, ...args].join(' ');
    console.log(`\n▶ ${line}\n${output}`);
    timings.push(
      `  ${String(Math.round((seconds ?? 0) / 1000)).padStart(4)} s  ${line} (side by side)`,
    );
    results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  }
}

/** A Vitest run's counts from its JSON report; a run that failed counts at least once. */
function vitestCounts(report, ok) {
  const json = readJson(report);
  return json
    ? {
        passed: json.numPassedTests,
        failed: json.numFailedTests + (ok || json.numFailedTests ? 0 : 1),
        skipped: json.numPendingTests + json.numTodoTests,
      }
    : { passed: 0, failed: 1, skipped: 0 };
}

/** A Vitest run, counted from its JSON report. */
function vitest(name, projects) {
  const report = `${REPORTS}/${name}.json`;
  const ok = run('npx', [
    'vitest',
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  results.push({ name, ...vitestCounts(report, ok) });
}

/** One engine's smoke (scripts/run-engines.mjs), counted from its Vitest report. */
function engineSmoke(label, engine) {
  const ok = run('node', ['scripts/run-engines.mjs', engine]);
  results.push({
    name: `end-to-end smoke (${label})`,
    ...vitestCounts(`${REPORTS}/engines-${engine}.json`, ok),
  });
}

/** The Playwright run, counted from its JSON report. */
function e2e() {
  const ok = run('node', ['scripts/run-e2e.mjs']);
  const stats = readJson(`${REPORTS}/e2e.json`)?.stats;
  const counted = stats
    ? {
        passed: stats.expected + stats.flaky,
        failed: stats.unexpected + (ok || stats.unexpected ? 0 : 1),
        skipped: stats.skipped,
      }
    : { passed: 0, failed: 1, skipped: 0 };
  results.push({ name: 'end-to-end (Chromium)', ...counted });
}

await checksSideBySide([
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['type check', 'npx', ['tsc', '-b']],
]);
vitest('unit and component', ['unit', 'component']);
if (check('production build', 'npx', ['vite', 'build'])) {
  vitest('build output', ['build']);
  check('size budget', 'node', ['scripts/size.mjs']);
  e2e();
  engineSmoke('WebKit', 'webkit');
  engineSmoke('Firefox', 'firefox');
} else {
  results.push({ name: 'build output, size and end-to-end', passed: 0, failed: 1, skipped: 0 });
}

const total = results.reduce(
  (sum, r) => ({
    passed: sum.passed + r.passed,
    failed: sum.failed + r.failed,
    skipped: sum.skipped + r.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);

// Where the time went: the whole suite must stay well under ten minutes on two cores.
console.log(`\nTime by step\n${timings.join('\n')}`);
console.log('\nSummary');
for (const r of results) {
  const skipped = r.skipped ? `, ${r.skipped} skipped` : '';
  console.log(`  ${r.name}: ${r.passed} passed, ${r.failed} failed${skipped}`);
}
if (total.passed + total.failed === 0) {
  console.log('No test ran.');
  total.failed = 1;
}
const skipped = total.skipped ? `, ${total.skipped} skipped` : '';
const line = `${total.passed} passed, ${total.failed} failed${skipped}`;
writeFileSync(`${REPORTS}/summary.txt`, `${line}\n`);
console.log(line);
process.exit(total.failed > 0 || !existsSync('dist/index.html') ? 1 : 0);
