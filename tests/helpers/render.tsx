import { render } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { AppStateContext, createAppState, type AppState } from '../../src/app/app-state';

/** Renders UI inside a fresh app state (or the one given). */
export function renderWithApp(ui: ComponentChild, state: AppState = createAppState()) {
  return {
    state,
    ...render(<AppStateContext.Provider value={state}>{ui}</AppStateContext.Provider>),
  };
}
