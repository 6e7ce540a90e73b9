import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { putEntryRecord, putVaultHeader } from '../../../src/db/journal';
import type { RecordId, VaultId } from '../../../src/domain/types';
import { DeleteAllJournalsSection } from '../../../src/features/settings/DeleteAllJournalsSection';
import { createSealer } from '../../../src/vault/sealer';
import { createVault } from '../../../src/vault/vault';
import { renderWithApp } from '../../helpers/render';
import { CHEAP_ARGON2 } from '../../unit/vault/fixtures';
import { seedPlan } from '../plan/seed';
import { app, vaultSession } from '../../helpers/test-app';

vi.mock('../../../src/vault/kdf', async (importOriginal) =>
  (await import('../../helpers/cheap-kdf')).cheapKdf(importOriginal),
);

afterEach(async () => {
  await act(() => vaultSession.lock('manual', false));
});

async function journal(id: string, label: string, made: string) {
  const { vault, key } = await createVault({
    id: id as VaultId,
    label,
    passphrase: 'maple lantern orbit seventeen',
    now: Date.parse(made),
    kdf: CHEAP_ARGON2,
  });
  await putVaultHeader(vault);
  const sealer = createSealer(key, vault.id);
  await putEntryRecord(await sealer.seal('journal-entry', `${id}-e` as RecordId, { title: 'x' }));
  return { vault, sealer };
}

describe('deleting every journal on the device (Settings)', () => {
  it('names each journal and when it was made, says others’ go too, and needs DELETE typed', async () => {
    const sam = await journal('sam', 'Sam', '2026-01-12T12:00:00Z');
    await journal('jk', 'JK', '2026-03-04T12:00:00Z');
    await seedPlan();
    const groupsBefore = await db.groups.count();
    vaultSession.unlock(sam.vault.id, sam.sealer);
    const { state } = renderWithApp(<DeleteAllJournalsSection />, app);

    const list = await screen.findByTestId('journals-on-device');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['“JK”, made on Wednesday, 4 March 2026', '“Sam”, made on Monday, 12 January 2026']);
    expect(screen.getByText(/2 journals, which may belong to different people/)).toBeVisible();
    expect(screen.getByText(/other people’s too/)).toBeVisible();

    fireEvent.click(screen.getByRole('button', { name: 'Delete every journal…' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Delete every journal on this device?',
    });
    expect(dialog).toHaveTextContent('“JK”, “Sam”');
    const confirm = within(dialog).getByRole('button', { name: 'Delete all 2 journals' });
    expect(confirm).toBeDisabled();
    fireEvent.input(within(dialog).getByLabelText('Type DELETE to confirm'), {
      target: { value: 'DELETE' },
    });
    fireEvent.click(confirm);

    expect(await screen.findByText('There are no journals on this device.')).toBeVisible();
    expect(await db.vaults.count()).toBe(0);
    expect(await db.journalEntries.count()).toBe(0);
    expect(vaultSession.isUnlocked()).toBe(false);
    expect(await db.groups.count()).toBe(groupsBefore);
    expect(groupsBefore).toBeGreaterThan(0);
    await waitFor(() =>
      expect(state.ui.notices.value.map((n) => n.message)).toContain(
        'Every journal on this device has been deleted.',
      ),
    );
  });

  it('keeps everything when the dialog is closed', async () => {
    await journal('sam', 'Sam', '2026-01-12T12:00:00Z');
    renderWithApp(<DeleteAllJournalsSection />, app);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete every journal…' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep them' }));
    expect(await db.vaults.count()).toBe(1);
  });
});
