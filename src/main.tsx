import { render } from 'preact';
import { createAppState } from './app/app-state';
import { App } from './app/App';
import { startRouter } from './app/router';
import './ui/styles/tokens.css';
import './ui/styles/base.css';
import './ui/styles/print.css';

const state = createAppState();
startRouter();
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

if (import.meta.env.PROD) void state.updates.start().catch(() => undefined);
