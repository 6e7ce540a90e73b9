import { render } from 'preact';
import { createAppState } from './app/app-state';
import { App } from './app/App';
import { preloadSection } from './app/LazySection';
import { findSection } from './app/sections';
import './ui/styles/tokens.css';
import './ui/styles/base.css';
import './ui/styles/forms.css';
import './ui/styles/screens.css';
import './ui/styles/passphrase.css';
import './ui/styles/print.css';

const state = createAppState();
state.router.start();
// The first screen's code is fetched alongside the database code, not after the shell paints.
preloadSection(findSection(state.router.route.value.section));
render(<App state={state} />, document.getElementById('app')!);

// The database code loads after the shell has painted: the first screen needs it anyway,
// but the shell's own load stays small.
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
