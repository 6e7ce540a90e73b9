// Hash routing: `#/journal/abc` works under any sub-path of any static server, offline,
// with no server rewrites. Route paths never carry user content.
import { signal } from '@preact/signals';

export interface Route {
  /** The first path segment, e.g. "plan". */
  section: string;
  /** The segments after it, e.g. ["series", "abc"]. */
  params: string[];
}

const DEFAULT_SECTION = 'plan';

export function parseHash(hash: string): Route {
  const [section = '', ...params] = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  return { section: section || DEFAULT_SECTION, params: params.map(decodeURIComponent) };
}

export function hrefFor(section: string, ...params: string[]): string {
  return `#/${[section, ...params].map(encodeURIComponent).join('/')}`;
}

/** One screen's address, the same however it was reached (`#/plan/` and `` are `#/plan`). */
export function screenOf(route: Route): string {
  return hrefFor(route.section, ...route.params);
}

/**
 * The app's router: the current route, following the address bar once started. One per app
 * state, so each test or window has its own.
 */
export function createRouter() {
  const route = signal<Route>(parseHash(globalThis.location?.hash ?? ''));
  return {
    route,
    start(): () => void {
      const update = () => {
        route.value = parseHash(location.hash);
      };
      update();
      addEventListener('hashchange', update);
      return () => removeEventListener('hashchange', update);
    },
    /** Moves to a route in place of the current one, so Back does not return to it. */
    replace(section: string, ...params: string[]): void {
      history.replaceState(history.state, '', hrefFor(section, ...params));
      route.value = parseHash(location.hash);
    },
  };
}
export function navigate(section: string, ...params: string[]): void {
  location.hash = hrefFor(section, ...params);
}
