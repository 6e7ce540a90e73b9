import { useEffect, useRef } from 'preact/hooks';
import { AppStateContext, type AppState } from './app-state';
import { ConnectionBanner } from './ConnectionBanner';
import { LazySection, warmSections } from './LazySection';
import { Nav } from './Nav';
import { Notices } from './Notices';
import { SectionErrorBoundary } from './SectionErrorBoundary';
import { screenOf } from './router';
import { NAV_SECTIONS, SECTIONS, findSection } from './sections';
import { UpdatePrompt } from './UpdatePrompt';

/** The shell: navigation, the current section, and the app's messages. */
export function App({ state }: { state: AppState }) {
  const current = state.router.route.value.section;
  const section = findSection(current);
  const main = useRef<HTMLElement>(null);
  const isFirstSection = useRef(true);

  useEffect(() => warmSections(SECTIONS), []);

  const screenShown = screenOf(state.router.route.value);
  useEffect(() => state.ui.showScreen(screenShown), [screenShown, state]);

  useEffect(() => {
    // The title names the section only, never anything the user typed.
    document.title = section ? `${section.label} · Breathing Space` : 'Breathing Space';
    // Move focus to the new screen for keyboard and screen-reader users, but not on load.
    if (!isFirstSection.current) main.current?.focus({ preventScroll: true });
    isFirstSection.current = false;
  }, [section]);

  if (section?.bare) {
    return (
      <AppStateContext.Provider value={state}>
        <main id="main" ref={main} tabIndex={-1} class="bare">
          <SectionErrorBoundary key={section.id} saveBeforeReload={state.flush.flushAll}>
            <LazySection section={section} />
          </SectionErrorBoundary>
        </main>
      </AppStateContext.Provider>
    );
  }

  return (
    <AppStateContext.Provider value={state}>
      <a class="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <header class="app-header">
        <span class="app-name">Breathing Space</span>
        <Nav sections={NAV_SECTIONS} current={current} />
      </header>
      <ConnectionBanner state={state.connection.value} />
      <main id="main" ref={main} tabIndex={-1}>
        {section ? (
          <SectionErrorBoundary key={section.id} saveBeforeReload={state.flush.flushAll}>
            <LazySection section={section} />
          </SectionErrorBoundary>
        ) : (
          <NotFound />
        )}
      </main>
      <UpdatePrompt state={state} />
      <Notices ui={state.ui} />
    </AppStateContext.Provider>
  );
}

function skipToMain(event: MouseEvent) {
  // The hash belongs to the router, so move focus instead of following the link.
  event.preventDefault();
  document.getElementById('main')?.focus();
}

function NotFound() {
  return (
    <div class="screen">
      <h1>Page not found</h1>
      <p>
        That address does not match any part of the app. <a href="#/plan">Go to Plan</a>.
      </p>
    </div>
  );
}
