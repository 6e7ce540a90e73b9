// The run screen's share of `npm run bench`: a workshop running at its critical incident,
// on a tablet-sized page with the CPU slowed four times (as a modest tablet would be), and
// the main thread's scripting time over 20 s of ticking clocks, per second (target ≤ 2 ms:
// the tick redraws the figures, not the screen).
const SECONDS = 20;

async function planAndStart(page, base) {
  await page.goto(base);
  await page.getByLabel('New group name').fill('North team');
  await page.getByLabel('You (facilitator)').fill('Sam');
  await page.getByLabel('Other members, one per line').fill('JK\nAB\nCD\nEF');
  await page.getByRole('button', { name: 'Create group' }).click();
  await page.getByRole('button', { name: 'Propose turns' }).click();
  await page.getByRole('link', { name: 'Workshop 1 of 5' }).click();
  await page.getByRole('link', { name: 'Run this workshop' }).click();
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
  for (const title of ['Literature discussion', 'Break', 'Critical incident']) {
    await page.getByRole('button', { name: /End phase now|^Next phase$/ }).click();
    await page.locator('#phase-heading', { hasText: title }).waitFor();
  }
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByText(/^Step 2 of \d+/).waitFor();
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByText(/^Step 3 of \d+/).waitFor();
}

/**
 * Waits until the app has warmed its other sections (it starts 10 s after opening, then
 * loads them one by one): the page's resources stop growing for five seconds.
 */
async function settled(page) {
  let count = -1;
  for (let still = 0; still < 5;) {
    await page.waitForTimeout(1_000);
    const now = await page.evaluate(() =>
      performance.now() > 15_000 ? performance.getEntriesByType('resource').length : -1,
    );
    still = now === count && now >= 0 ? still + 1 : 0;
    count = now;
  }
}

const scriptSeconds = async (cdp) =>
  (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;

/** Scripting per second of a running workshop, in milliseconds, reported through `report`. */
export async function benchRunScreen({ browser, base, report }) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  try {
    const page = await context.newPage();
    await planAndStart(page, base);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // The last step's save and the app's warming of other sections are done first: the
    // ticks alone are measured.
    await settled(page);
    const before = await scriptSeconds(cdp);
    await page.waitForTimeout(SECONDS * 1_000);
    const after = await scriptSeconds(cdp);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    report(
      'Running workshop: scripting per second (4× slower CPU)',
      ((after - before) * 1_000) / SECONDS,
      2,
    );
  } finally {
    await context.close();
  }
}
