// Lighthouse against the built app in the system Chromium. Prints the scores and fails
// below the targets: performance 95, accessibility 100, best practices 95. Prints each page's
// Largest Contentful Paint on Lighthouse's mobile profile (a mid-range phone on a slow 4G
// network, simulated) and fails when the first screen's passes 1.5 s.
// Each page is audited several times and judged on the median, as Lighthouse's own guide to
// score variability advises: one run's performance score moves by several points with
// whatever else the machine is doing. `--runs=N` changes the count (default 5).
// Lighthouse is fetched by npx on first use rather than kept in the lock file: it is a
// large tool that the tests do not need, and one of its dependencies names a version by
// dist-tag, which `npm ci` cannot verify.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, ensureChromium } from './find-chromium.mjs';
import { createStaticServer } from './serve.mjs';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95 };
/** The first is the first screen: the app's own address (the manifest's start_url), Plan. */
const ALL_PAGES = ['', '#/run', '#/journal', '#/settings'];
/** `--first-screen-only` audits the app's own address alone (its LCP is the one with a target). */
const PAGES = process.argv.includes('--first-screen-only') ? ALL_PAGES.slice(0, 1) : ALL_PAGES;
const FIRST_SCREEN_LCP_MS = 1500;
const RUNS = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 5);
/** Lighthouse now and then fails to record a trace (NO_NAVSTART); such a run is repeated. */
const ATTEMPTS_PER_RUN = 3;

if (!existsSync('dist/index.html')) {
  console.error('Build the app first: npm run build');
  process.exit(1);
}

const { server } = createStaticServer({ root: 'dist' });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;
const chrome = ensureChromium();

// Lighthouse runs asynchronously, because the static server it audits lives in this
// process and must keep answering; its report goes to a file rather than a pipe.
const reportDir = mkdtempSync(join(tmpdir(), 'breathing-space-audit-'));
const reportPath = join(reportDir, 'report.json');

async function lighthouse(pageUrl) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await promisify(execFile)(
        'npx',
        [
          '--yes',
          LIGHTHOUSE,
          pageUrl,
          '--quiet',
          '--output=json',
          `--output-path=${reportPath}`,
          `--only-categories=${Object.keys(TARGETS).join(',')}`,
          `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
        ],
        { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 },
      );
      return JSON.parse(readFileSync(reportPath, 'utf8'));
    } catch (error) {
      if (attempt >= ATTEMPTS_PER_RUN || !/NO_NAVSTART|NO_FCP/.test(String(error))) throw error;
    }
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

let failed = false;
try {
  for (const hash of PAGES) {
    const reports = [];
    for (let run = 0; run < RUNS; run += 1) reports.push(await lighthouse(`${url}${hash}`));
    const scores = Object.keys(TARGETS).map((id) => {
      const each = reports.map((report) => Math.round(report.categories[id].score * 100));
      return { id, each, median: median(each) };
    });
    const lcps = reports.map((report) => report.audits['largest-contentful-paint'].numericValue);
    const lcp = median(lcps);
    const seconds = (ms) => (ms / 1000).toFixed(2);
    console.log(
      `${hash || './'}: ${scores.map(({ id, median }) => `${id} ${median}`).join(', ')}` +
        (RUNS > 1 ? ` (median of ${RUNS}; performance ${scores[0].each.join(' ')})` : ''),
    );
    console.log(
      `  LCP ${seconds(lcp)} s` +
        (RUNS > 1 ? ` (median of ${RUNS}: ${lcps.map(seconds).join(' ')})` : '') +
        (hash === PAGES[0] ? `, first screen: at most ${seconds(FIRST_SCREEN_LCP_MS)} s` : ''),
    );
    if (hash === PAGES[0] && lcp > FIRST_SCREEN_LCP_MS) {
      failed = true;
      console.log(`  The first screen's Largest Contentful Paint is over the target.`);
    }
    for (const { id, median: score } of scores) {
      if (score >= TARGETS[id]) continue;
      failed = true;
      // The weak audits of the run nearest the median, to say what to work on.
      const report = reports.find((r) => Math.round(r.categories[id].score * 100) === score);
      const weak = Object.values(report.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
        .map((a) => `    - ${a.id}: ${a.title}`);
      console.log(`  ${id} is below ${TARGETS[id]}:\n${weak.join('\n')}`);
    }
  }
} finally {
  server.close();
  rmSync(reportDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
