// A device with WebAssembly where Argon2id still cannot run (an older iPad short of memory):
// set-up uses PBKDF2 and says so; unlock says what failed and offers the recovery key.
import { act, configure, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { putVaultHeader } from '../../../src/db/journal';
import type { VaultId } from '../../../src/domain/types';
import JournalScreen from '../../../src/features/journal/JournalScreen';
import { createVault } from '../../../src/vault/vault';
import { renderWithApp } from '../../helpers/render';
import { CHEAP_ARGON2 } from '../../unit/vault/fixtures';
import { argon2 } from '../../helpers/failing-argon2';
import { go, type } from '../../helpers/open-journal';
import { app, vaultSession } from '../../helpers/test-app';

vi.mock('../../../src/vault/kdf', async (importOriginal) =>
  (await import('../../helpers/cheap-kdf')).cheapKdf(importOriginal),
);

vi.mock('hash-wasm', async (importOriginal) =>
  (await import('../../helpers/failing-argon2')).failingArgon2(importOriginal),
);

const PASSPHRASE = 'maple lantern orbit seventeen';
const SLOW_MACHINE_MS = 30_000;
configure({ asyncUtilTimeout: 10_000 });

beforeAll(() => {});

beforeEach(() => {
  localStorage.clear();
  argon2.fails = false;
});

afterEach(async () => {
  await act(() => vaultSession.lock('manual', false));
});

describe('where Argon2id cannot run', { timeout: SLOW_MACHINE_MS }, () => {
  it('sets up the journal with PBKDF2, says so plainly, and it opens again', async () => {
    argon2.fails = true;
    go('#/journal');
    renderWithApp(<JournalScreen />, app);
    await screen.findByRole('heading', { name: 'Set up your journal' });
    fireEvent.click(screen.getByRole('radio', { name: 'No, only I use it' }));
    type('Passphrase', PASSPHRASE);
    type('Passphrase again', PASSPHRASE);
    fireEvent.click(screen.getByRole('button', { name: 'Set up journal' }));

    const notice = await screen.findByRole('region', {
      name: 'Your journal uses the standard protection',
    });
    expect(notice).toHaveTextContent(/could not run the stronger protection.*memory/);
    expect(notice).toHaveTextContent(/PBKDF2/);
    expect(notice).not.toHaveTextContent(/Lockdown/);
    fireEvent.click(screen.getByLabelText(/I have printed or written down/));
    fireEvent.click(screen.getByRole('button', { name: 'Open my journal' }));
    await screen.findByRole('button', { name: 'Lock now' });
    expect((await db.vaults.toArray())[0]!.kdf).toMatchObject({ algorithm: 'pbkdf2-sha256' });

    fireEvent.click(screen.getByRole('button', { name: 'Lock now' }));
    await screen.findByRole('heading', { name: 'Unlock your journal' });
    type('Passphrase', PASSPHRASE);
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('button', { name: 'Lock now' })).toBeVisible();
  });

  it('unlock says what failed (not Lockdown Mode), offers the recovery key, then a passphrase that works here', async () => {
    const { vault, recoveryKey } = await createVault({
      id: 'v1' as VaultId,
      label: 'Sam',
      passphrase: PASSPHRASE,
      now: 0,
      kdf: CHEAP_ARGON2,
    });
    await putVaultHeader(vault);
    argon2.fails = true;
    go('#/journal');
    const { state } = renderWithApp(<JournalScreen />, app);
    await screen.findByLabelText('Passphrase');
    type('Passphrase', PASSPHRASE);
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/could not run the passphrase check.*memory/);
    expect(alert).not.toHaveTextContent(/WebAssembly|Lockdown/);
    expect(alert).toHaveTextContent(/recovery key opens it/);

    type('Recovery key', recoveryKey);
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByRole('button', { name: 'Lock now' });

    go('#/journal/backup');
    fireEvent.click(await screen.findByRole('button', { name: 'Use my recovery key instead' }));
    type('Recovery key', recoveryKey);
    type('New passphrase', 'heron quarry velvet ninety');
    type('New passphrase again', 'heron quarry velvet ninety');
    fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    await waitFor(async () =>
      expect((await db.vaults.toArray())[0]!.kdf).toMatchObject({ algorithm: 'pbkdf2-sha256' }),
    );
    await waitFor(() =>
      expect(state.ui.notices.value.map((n) => n.message).join(' ')).toMatch(
        /Passphrase changed\. This device cannot run the stronger protection.*PBKDF2/,
      ),
    );
  });
});
