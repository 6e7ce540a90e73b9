// Build time only (see `prerenderFirstScreen` in vite.config.ts): Plan's first screen as
// HTML, so a first visit paints it as soon as the page and its styles arrive, before any
// script. It is the screen before any data has loaded, as the app itself first draws it,
// so the app's first render changes nothing a user can see.
import { renderToString } from 'preact-render-to-string';
import { App } from './app/App';
import { createAppState } from './app/app-state';
import { preloadSection } from './app/LazySection';
import { findSection } from './app/sections';

export async function prerenderFirstScreen(): Promise<string> {
  const state = createAppState();
  await preloadSection(findSection(state.router.route.value.section));
  return renderToString(<App state={state} />);
}
