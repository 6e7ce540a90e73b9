import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Section } from './sections';

const loaded = new Map<string, ComponentType>();

/** Loads every section while the app is idle, so none needs fetching after an update. */
export function warmSections(sections: readonly Section[]): void {
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1_500));
  idle(() => {
    for (const section of sections) void load(section).catch(() => undefined);
  });
}

async function load(section: Section): Promise<ComponentType> {
  const cached = loaded.get(section.id);
  if (cached) return cached;
  const module = await section.load();
  loaded.set(section.id, module.default);
  return module.default;
}

/** Renders a section, loading its code the first time it is shown. */
export function LazySection({ section }: { section: Section }) {
  const [Screen, setScreen] = useState<ComponentType | undefined>(() => loaded.get(section.id));
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    setFailed(false);
    setScreen(() => loaded.get(section.id));
    load(section).then(
      (component) => isCurrent && setScreen(() => component),
      () => isCurrent && setFailed(true),
    );
    return () => {
      isCurrent = false;
    };
  }, [section]);

  if (failed) {
    return (
      <div class="screen" role="alert">
        <h1>This part of the app could not load</h1>
        <p>A newer version may have been installed in another tab. Reload to carry on.</p>
        <button type="button" class="btn btn-primary" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    );
  }
  if (!Screen) return <p class="screen loading">Loading…</p>;
  return <Screen />;
}
