// App-wide live state, composed from small stores and provided through context. Database
// rows are not mirrored here: they arrive through live queries (db/live.ts).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { signal } from '@preact/signals';
import type { ConnectionState } from '../db/connection';
import { createBusyStore } from './busy';
import { createFlushRegistry } from './flush';
import { createUpdateStore } from './sw-bridge';
import { createUiStore } from './ui-store';

export function createAppState() {
  const busy = createBusyStore();
  const flush = createFlushRegistry();
  return {
    busy,
    flush,
    ui: createUiStore(),
    updates: createUpdateStore(busy, flush.flushAll),
    connection: signal<ConnectionState>('opening'),
  };
}

export type AppState = ReturnType<typeof createAppState>;

export const AppStateContext = createContext<AppState | null>(null);

export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('useAppState needs an AppStateContext provider');
  return state;
}
