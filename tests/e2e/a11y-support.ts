// The accessibility checks the end-to-end tests share.
import axe from 'axe-core';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA, as axe tags it. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's serious and critical findings against WCAG 2.2 AA, one line each. axe-core runs in
 * the page itself, put there once per document: @axe-core/playwright's builder opens a new
 * page for every run to gather results across frames (this app has none), which made each
 * check take five times as long.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, WCAG_AA);
  return violations
    .filter((v) => ['serious', 'critical'].includes(v.impact ?? ''))
    .map((v) => `${v.id}: ${v.targets.join(', ')}`);
}

/** Controls smaller than 44 px; a checkbox or radio counts with its row and label. */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary')]
      .filter((el) => el.offsetParent !== null && !el.closest('p, .skip-link'))
      .map((el) => {
        const isBox = el instanceof HTMLInputElement && /checkbox|radio/.test(el.type);
        const target = isBox ? (el.closest('.field-inline') ?? el) : el;
        return { el, box: target.getBoundingClientRect() };
      })
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ el, box }) => `${el.tagName}#${el.id} ${box.width}x${box.height}`),
  );
}
