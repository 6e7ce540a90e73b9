// Lighthouse against the built app in the system Chromium. Prints the scores and fails
// below the targets: performance 95, accessibility 100, best practices 95.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, ensureChromium } from './find-chromium.mjs';
import { createStaticServer } from './serve.mjs';

const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95 };

if (!existsSync('dist/index.html')) {
  console.error('Build the app first: npm run build');
  process.exit(1);
}

const { server } = createStaticServer({ root: 'dist' });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const chrome = await chromeLauncher.launch({
  chromePath: ensureChromium(),
  chromeFlags: CHROMIUM_ARGS,
});
let failed = false;
try {
  const pages = ['', '#/settings', '#/journal'];
  for (const hash of pages) {
    const result = await lighthouse(`${url}${hash}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(TARGETS),
    });
    const scores = Object.fromEntries(
      Object.keys(TARGETS).map((id) => [id, Math.round(result.lhr.categories[id].score * 100)]),
    );
    console.log(
      `${hash || '#/plan'}: ${Object.entries(scores)
        .map(([id, s]) => `${id} ${s}`)
        .join(', ')}`,
    );
    for (const [id, score] of Object.entries(scores)) {
      if (score < TARGETS[id]) {
        failed = true;
        const audits = Object.values(result.lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
          .map((a) => `    - ${a.id}: ${a.title}`);
        console.log(`  ${id} is below ${TARGETS[id]}:\n${audits.join('\n')}`);
      }
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
process.exit(failed ? 1 : 0);
