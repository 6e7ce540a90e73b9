// Autosave for an editor: a change is saved (sealed) within a second of a pause in typing.
// While something is unsaved the tab holds the 'draft' busy reason, so an app update never
// reloads it, and the draft is saved at once before the database closes, before the journal
// locks, and when the page is hidden or put away (a phone closing the tab gives no pause).
import { useEffect, useRef, useState } from 'preact/hooks';
import { useAppState } from '../app/app-state';
import { usePrivateStores } from './stores';

const AUTOSAVE_DELAY_MS = 800;

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export function useAutosave<T>(save: (value: T) => Promise<void>) {
  const { vaultSession } = usePrivateStores();
  const { busy, flush, ui } = useAppState();
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const release = useRef<(() => void) | null>(null);
  const inflight = useRef<Promise<void>>(Promise.resolve());
  const saveRef = useRef(save);
  saveRef.current = save;

  async function flushNow(): Promise<void> {
    clearTimeout(timer.current);
    const next = pending.current;
    // Nothing new to save: still wait for a save under way, so a lock or a closing database
    // that flushes first never cuts it off.
    if (!next) return inflight.current;
    pending.current = null;
    setState('saving');
    try {
      const saving = saveRef.current(next.value);
      inflight.current = saving.catch(() => undefined);
      await saving;
      if (!pending.current) {
        setState('saved');
        release.current?.();
        release.current = null;
      }
    } catch (error) {
      // Keep the text in memory and try again on the next change or flush.
      pending.current ??= next;
      setState('failed');
      ui.reportError(error, 'save your draft');
    }
  }

  const flushRef = useRef(flushNow);
  flushRef.current = flushNow;

  useEffect(() => {
    const run = () => flushRef.current();
    const unregister = flush.register(run);
    const unlock = vaultSession.onBeforeLock(run);
    // Hidden is often the last moment a phone gives: switching apps, locking the screen or
    // closing the tab. Sealing and writing then may still finish; waiting a second may not.
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void run();
    };
    const onPageHide = () => void run();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      unregister();
      unlock();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      void run().finally(() => release.current?.());
    };
  }, [flush, vaultSession]);

  function change(value: T) {
    pending.current = { value };
    release.current ??= busy.hold('draft');
    setState('pending');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), AUTOSAVE_DELAY_MS);
  }

  /** Forgets what is pending and waits for a save under way (before the entry is saved). */
  async function cancel() {
    clearTimeout(timer.current);
    pending.current = null;
    await inflight.current;
    release.current?.();
    release.current = null;
    setState('idle');
  }

  return { state, change, flushNow: () => flushRef.current(), cancel };
}
