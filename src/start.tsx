// The app itself, started by main.tsx once the page has painted.
import { render } from 'preact';
import { createAppState } from './app/app-state';
import { App } from './app/App';
import { preloadSection } from './app/LazySection';
import { receiveLaunchedFiles } from './app/incoming-file';
import { findSection } from './app/sections';
import { isFirstScreenDrawn } from './first-screen';

/** How long the first paint may wait for the first screen's code (see below). */
const FIRST_PAINT_WAIT_MS = 300;

const state = createAppState();
state.router.start();
receiveLaunchedFiles();
// The first screen's code is fetched alongside the database code, not after the shell paints
// (index.html names Plan's, so it is usually here already). The first paint waits a moment for
// it, so it shows the whole screen rather than the shell with "Loading…" and then the screen;
// on a slow network the shell shows after that moment, as before.
const root = document.getElementById('app')!;
const firstScreen = preloadSection(findSection(state.router.route.value.section));
// When index.html already shows the first screen (drawn at build time), the app renders over
// it once that screen's code is here, reusing its elements, so nothing moves or flashes.
const ready = isFirstScreenDrawn()
  ? firstScreen
  : Promise.race([firstScreen, new Promise((later) => setTimeout(later, FIRST_PAINT_WAIT_MS))]);
void ready.then(() => {
  render(<App state={state} />, root);
  // The drawn screen was inert (typing in it would have been lost); the app's is not.
  root.removeAttribute('inert');
  root.removeAttribute('data-prerendered');
});

// The database code loads beside the first screen's rather than in the shell's: the first
// screen needs it anyway, but the shell's own load stays small.
void Promise.all([import('./db/connection'), import('./db/db')]).then(
  ([{ connect, reopenWhenVisible }, { db }]) => {
    const onState = (next: typeof state.connection.value) => (state.connection.value = next);
    reopenWhenVisible(db, onState);
    return connect(db, { onState, flushBeforeClose: state.flush.flushAll });
  },
);

// Opening the app while a workshop is running resumes it (loaded only when needed).
if (!location.hash) {
  void import('./features/run/resume')
    .then(({ resumeRunningWorkshop }) => resumeRunningWorkshop())
    .catch(() => undefined);
}

// The service worker's install downloads the whole app, so it waits until the first screen
// is up rather than competing with it on a slow tablet.
if (import.meta.env.PROD) {
  afterFirstScreen(() => void state.updates.start().catch(() => undefined));
}

function afterFirstScreen(run: () => void) {
  // Safari has no requestIdleCallback.
  const whenIdle = () =>
    'requestIdleCallback' in globalThis
      ? requestIdleCallback(run, { timeout: 3000 })
      : setTimeout(run, 500);
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
