// App-wide live state, composed from small stores and provided through context. Database
// rows are not mirrored here: they arrive through live queries (db/live.ts).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { signal } from '@preact/signals';
import type { ConnectionState } from '../db/connection';
import { createBusyStore } from './busy';
import { createFlushRegistry } from './flush';
import { createRouter, screenOf } from './router';
import { createUpdateStore } from './sw-bridge';
import { createUiStore } from './ui-store';

export function createAppState() {
  const busy = createBusyStore();
  const flush = createFlushRegistry();
  const owned = new Map<() => unknown, unknown>();
  const router = createRouter();
  return {
    busy,
    flush,
    router,
    ui: createUiStore(() => screenOf(router.route.peek())),
    updates: createUpdateStore(busy, flush.flushAll),
    connection: signal<ConnectionState>('opening'),
    /**
     * A store whose code loads with a section (the private tier's vault session, for one):
     * made by `create` on first use and kept for this app's life. The store belongs to the
     * app state, not to its module, so each window or test has its own and the first screen
     * does not load its code.
     */
    own<T>(create: () => T): T {
      if (!owned.has(create)) owned.set(create, create());
      return owned.get(create) as T;
    },
  };
}

export type AppState = ReturnType<typeof createAppState>;

export const AppStateContext = createContext<AppState | null>(null);

export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('useAppState needs an AppStateContext provider');
  return state;
}

/** The current route (section and its parameters). */
export function useRoute() {
  return useAppState().router.route.value;
}
