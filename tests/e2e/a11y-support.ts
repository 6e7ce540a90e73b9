// The accessibility checks the end-to-end tests share.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** axe's serious and critical findings against WCAG 2.2 AA, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((v) => ['serious', 'critical'].includes(v.impact ?? ''))
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
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
