import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseHash } from '../../../src/app/router';
import { db } from '../../../src/db/db';
import { putEntryRecord, putVaultHeader } from '../../../src/db/journal';
import type { RecordId, VaultId } from '../../../src/domain/types';
import JournalScreen from '../../../src/features/journal/JournalScreen';
import { WrongPassphraseError } from '../../../src/vault/errors';
import { createSealer } from '../../../src/vault/sealer';
import { createVault, unlockWithPassphrase, type Vault } from '../../../src/vault/vault';
import { renderWithApp } from '../../helpers/render';
import { CHEAP_ARGON2 } from '../../unit/vault/fixtures';
import { app, vaultSession } from '../../helpers/test-app';

vi.mock('../../../src/vault/kdf', async (importOriginal) =>
  (await import('../../helpers/cheap-kdf')).cheapKdf(importOriginal),
);

const OLD = 'maple lantern orbit seventeen';
const NEW = 'harbour pebble violin autumn';
const COLLEAGUE = 'quartz meadow lantern ninety';

// Real key derivation and decryption in every test: a busy machine needs more than 5 s.
const SLOW_MACHINE_MS = 20_000;
configure({ asyncUtilTimeout: 5_000 });

beforeAll(() => {});

afterEach(async () => {
  await act(() => vaultSession.lock('manual', false));
});

async function openBackupScreen() {
  const { vault, key, recoveryKey } = await createVault({
    id: 'v1' as VaultId,
    label: 'Sam',
    passphrase: OLD,
    now: 0,
    kdf: CHEAP_ARGON2,
  });
  await putVaultHeader(vault);
  const sealer = createSealer(key, vault.id);
  await putEntryRecord(await sealer.seal('journal-entry', 'e1' as RecordId, { title: 'x' }));
  vaultSession.unlock(vault.id, sealer);
  location.hash = '#/journal/backup';
  app.router.route.value = parseHash(location.hash);
  const { state } = renderWithApp(<JournalScreen />, app);
  await screen.findByRole('heading', { name: 'Backup and security' });
  return { vault, recoveryKey, state };
}

/** Another person's journal on the same device, with an entry of its own. */
async function storedColleague() {
  const { vault, key } = await createVault({
    id: 'v2' as VaultId,
    label: 'JK',
    passphrase: COLLEAGUE,
    now: 0,
    kdf: CHEAP_ARGON2,
  });
  await putVaultHeader(vault);
  const sealer = createSealer(key, vault.id);
  await putEntryRecord(await sealer.seal('journal-entry', 'e2' as RecordId, { title: 'y' }));
  return vault;
}

function type(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('backup and security', { timeout: SLOW_MACHINE_MS }, () => {
  it('changes the passphrase only with the current one', async () => {
    await openBackupScreen();
    type('Current passphrase', 'not the current one');
    type('New passphrase', NEW);
    type('New passphrase again', NEW);
    fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing has been changed');

    type('Current passphrase', OLD);
    fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    await waitFor(() => expect(screen.getByLabelText('Current passphrase')).toHaveValue(''));
    const stored = (await db.vaults.get('v1' as VaultId)) as Vault;
    await expect(unlockWithPassphrase(stored, OLD)).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(unlockWithPassphrase(stored, NEW)).resolves.toBeTruthy();
  });

  it('sets a new passphrase with the recovery key when the old one is forgotten', async () => {
    const { recoveryKey } = await openBackupScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Use my recovery key instead' }));
    type('Recovery key', recoveryKey);
    type('New passphrase', NEW);
    type('New passphrase again', NEW);
    fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    await waitFor(() => expect(screen.getByLabelText('Recovery key')).toHaveValue(''));
    const stored = (await db.vaults.get('v1' as VaultId)) as Vault;
    await expect(unlockWithPassphrase(stored, NEW)).resolves.toBeTruthy();
  });

  it('deletes this journal only with its own passphrase, and leaves a colleague’s', async () => {
    const colleague = await storedColleague();
    const { state } = await openBackupScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Delete this journal…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the journal “Sam”?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete this journal' });

    // The colleague's passphrase is not this journal's: nothing is deleted.
    fireEvent.input(within(dialog).getByLabelText('This journal’s passphrase'), {
      target: { value: COLLEAGUE },
    });
    fireEvent.click(confirm);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'That passphrase does not open this journal. Nothing has been deleted.',
    );
    expect(await db.vaults.count()).toBe(2);
    expect(await db.journalEntries.count()).toBe(2);
    expect(vaultSession.isUnlocked()).toBe(true);

    fireEvent.input(within(dialog).getByLabelText('This journal’s passphrase'), {
      target: { value: OLD },
    });
    fireEvent.click(confirm);
    await waitFor(async () =>
      expect((await db.vaults.toArray()).map((v) => v.label)).toEqual(['JK']),
    );
    expect(await screen.findByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
    expect(vaultSession.isUnlocked()).toBe(false);
    expect((await db.journalEntries.toArray()).map((row) => row.vaultId)).toEqual(['v2']);
    await waitFor(() => expect(location.hash).toBe('#/journal'));
    expect(state.ui.notices.value.map((n) => n.message)).toContain(
      'The journal “Sam” has been deleted from this device.',
    );
    // The colleague's journal still opens with its passphrase.
    const stored = (await db.vaults.get(colleague.id)) as Vault;
    await expect(unlockWithPassphrase(stored, COLLEAGUE)).resolves.toBeTruthy();
  });

  it('deletes it with the recovery key instead; with no journal left, set-up shows', async () => {
    const { recoveryKey } = await openBackupScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Delete this journal…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the journal “Sam”?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Use the recovery key instead' }));
    fireEvent.input(within(dialog).getByLabelText('Recovery key'), {
      target: { value: 'AAAA BBBB' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete this journal' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Nothing has been deleted');
    expect(await db.vaults.count()).toBe(1);

    fireEvent.input(within(dialog).getByLabelText('Recovery key'), {
      target: { value: recoveryKey },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete this journal' }));
    expect(await screen.findByRole('heading', { name: 'Set up your journal' })).toBeVisible();
    expect(await db.vaults.count()).toBe(0);
    expect(await db.journalEntries.count()).toBe(0);
  });

  it('no longer offers to delete every journal here: that is in Settings', async () => {
    await openBackupScreen();
    expect(screen.queryByRole('button', { name: /Delete (all|every)/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '#/settings');
  });
});
