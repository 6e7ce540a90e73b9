import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { putEntryRecord, putVaultHeader } from '../../../src/db/journal';
import { makeEntry, type JournalEntry } from '../../../src/domain/journal';
import type { RecordId, VaultId } from '../../../src/domain/types';
import JournalScreen from '../../../src/features/journal/JournalScreen';
import { createSealer } from '../../../src/vault/sealer';
import { createVault } from '../../../src/vault/vault';
import { renderWithApp } from '../../helpers/render';
import { CHEAP_ARGON2 } from '../../unit/vault/fixtures';
import { app, go, journal, vaultSession } from '../../helpers/test-app';

vi.mock('../../../src/vault/kdf', async (importOriginal) =>
  (await import('../../helpers/cheap-kdf')).cheapKdf(importOriginal),
);

const PASSPHRASE = 'maple lantern orbit seventeen';

// Real key derivation and decryption in every test: a busy machine needs more than 5 s.
const SLOW_MACHINE_MS = 20_000;
configure({ asyncUtilTimeout: 5_000 });

beforeAll(() => {});

afterEach(async () => {
  await act(() => vaultSession.lock('manual', false));
});

function type(label: string | RegExp, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

async function storedVault(label: string, id = label as VaultId, now = 0) {
  const created = await createVault({
    id,
    label,
    passphrase: PASSPHRASE,
    now,
    kdf: CHEAP_ARGON2,
  });
  await putVaultHeader(created.vault);
  return created;
}

async function seedEntries(id: VaultId, key: CryptoKey, entries: JournalEntry[]) {
  const sealer = createSealer(key, id);
  for (const entry of entries) {
    await putEntryRecord(await sealer.seal('journal-entry', entry.id, entry));
  }
}

function entry(id: string, date: string, text: string, tags: string[] = []): JournalEntry {
  return {
    ...makeEntry({ id: id as RecordId, templateId: 'free-writing', date, now: Date.parse(date) }),
    title: text,
    answers: { text: `${text} in full` },
    tags,
  };
}

describe('setting up a journal', { timeout: SLOW_MACHINE_MS }, () => {
  it('asks for a long enough passphrase, shows the recovery key once, then opens', async () => {
    go('#/journal');
    renderWithApp(<JournalScreen />, app);
    expect(await screen.findByRole('heading', { name: 'Set up your journal' })).toBeVisible();
    fireEvent.click(screen.getByRole('radio', { name: 'No, only I use it' }));

    type('Passphrase', 'short');
    type('Passphrase again', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Set up journal' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/at least 12 characters/);

    type('Passphrase', PASSPHRASE);
    expect(screen.getByText(/Strong|Acceptable/)).toBeVisible();
    type('Passphrase again', PASSPHRASE);
    fireEvent.click(screen.getByRole('button', { name: 'Set up journal' }));

    const key = await screen.findByTestId('recovery-key', {}, { timeout: 5_000 });
    expect(key.textContent).toMatch(/^([A-Z2-7]{4} ){12}[A-Z2-7]{4}$/);
    expect(await db.vaults.count()).toBe(0);
    const open = screen.getByRole('button', { name: 'Open my journal' });
    expect(open).toBeDisabled();
    fireEvent.click(screen.getByLabelText(/I have printed or written down/));
    fireEvent.click(open);

    expect(await screen.findByRole('button', { name: 'Lock now' })).toBeVisible();
    const [stored] = await db.vaults.toArray();
    expect(stored!.label).toBe('My journal');
    expect(JSON.stringify(stored)).not.toContain(key.textContent!.slice(0, 9));
  });
});

describe('unlocking', { timeout: SLOW_MACHINE_MS }, () => {
  it('says a wrong passphrase is wrong, and opens with the right one', async () => {
    const { vault, key } = await storedVault('Sam');
    await seedEntries(vault.id, key, [entry('e1', '2026-03-02', 'After the core group')]);
    await vaultSession.lock('manual', false);
    go('#/journal');
    renderWithApp(<JournalScreen />, app);

    const unlock = await screen.findByRole('button', { name: 'Unlock' });
    type('Passphrase', 'not my passphrase at all');
    fireEvent.click(unlock);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That passphrase does not open this journal',
    );
    expect(vaultSession.isUnlocked()).toBe(false);

    type('Passphrase', PASSPHRASE);
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(
      await screen.findByRole('link', { name: 'After the core group' }, { timeout: 5_000 }),
    ).toBeVisible();
  });

  it('shows only the names of the journals on a shared device, nothing else', async () => {
    const sam = await storedVault('Sam');
    await seedEntries(sam.vault.id, sam.key, [entry('e1', '2026-03-02', 'Private title')]);
    await storedVault('JK');
    go('#/journal');
    const { container } = renderWithApp(<JournalScreen />, app);
    expect(await screen.findByRole('radio', { name: 'Sam' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'JK' })).toBeVisible();
    expect(container.textContent).not.toMatch(/Private title|entr(y|ies)|2026|\d{1,2}\/\d{2}/);
  });

  it('lets the owner of a journal nobody can open delete it, and only it', async () => {
    const sam = await storedVault('Sam', 'Sam' as VaultId, Date.parse('2026-02-10T12:00:00Z'));
    await seedEntries(sam.vault.id, sam.key, [entry('e1', '2026-03-02', 'Lost for good')]);
    const jk = await storedVault('JK');
    await seedEntries(jk.vault.id, jk.key, [entry('e2', '2026-03-03', 'Still here')]);
    go('#/journal');
    renderWithApp(<JournalScreen />, app);
    fireEvent.click(await screen.findByRole('radio', { name: 'Sam' }));
    fireEvent.click(screen.getByText('Lost both your passphrase and your recovery key?'));
    // It names the journal and the day it was made, so nobody deletes a colleague's.
    expect(
      await screen.findByText(/delete the journal “Sam”, made on Tuesday, 10 February 2026/),
    ).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Delete this journal…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Delete the journal “Sam”?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete this journal' });
    const typed = within(dialog).getByLabelText('Type the journal’s name, “Sam”, to confirm');
    expect(confirm).toBeDisabled();
    // The word DELETE is not enough any more, nor another journal's name.
    for (const wrong of ['DELETE', 'JK']) {
      fireEvent.input(typed, { target: { value: wrong } });
      expect(confirm).toBeDisabled();
    }
    fireEvent.input(typed, { target: { value: 'sam ' } });
    fireEvent.click(confirm);

    await waitFor(() => expect(screen.queryByRole('radio', { name: 'Sam' })).toBeNull());
    expect((await db.vaults.toArray()).map((v) => v.label)).toEqual(['JK']);
    expect((await db.journalEntries.toArray()).map((row) => row.vaultId)).toEqual([jk.vault.id]);
    // The remaining journal still opens.
    type('Passphrase', PASSPHRASE);
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(
      await screen.findByRole('link', { name: 'Still here' }, { timeout: 5_000 }),
    ).toBeVisible();
  });

  it('opens with the recovery key where WebAssembly is off, then takes a passphrase that works there', async () => {
    const { recoveryKey } = await storedVault('Sam');
    vi.stubGlobal('WebAssembly', undefined);
    try {
      go('#/journal');
      renderWithApp(<JournalScreen />, app);
      await screen.findByLabelText('Passphrase');
      type('Passphrase', PASSPHRASE);
      fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        /WebAssembly is switched off.*recovery key opens it/,
      );
      type('Recovery key', recoveryKey);
      fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
      expect(await screen.findByRole('button', { name: 'Lock now' })).toBeVisible();

      go('#/journal/backup');
      fireEvent.click(await screen.findByRole('button', { name: 'Use my recovery key instead' }));
      type('Recovery key', recoveryKey);
      type('New passphrase', 'heron quarry velvet ninety');
      type('New passphrase again', 'heron quarry velvet ninety');
      fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
      await waitFor(async () =>
        expect((await db.vaults.toArray())[0]!.kdf).toMatchObject({ algorithm: 'pbkdf2-sha256' }),
      );

      // The new passphrase now opens the journal in this browser.
      await act(() => vaultSession.lock('manual', false));
      go('#/journal');
      await screen.findByLabelText('Passphrase');
      type('Passphrase', 'heron quarry velvet ninety');
      fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
      expect(
        await screen.findByRole('button', { name: 'Lock now' }, { timeout: 10_000 }),
      ).toBeVisible();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('locks when another tab locks, and drops the decrypted entries', async () => {
    const { vault, key } = await storedVault('Sam');
    await seedEntries(vault.id, key, [entry('e1', '2026-03-02', 'Visible while open')]);
    vaultSession.unlock(vault.id, createSealer(key, vault.id));
    go('#/journal');
    const { container } = renderWithApp(<JournalScreen />, app);
    expect(await screen.findByRole('link', { name: 'Visible while open' })).toBeVisible();
    const otherTab = new BroadcastChannel('breathing-space:vault');
    otherTab.postMessage({ type: 'lock' });
    otherTab.close();
    expect(await screen.findByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
    expect(container.textContent).not.toContain('Visible while open');
    expect(journal.entries.value.size).toBe(0);
  });
});

describe('writing an entry', { timeout: SLOW_MACHINE_MS }, () => {
  it('autosaves an encrypted draft after a pause, then saves the entry', async () => {
    const { vault, key } = await storedVault('Sam');
    vaultSession.unlock(vault.id, createSealer(key, vault.id));
    go('#/journal/new?workshop=w1&incident=i1');
    const { state } = renderWithApp(<JournalScreen />, app);
    fireEvent.change(await screen.findByLabelText('Template'), { target: { value: 'gibbs' } });
    expect(screen.getByText('What happened? Keep to the facts for now.')).toBeVisible();
    fireEvent.input(screen.getByLabelText('Description'), {
      target: { value: 'A hard conversation ZZ-DRAFT' },
    });
    expect(state.busy.reasons.value.has('draft')).toBe(true);
    expect(
      await screen.findByText('Draft saved, encrypted.', {}, { timeout: 5_000 }),
    ).toBeVisible();
    expect(state.busy.reasons.value.has('draft')).toBe(false);
    const [draft] = await db.drafts.toArray();
    expect(new TextDecoder().decode(draft!.ct)).not.toContain('ZZ-DRAFT');

    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    await waitFor(async () => expect(await db.journalEntries.count()).toBe(1));
    expect(await db.drafts.count()).toBe(0);
    const saved = await createSealer(key, vault.id).open<JournalEntry>(
      (await db.journalEntries.toArray())[0]!,
    );
    expect(saved.answers.description).toBe('A hard conversation ZZ-DRAFT');
    expect(saved.links).toEqual({ workshopId: 'w1', incidentId: 'i1', literatureId: null });
  });

  it('turns spellcheck off on every text field (no text to remote spellcheckers)', async () => {
    const { vault, key } = await storedVault('Sam');
    vaultSession.unlock(vault.id, createSealer(key, vault.id));
    go('#/journal/new');
    const { container } = renderWithApp(<JournalScreen />, app);
    fireEvent.change(await screen.findByLabelText('Template'), { target: { value: 'johns' } });
    const fields = container.querySelectorAll('textarea, input[type=text], input[type=search]');
    expect(fields.length).toBeGreaterThan(3);
    for (const field of fields) expect(field.getAttribute('spellcheck')).toBe('false');
  });
});

describe('the timeline', { timeout: SLOW_MACHINE_MS }, () => {
  it('lists newest first, searches, filters by tag and reports damaged entries', async () => {
    const { vault, key } = await storedVault('Sam');
    await seedEntries(vault.id, key, [
      entry('a', '2026-01-10', 'Oldest reflection', ['court']),
      entry('b', '2026-03-01', 'Newest reflection', ['supervision']),
      entry('c', '2026-02-14', 'Middle reflection', ['court']),
    ]);
    const broken = await createSealer(key, vault.id).seal('journal-entry', 'd' as RecordId, {});
    await putEntryRecord({ ...broken, ct: new Uint8Array(broken.ct.byteLength).buffer });
    const brokenDraft = await createSealer(key, vault.id).seal('draft', 'x' as RecordId, {});
    await db.drafts.put({ ...brokenDraft, iv: new Uint8Array(12) });
    vaultSession.unlock(vault.id, createSealer(key, vault.id));
    go('#/journal');
    renderWithApp(<JournalScreen />, app);

    await screen.findByText('3 entries.');
    const titles = () =>
      [...document.querySelectorAll('.timeline-entry a')].map((a) => a.textContent);
    expect(titles()).toEqual(['Newest reflection', 'Middle reflection', 'Oldest reflection']);
    // Entries and drafts are opened separately: wait for both to be counted.
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        '2 entries or drafts could not be decrypted',
      ),
    );
    expect(await db.drafts.count()).toBe(1);

    type('Search your journal', 'middle in full');
    expect(titles()).toEqual(['Middle reflection']);
    type('Search your journal', '');
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: 'court' } });
    expect(titles()).toEqual(['Middle reflection', 'Oldest reflection']);
    expect(screen.getByText('2 entries match.')).toBeVisible();
  });
});
