import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// Sections load lazily; on a busy 2-core CI machine the first import can take over the
// default second. Waiting longer costs nothing when things are quick.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no matchMedia; the app reads it for reduced motion and display mode.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
