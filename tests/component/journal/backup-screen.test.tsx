import { act, configure, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseHash, route, startRouter } from '../../../src/app/router';
import { db } from '../../../src/db/db';
import { putEntryRecord, putVaultHeader } from '../../../src/db/journal';
import type { RecordId, VaultId } from '../../../src/domain/types';
import JournalScreen from '../../../src/features/journal/JournalScreen';
import { vaultSession } from '../../../src/features/journal/session';
import { WrongPassphraseError } from '../../../src/vault/errors';
import { createSealer } from '../../../src/vault/sealer';
import { createVault, unlockWithPassphrase, type Vault } from '../../../src/vault/vault';
import { renderWithApp } from '../../helpers/render';
import { CHEAP_ARGON2 } from '../../unit/vault/fixtures';

vi.mock('../../../src/vault/kdf', async (importOriginal) =>
  (await import('../../helpers/cheap-kdf')).cheapKdf(importOriginal),
);

const OLD = 'maple lantern orbit seventeen';
const NEW = 'harbour pebble violin autumn';

// Real key derivation and decryption in every test: a busy machine needs more than 5 s.
const SLOW_MACHINE_MS = 20_000;
configure({ asyncUtilTimeout: 5_000 });

beforeAll(() => {
  startRouter();
});

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
  route.value = parseHash(location.hash);
  renderWithApp(<JournalScreen />);
  await screen.findByRole('heading', { name: 'Backup and security' });
  return { vault, recoveryKey };
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

  it('deletes all private data only after DELETE is typed, and locks', async () => {
    await openBackupScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all private data…' }));
    const confirm = screen.getByRole('button', { name: 'Delete everything', hidden: true });
    expect(confirm).toBeDisabled();
    fireEvent.input(screen.getByLabelText('Type DELETE to confirm'), {
      target: { value: 'DELETE' },
    });
    fireEvent.click(confirm);
    await waitFor(async () => expect(await db.vaults.count()).toBe(0));
    expect(await db.journalEntries.count()).toBe(0);
    expect(vaultSession.isUnlocked()).toBe(false);
  });
});
