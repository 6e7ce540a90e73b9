// The one test command (`npm test`, and CI's .ci/run): lint and type check (side by side),
// unit and component tests, a production build with its checks and size budget, the
// end-to-end suite in Chromium, then the end-to-end smoke in WebKit and in Firefox (side by
// side). Every step runs even if an earlier one failed, so one run reports everything; the
// last line totals every suite: "N passed, N failed[, N skipped]".
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

/** Runs a command with its output kept, not shown: for steps run side by side. */
function runQuietly(command, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: process.env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const done = (ok, more = '') =>
      resolve({ line: [command, ...args].join(' '), ok, output: output + more, started });
    child.on('error', (error) => done(false, String(error)));
    child.on('close', (code) => done(code === 0));
  }).then((outcome) => ({ ...outcome, seconds: (Date.now() - started) / 1000 }));
}

/**
 * Steps that each keep one core busy, run side by side on CI's two: each one's output is
 * printed whole once all have ended, never interleaved, then each counts its results.
 * A step is [command, args, count(ok)].
 */
async function sideBySide(steps) {
  const outcomes = await Promise.all(steps.map(([command, args]) => runQuietly(command, args)));
  outcomes.forEach(({ line, ok, output, seconds }, i) => {
    console.log(`\n▶ ${line}\n${output}`);
    timings.push(`  ${String(Math.round(seconds)).padStart(4)} s  ${line} (side by side)`);
    steps[i][2](ok);
  });
}

/** A step that is one check, for sideBySide. */
const oneCheck = (name) => (ok) =>
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });

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

/** One engine's smoke (scripts/run-engines.mjs), for sideBySide: counted from its report. */
function engineSmoke(label, engine) {
  return [
    'node',
    ['scripts/run-engines.mjs', engine],
    (ok) =>
      results.push({
        name: `end-to-end smoke (${label})`,
        ...vitestCounts(`${REPORTS}/engines-${engine}.json`, ok),
      }),
  ];
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

await sideBySide([
  ['npm', ['run', '--silent', 'lint'], oneCheck('lint')],
  ['npx', ['tsc', '-b'], oneCheck('type check')],
]);
vitest('unit and component', ['unit', 'component']);
if (check('production build', 'npx', ['vite', 'build'])) {
  vitest('build output', ['build']);
  check('size budget', 'node', ['scripts/size.mjs']);
  e2e();
  // Much of each engine's smoke is waiting on its browser: side by side they take 50 s, not 70.
  if (run('node', ['scripts/run-engines.mjs', '--prepare'])) {
    await sideBySide([engineSmoke('WebKit', 'webkit'), engineSmoke('Firefox', 'firefox')]);
  } else {
    results.push({ name: 'end-to-end smoke (WebKit, Firefox)', passed: 0, failed: 1, skipped: 0 });
  }
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
