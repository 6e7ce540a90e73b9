// A screen opened by a direct link lays out right at first paint, and stays put while the
// other sections' code (and any stylesheet it brings) warms in the background ten seconds
// later: no rule a screen needs may arrive with another section's code.
import type { Page } from '@playwright/test';
import { SECTIONS, expect, test } from './support';

/** Cumulative layout shift, the sum of every shift not caused by input; < 0.1 is "good". */
const MAX_SHIFT = 0.01;
/** app/LazySection.tsx starts warming the other sections this long after start-up. */
const WARM_UP_STARTS_MS = 10_000;

/** Records every layout shift from the first paint on, before any of the app's code runs. */
async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map((source) => {
          const node = source.node;
          return node instanceof Element
            ? `${node.tagName.toLowerCase()}${node.className ? `.${node.className}` : ''}`
            : String(node?.nodeName);
        });
        shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Waits until the background warm-up has fetched every section and the page is quiet. */
async function waitForWarmUp(page: Page) {
  let count = -1;
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() => ({
          elapsed: performance.now(),
          resources: performance.getEntriesByType('resource').length,
        }));
        const settled = now.elapsed > WARM_UP_STARTS_MS + 2_000 && now.resources === count;
        count = now.resources;
        return settled;
      },
      { timeout: WARM_UP_STARTS_MS + 20_000, intervals: [1_000] },
    )
    .toBe(true);
}

/** The first screen, and the sections whose screens use parts other sections use too. */
const DIRECT_LINKS = SECTIONS.filter((s) =>
  ['#/plan', '#/run', '#/journal', '#/actions'].includes(s.hash),
);

// One page a section, all open at once: each waits out its own warm-up, and the wait is paid
// once rather than once a section.
test('a screen opened by a direct link does not shift, even as other sections warm', async ({
  context,
}) => {
  await Promise.all(
    DIRECT_LINKS.map(async (section) => {
      const page = await context.newPage();
      await recordLayoutShifts(page);
      await page.goto(`./${section.hash}`);
      await expect(page.getByRole('heading', { level: 1, name: section.heading })).toBeVisible();
      await expect(page.getByText('Loading…')).toHaveCount(0);
      await waitForWarmUp(page);
      const shifts = await page.evaluate(
        () => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts,
      );
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      expect(total, `${section.hash} layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(
        MAX_SHIFT,
      );
    }),
  );
});
