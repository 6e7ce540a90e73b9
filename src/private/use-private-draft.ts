// The one private editor's memory, shared by journal entries, action cards, follow-ups and
// the CPD draft: the value as of the last keystroke, saved sealed by autosave (after a
// pause, before a lock or a closing database, and when the page is hidden or put away), and
// which new item to open again when the journal is unlocked after a lock.
import { useEffect, useRef } from 'preact/hooks';
import type { RecordId, VaultId } from '../domain/types';
import type { VaultSession } from '../vault/session';
import { usePrivateStores } from './stores';
import { useAutosave } from './use-autosave';

/** What a draft's autosave is doing, in words (never what was typed). */
export const DRAFT_STATE_TEXT = {
  idle: '',
  pending: 'Changes not yet saved…',
  saving: 'Saving draft…',
  saved: 'Draft saved, encrypted.',
  failed: 'Draft not saved. Your text is still here; the app will try again.',
} as const;

/** The editors that can be interrupted by a lock while writing something new. */
export type ResumableEditor = 'entry' | 'card';

const slot = (editor: ResumableEditor, vaultId: VaultId) => `${editor}|${vaultId}`;

/** The new item each editor was writing when its journal locked, per journal. */
export function createResumeStore(vaultSession: VaultSession) {
  const toResume = new Map<string, RecordId>();
  return {
    /** Remembers, as the journal locks, the new item this editor was writing. */
    remember(editor: ResumableEditor, id: RecordId) {
      const vaultId = vaultSession.unlockedId.peek();
      if (vaultId) toResume.set(slot(editor, vaultId), id);
    },
    /**
     * The new item this editor was writing when the open journal last locked, if any; asked
     * once as the editor opens. Another journal unlocked on a shared device never gets it.
     */
    take(editor: ResumableEditor): RecordId | null {
      const vaultId = vaultSession.unlockedId.peek();
      if (!vaultId) return null;
      const id = toResume.get(slot(editor, vaultId)) ?? null;
      toResume.delete(slot(editor, vaultId));
      return id;
    },
  };
}

export interface PrivateDraftOptions<T> {
  /** Seals and stores the value. */
  save: (value: T) => Promise<void>;
  /** Which editor this is, and the id to open again after a lock (null: nothing new). */
  resume?: { editor: ResumableEditor; idOf: (value: T) => RecordId | null };
}

/**
 * An editor's private draft. Pass the value being edited on every render; call `change`
 * with each new value as it is typed.
 */
export function usePrivateDraft<T>(value: T | null, options: PrivateDraftOptions<T>) {
  const { vaultSession, resume: resumeStore } = usePrivateStores();
  const autosave = useAutosave(options.save);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  // The value as of the last keystroke, for a lock that comes before the next render's
  // effects have run (a lock straight after typing must still resume this item).
  const latest = useRef(value);
  latest.current = value;

  useEffect(
    () =>
      vaultSession.onBeforeLock(async () => {
        const resume = optionsRef.current.resume;
        const id = resume && latest.current !== null ? resume.idOf(latest.current) : null;
        if (resume && id) resumeStore.remember(resume.editor, id);
      }),
    [vaultSession, resumeStore],
  );

  return {
    state: autosave.state,
    /** The value changed: remember it now, save it after a pause. */
    change(next: T) {
      latest.current = next;
      autosave.change(next);
    },
    /** Remembers the value without saving it: there is nothing worth keeping yet. */
    remember(next: T) {
      latest.current = next;
    },
    /** Saves at once what is pending, and waits for any save under way. */
    flushNow: autosave.flushNow,
    /** Forgets what is pending and waits for a save under way (before a final save). */
    cancel: autosave.cancel,
    /** The value as of the last keystroke. */
    latest: () => latest.current,
  };
}
