// Typing that is on screen but not saved: text held back by the identifying-details check,
// or answers someone has not yet put away. Fields report it here, so a screen about to
// close (finishing a workshop) can list it and let the user keep it or let it go, without
// reaching into the fields themselves. A screen with no registry simply gets no reports.
import { signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';

/** One piece of unsaved typing, and what the user can do about it. */
export interface UnsavedText {
  /** What it is, for the list: "Group notes: Catch-up". Never the text itself. */
  label: string;
  /** Why it is not saved yet, in a few words. */
  reason: string;
  /** Shows the field and puts the cursor in it. */
  edit(): void;
  saveAnyway(): Promise<void>;
  discard(): Promise<void>;
}

export function createUnsavedTextRegistry() {
  const reporters = new Map<symbol, () => UnsavedText | null>();
  // Bumped whenever a field's unsaved state changes, so a list of them redraws.
  const version = signal(0);
  return {
    /** A field reports through `current`, asked whenever the list is needed. */
    report(current: () => UnsavedText | null): () => void {
      const key = Symbol('unsaved text');
      reporters.set(key, current);
      version.value += 1;
      return () => {
        reporters.delete(key);
        version.value += 1;
      };
    },
    /** A field says its unsaved state may have changed. */
    changed(): void {
      version.value += 1;
    },
    /** Everything unsaved now, in the order the fields appeared. */
    list(): UnsavedText[] {
      void version.value;
      return [...reporters.values()].map((current) => current()).filter((u) => u !== null);
    },
  };
}

export type UnsavedTextRegistry = ReturnType<typeof createUnsavedTextRegistry>;

export const UnsavedTextContext = createContext<UnsavedTextRegistry | null>(null);

/**
 * Reports a field's unsaved typing to the screen's registry, if it has one. `current` is
 * read fresh each time; `state` is anything that changes when the answer might (the text,
 * whether it is held back), so the list redraws.
 */
export function useReportUnsaved(current: () => UnsavedText | null, state: unknown): void {
  const registry = useContext(UnsavedTextContext);
  const latest = useRef(current);
  latest.current = current;
  useEffect(() => registry?.report(() => latest.current()), [registry]);
  useEffect(() => registry?.changed(), [registry, state]);
}
