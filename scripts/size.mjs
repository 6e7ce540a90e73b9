// The first-screen budget, measured the way a user meets it: the built app loads in Chromium
// with an empty profile, and every script and stylesheet the page fetches until its first
// screen is usable (its heading and content are there, and the network has been quiet for
// half a second) counts, whether index.html names it or the app asks for it at start. What
// starts later is not the first screen's cost: the service worker's precache, and the
// fetching of the screens behind this one once it has settled. Fails when the first screen
// (the app's own address, which shows Plan) is over budget; the other sections, opened by a
// direct link, are printed for information. Every file is listed with its size, so a
// regression can be traced to its chunk.
//
//   node scripts/size.mjs [--dir=dist] [--first-screen-only] [--json]
//
// Sizes are each file gzipped at level 9 from the folder served, so they do not depend on the
// server or on what else the machine is doing.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from './find-chromium.mjs';
import { createStaticServer } from './serve.mjs';

/**
 * JavaScript: 1.5 times a bare Preact + Dexie PWA. Every byte ships to a tablet on venue wifi.
 * 54.5 KB since groups have their own time zone and dates follow the user's locale (half a
 * kilobyte: "today" in the group's zone and the Intl formatters, which every section uses).
 */
const BUDGET = { js: 54.5 * 1024, css: 8 * 1024 };

/**
 * The first screen and the sections a direct link may open, with what shows that each is
 * usable on an empty profile: its heading, and content that appears only once its data has
 * been read (so the database code has loaded too).
 */
const SCREENS = [
  // The address the installed app opens (the manifest's start_url): Plan, and a check for a
  // workshop running that it would resume.
  { hash: '', heading: 'Plan', content: 'No groups yet' },
  { hash: '#/run', heading: 'Run a workshop', content: 'No planned workshops from today on' },
  { hash: '#/journal', heading: 'Journal', content: 'Set up your journal' },
  { hash: '#/actions', heading: 'Action cards', content: 'Set up your journal' },
  { hash: '#/settings', heading: 'Settings', content: 'Space used' },
];

/** Quiet means no request in flight for this long, as Lighthouse and Playwright judge it. */
const QUIET_MS = 500;
/**
 * Sections are warmed in the background from ten seconds after start-up
 * (app/LazySection.tsx): a first screen not usable well before then cannot be measured
 * apart from them, and is far too slow anyway.
 */
const MEASURE_BEFORE_MS = 8_000;

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const DIR = args.get('dir') ?? 'dist';
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** What one screen fetched until it was usable and the network was quiet. */
async function measure(browser, origin, screen) {
  // A new context is an empty profile: nothing cached, no service worker. The service worker
  // is blocked outright: it registers only after the first screen is up, and its precache of
  // the whole app is not what the first screen costs.
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-GB' });
  const page = await context.newPage();
  const fetched = new Set();
  let inFlight = 0;
  let lastActivity = Date.now();
  page.on('request', (request) => {
    inFlight += 1;
    lastActivity = Date.now();
    const { pathname } = new URL(request.url());
    if (/\.(m?js|css)$/.test(pathname)) fetched.add(pathname.replace(/^\//, ''));
  });
  const settle = () => {
    inFlight -= 1;
    lastActivity = Date.now();
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);

  const started = Date.now();
  try {
    await page.goto(`${origin}/${screen.hash}`);
    const main = page.locator('main');
    await main.getByRole('heading', { level: 1, name: screen.heading, exact: true }).waitFor();
    await main.getByText(screen.content).first().waitFor();
    while (inFlight > 0 || Date.now() - lastActivity < QUIET_MS) await page.waitForTimeout(50);
    const elapsed = Date.now() - started;
    if (elapsed > MEASURE_BEFORE_MS) {
      throw new Error(`${screen.hash} took ${elapsed} ms to settle, too close to the warm-up`);
    }
  } finally {
    await context.close();
  }
  const files = [...fetched].map((file) => ({ file, gzip: gzipped(file) }));
  files.sort((a, b) => b.gzip - a.gzip);
  const total = (ext) => files.filter((f) => ext.test(f.file)).reduce((s, f) => s + f.gzip, 0);
  return { hash: screen.hash, files, js: total(/\.m?js$/), css: total(/\.css$/) };
}

function gzipped(file) {
  return gzipSync(readFileSync(join(DIR, file)), { level: 9 }).length;
}

function print(result, withBudget) {
  const budget = (kind) => (withBudget ? ` (budget ${kb(BUDGET[kind])})` : '');
  console.log(`\n${result.hash || './ (Plan)'}`);
  for (const { file, gzip } of result.files) console.log(`  ${kb(gzip).padStart(9)}  ${file}`);
  console.log(`  JavaScript: ${kb(result.js)} gzip${budget('js')}`);
  console.log(`  CSS:        ${kb(result.css)} gzip${budget('css')}`);
}

if (!existsSync(join(DIR, 'index.html'))) {
  console.error(`No built app in ${DIR}/. Run "npm run build" first.`);
  process.exit(1);
}

const { server } = createStaticServer({ root: DIR });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });

const results = [];
try {
  const screens = args.has('first-screen-only') ? SCREENS.slice(0, 1) : SCREENS;
  for (const screen of screens) results.push(await measure(browser, origin, screen));
} finally {
  await browser.close();
  server.close();
}

const [first, ...others] = results;
const over = first.js > BUDGET.js || first.css > BUDGET.css;
if (args.has('json')) {
  console.log(JSON.stringify({ budget: BUDGET, over, screens: results }, null, 2));
} else {
  console.log('The first screen, as a first visit loads it:');
  print(first, true);
  if (others.length > 0) console.log('\nOther sections opened by a direct link (for information):');
  for (const result of others) print(result, false);
}
if (over) {
  console.error(`\nThe first screen is over budget (${first.hash}).`);
  process.exit(1);
}
