import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Section } from './sections';
import { Button } from '../ui/Button';
import { Loading } from '../ui/Loading';

const loaded = new Map<string, ComponentType>();

/** How long after start-up to begin: the first screen comes first. */
const WARM_DELAY_MS = 10_000;

/**
 * Loads every section while the app is idle, so none needs fetching after an update. One
 * section per idle moment, starting once the app has settled, so loading them never holds
 * up the first screen or a tap.
 */
export function warmSections(sections: readonly Section[]): () => void {
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  const queue = [...sections];
  let stopped = false;
  const next = () => {
    const section = queue.shift();
    if (!section || stopped) return;
    void load(section)
      .catch(() => undefined)
      .then(() => idle(next));
  };
  const timer = setTimeout(() => idle(next), WARM_DELAY_MS);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/**
 * Starts fetching a section's code now, e.g. the first screen's, before the shell renders;
 * resolves when it is ready (or has failed: LazySection says so when it renders).
 */
export async function preloadSection(section: Section | undefined): Promise<void> {
  if (section) await load(section).catch(() => undefined);
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
        <Button variant="primary" onClick={() => location.reload()}>
          Reload
        </Button>
      </div>
    );
  }
  if (!Screen) return <Loading />;
  return <Screen />;
}
