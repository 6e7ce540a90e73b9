// One window on the app, as the smoke scenarios see it: find things by role or label, wait
// for them, and keep every error the page or the engine reported along the way, since a
// reload would lose what the page had recorded.
import type { EnginePage } from './engine';
import { takePageErrors } from './app-copies';
import { byRole, describeQuery, inspectElement, type ElementQuery } from './page-queries';
import { until } from './waiting';

export class AppPage {
  private readonly errors: string[] = [];

  constructor(
    readonly page: EnginePage,
    /** Where the app is served, ending in "/". */
    readonly url: string,
  ) {}

  /** Moves what the page and the engine reported into this page's list. */
  private async collectErrors(): Promise<boolean> {
    const recorded = await this.page.evaluate(takePageErrors).catch(() => null);
    this.errors.push(...(recorded ?? []), ...this.page.takeEngineErrors());
    return recorded !== null;
  }

  /** Opens the app at `hash` (e.g. "#/journal") with a full load. */
  async open(hash = ''): Promise<void> {
    await this.settle();
    await this.collectErrors();
    await this.page.goto(`${this.url}${hash}`);
  }

  async reload(): Promise<void> {
    await this.settle();
    await this.collectErrors();
    await this.page.reload();
  }

  /**
   * Waits, on a page of the app, until its start-up loads are done: a page left while it
   * still imports a module has that import cut off, which Firefox reports as the app's
   * failed import. Done means: the app has taken over the drawn first screen, nothing has
   * loaded for half a second, and on Plan's home its other pages (fetched two to four
   * seconds after it shows) are here. The other sections come ten seconds in.
   */
  async settle(): Promise<void> {
    await until('the page to settle', () =>
      this.page.evaluate((appUrl: string) => {
        if (!location.href.startsWith(appUrl)) return true;
        const loads = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const lastEnd = Math.max(0, ...loads.map((entry) => entry.responseEnd));
        const isStarted =
          document.readyState === 'complete' && !document.querySelector('#app[data-prerendered]');
        const isPlanHome = /^#?\/?(plan\/?)?$/.test(location.hash);
        const hasPlanPages = loads.some((entry) => entry.name.includes('/assets/PlanPages-'));
        return isStarted && performance.now() - lastEnd > 500 && (!isPlanHome || hasPlanPages)
          ? true
          : null;
      }, this.url),
    );
  }

  /** Fails with every error reported since the last check, or if nothing was recording. */
  async expectNoErrors(): Promise<void> {
    const isRecording = await this.collectErrors();
    const errors = this.errors.splice(0);
    if (errors.length > 0) {
      throw new Error(`The page reported ${errors.length} error(s):\n${errors.join('\n')}`);
    }
    if (!isRecording) throw new Error('Nothing recorded errors: did the app’s scripts run?');
  }

  /** Waits until the element is there, and returns its text. */
  see(query: ElementQuery, timeoutMs?: number): Promise<string> {
    return until(
      describeQuery(query),
      () => this.page.evaluate(inspectElement, query, 'text').then((text) => text as string | null),
      timeoutMs,
    );
  }

  /** Waits until the heading of the screen (level 1) says `name`. */
  seeScreen(name: string | RegExp): Promise<string> {
    return this.see(byRole('heading', name, 1));
  }

  /**
   * Waits until the screen's heading says `name` or an error is reported, whichever comes
   * first: an app that fails at start is told at once, not after a timeout.
   */
  async awaitStart(name: string): Promise<void> {
    const heading = byRole('heading', name, 1);
    await until(`${describeQuery(heading)} drawn by the app, or an error`, async () => {
      await this.collectErrors();
      if (this.errors.length > 0) return true;
      // index.html draws Plan's first screen before the app starts, inert: the app has
      // started once it has taken that screen over.
      const isDrawnOnly = await this.page.evaluate(() =>
        Boolean(document.querySelector('#app[data-prerendered]')),
      );
      return isDrawnOnly || (await this.textOf(heading)) === null ? null : true;
    });
  }

  /** What the element shows now, or null when it is not there. */
  async textOf(query: ElementQuery): Promise<string | null> {
    return (await this.page.evaluate(inspectElement, query, 'text')) as string | null;
  }

  click(query: ElementQuery): Promise<void> {
    return this.page.click(query);
  }

  type(query: ElementQuery, text: string): Promise<void> {
    return this.page.type(query, text);
  }

  evaluate: EnginePage['evaluate'] = (fn, ...args) => this.page.evaluate(fn, ...args);
}
