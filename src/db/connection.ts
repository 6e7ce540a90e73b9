// The database's lifecycle: open with a time limit, and tell the app when another tab
// upgrades the schema (we must close) or blocks our upgrade (the user must close that tab).
import { OPEN_TIMEOUT_MS } from './constants';
import type { BreathingSpaceDb } from './schema';

export type ConnectionState = 'opening' | 'open' | 'blocked' | 'outdated' | 'failed';

export interface ConnectionEvents {
  onState(state: ConnectionState): void;
  /** Saves anything unsaved before the connection closes for another tab's upgrade. */
  flushBeforeClose(): Promise<void>;
}

const FLUSH_LIMIT_MS = 3_000;

/** Opens the database, reporting each state change; resolves once the outcome is known. */
export async function connect(
  database: BreathingSpaceDb,
  events: ConnectionEvents,
  timeoutMs = OPEN_TIMEOUT_MS,
): Promise<ConnectionState> {
  let blocked = false;
  database.on('blocked', () => {
    blocked = true;
    events.onState('blocked');
  });
  database.on('versionchange', () => {
    // Keep the connection open long enough to save what is unsaved, then step aside.
    void Promise.race([events.flushBeforeClose(), delay(FLUSH_LIMIT_MS)])
      .catch(() => undefined)
      .finally(() => {
        database.close();
        events.onState('outdated');
      });
    return false;
  });

  events.onState('opening');
  const opened = database.open().then(
    () => 'open' as const,
    () => 'failed' as const,
  );
  // A blocked open waits for the other tab; any other silence becomes a clear failure.
  const outcome = await Promise.race([opened, waitUnlessBlocked(timeoutMs, () => blocked)]);
  const state = outcome === 'timeout' ? 'failed' : outcome;
  events.onState(state);
  if (outcome === 'timeout') void opened.then((late) => late === 'open' && events.onState('open'));
  return state;
}

async function waitUnlessBlocked(ms: number, isBlocked: () => boolean): Promise<'timeout'> {
  await delay(ms);
  while (isBlocked()) await delay(1_000);
  return 'timeout';
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Some systems (iOS especially) close a backgrounded page's database. When the page is
 * visible again, reopen it once; if that fails, say so rather than fail the next write
 * silently. Returns a function that stops watching.
 */
export function reopenWhenVisible(
  database: BreathingSpaceDb,
  onState: (state: ConnectionState) => void,
  target: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'> = document,
): () => void {
  let isOutdated = false;
  const markOutdated = () => {
    isOutdated = true;
  };
  database.on('versionchange', markOutdated);
  const check = () => {
    if (target.visibilityState !== 'visible' || isOutdated || database.isOpen()) return;
    onState('opening');
    database.open().then(
      () => onState('open'),
      () => onState('failed'),
    );
  };
  target.addEventListener('visibilitychange', check);
  return () => {
    target.removeEventListener('visibilitychange', check);
    database.on('versionchange').unsubscribe(markOutdated);
  };
}
