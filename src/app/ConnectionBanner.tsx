import type { AppState } from './app-state';
import { Button } from '../ui/Button';

type ConnectionState = AppState['connection']['value'];

const MESSAGES: Partial<Record<ConnectionState, { title: string; body: string }>> = {
  blocked: {
    title: 'Close other Breathing Space tabs to finish updating',
    body: 'This version needs to update how your data is stored, and another tab or window of the app is still open on the old version. Close it (or reload it), and this tab will carry on by itself.',
  },
  outdated: {
    title: 'Breathing Space was updated in another tab',
    body: 'Your work here has been saved. Reload this tab to carry on with the new version.',
  },
  failed: {
    title: 'The app could not open its storage on this device',
    body: 'Private browsing, or a browser setting that blocks site data, can cause this. Close other tabs of the app and reload; if it keeps happening, check that this site may store data.',
  },
};

/** A blocking message when the database cannot be used; nothing is lost by reloading. */
export function ConnectionBanner({ state }: { state: ConnectionState }) {
  const message = MESSAGES[state];
  if (!message) return null;
  return (
    <div class="connection-banner" role="alert">
      <h2>{message.title}</h2>
      <p>{message.body}</p>
      {state !== 'blocked' && (
        <Button variant="primary" onClick={() => location.reload()}>
          Reload
        </Button>
      )}
    </div>
  );
}
