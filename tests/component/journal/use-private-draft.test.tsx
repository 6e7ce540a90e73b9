import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppStateContext } from '../../../src/app/app-state';
import type { RecordId, VaultId } from '../../../src/domain/types';
import { usePrivateDraft } from '../../../src/private/use-private-draft';
import { createSealer } from '../../../src/vault/sealer';
import { app, resume, vaultSession } from '../../helpers/test-app';

const takeResumable = (editor: 'entry' | 'card') => resume.take(editor);

interface Note {
  id: RecordId;
  text: string;
}

/** The smallest private editor: one field, saved through the shared draft hook. */
function NoteEditor({ save }: { save: (note: Note) => Promise<void> }) {
  const [note, setNote] = useState<Note>({ id: 'n1' as RecordId, text: '' });
  const draft = usePrivateDraft(note, {
    save,
    resume: { editor: 'entry', idOf: (current) => (current.text ? current.id : null) },
  });
  return (
    <>
      <label htmlFor="note">Note</label>
      <textarea
        id="note"
        value={note.text}
        onInput={(event) => {
          const next = { ...note, text: event.currentTarget.value };
          setNote(next);
          draft.change(next);
        }}
      />
    </>
  );
}

function renderEditor() {
  const save = vi.fn(async (note: Note) => void note);
  const state = app;
  render(
    <AppStateContext.Provider value={state}>
      <NoteEditor save={save} />
    </AppStateContext.Provider>,
  );
  return { save, state };
}

async function unlock(vaultId: string) {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  vaultSession.unlock(vaultId as VaultId, createSealer(key, vaultId as VaultId));
}

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(async () => {
  // Closed before the lock, so no test leaves an item to resume for the next one.
  cleanup();
  setVisibility('visible');
  await act(() => vaultSession.lock('manual', false));
});

describe('a private draft', () => {
  it('saves after a pause in typing, and holds the tab busy until then', async () => {
    const { save, state } = renderEditor();
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'First thought' } });
    expect(save).not.toHaveBeenCalled();
    expect(state.busy.reasons.value.has('draft')).toBe(true);
    await vi.waitFor(() => expect(save).toHaveBeenCalledWith({ id: 'n1', text: 'First thought' }));
    await vi.waitFor(() => expect(state.busy.reasons.value.has('draft')).toBe(false));
  });

  it('saves at once when the page is put away (a phone closing the tab)', () => {
    const { save } = renderEditor();
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Last second' } });
    window.dispatchEvent(new Event('pagehide'));
    expect(save).toHaveBeenCalledExactlyOnceWith({ id: 'n1', text: 'Last second' });
  });

  it('saves at once when the page is hidden, not when it shows again', () => {
    const { save } = renderEditor();
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Switching apps' } });
    setVisibility('visible');
    expect(save).not.toHaveBeenCalled();
    setVisibility('hidden');
    expect(save).toHaveBeenCalledExactlyOnceWith({ id: 'n1', text: 'Switching apps' });
  });

  it('saves before the database closes', async () => {
    const { save, state } = renderEditor();
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Before an update' } });
    await state.flush.flushAll();
    expect(save).toHaveBeenCalledExactlyOnceWith({ id: 'n1', text: 'Before an update' });
  });

  it('saves before a lock, and the same journal resumes the new item after it', async () => {
    await unlock('sam');
    const { save } = renderEditor();
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Locked mid-sentence' } });
    await act(() => vaultSession.lock('manual', false));
    expect(save).toHaveBeenCalledExactlyOnceWith({ id: 'n1', text: 'Locked mid-sentence' });

    // A colleague's journal on the same tablet does not get it…
    await unlock('jk');
    expect(takeResumable('entry')).toBeNull();
    await act(() => vaultSession.lock('manual', false));
    // …the writer's does, once, and only for the same kind of editor.
    await unlock('sam');
    expect(takeResumable('card')).toBeNull();
    expect(takeResumable('entry')).toBe('n1');
    expect(takeResumable('entry')).toBeNull();
  });

  it('resumes nothing when nothing new was written', async () => {
    await unlock('sam');
    renderEditor();
    await act(() => vaultSession.lock('manual', false));
    await unlock('sam');
    expect(takeResumable('entry')).toBeNull();
  });
});
