// Plan's first screen (the groups, and starting one) is the app's first screen too, so its
// code comes first and alone; the screens behind it load apart. They are fetched before
// anyone needs them: when a link to one is touched, hovered or focused, when a group is being
// created, and once the first screen has settled, so moving within Plan shows no "Loading…".
import { preloadSection } from '../../app/LazySection';
import type { Section } from '../../app/sections';

export const PLAN_PAGES: Section = {
  id: 'plan-pages',
  label: 'Plan',
  load: () => import('./PlanPages'),
};

/** The views PlanPages shows; any other address in Plan shows the first screen. */
export const PLAN_PAGE_VIEWS: readonly string[] = [
  'group',
  'series',
  'workshop',
  'guide',
  'open',
  'setup',
];

/** How long after the first screen is complete to fetch the rest, once the browser is idle. */
const SETTLED_AFTER_MS = 2_000;

export function preloadPlanPages(): void {
  preloadSection(PLAN_PAGES);
}

/** Fetches the pages a while after the first screen is complete; returns a cancel. */
export function preloadPlanPagesWhenSettled(): () => void {
  let isCancelled = false;
  const preload = () => !isCancelled && preloadPlanPages();
  // Safari has no requestIdleCallback.
  const timer = setTimeout(
    () =>
      'requestIdleCallback' in globalThis
        ? requestIdleCallback(preload, { timeout: 2_000 })
        : setTimeout(preload, 0),
    SETTLED_AFTER_MS,
  );
  return () => {
    isCancelled = true;
    clearTimeout(timer);
  };
}

/** For the first screen: fetch the pages when someone reaches for a link to one. */
export function preloadOnIntent(event: Event): void {
  const target = event.target as Element | null;
  if (target?.closest?.('a[href^="#/plan/"]')) preloadPlanPages();
}
