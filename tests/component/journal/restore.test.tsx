import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Notices } from '../../../src/app/Notices';
import JournalScreen from '../../../src/features/journal/JournalScreen';
import { createSealer } from '../../../src/vault/sealer';
import { entry, makeJournal, PASSPHRASE } from '../../helpers/backups';
import { go } from '../../helpers/open-journal';
import { renderWithApp } from '../../helpers/render';
import { app, vaultSession } from '../../helpers/test-app';

vi.mock('../../../src/vault/kdf', async (importOriginal) =>
  (await import('../../helpers/cheap-kdf')).cheapKdf(importOriginal),
);

configure({ asyncUtilTimeout: 5_000 });

beforeAll(() => {});

afterEach(async () => {
  await act(() => vaultSession.lock('manual', false));
});

async function pick(blob: Blob) {
  const file = new File([await blob.arrayBuffer()], 'backup.bsbackup');
  fireEvent.change(await screen.findByLabelText('Backup file'), { target: { files: [file] } });
}

/** The journal section with the app's notices, as the app shows them. */
function renderJournal() {
  const state = app;
  renderWithApp(
    <>
      <JournalScreen />
      <Notices ui={state.ui} />
    </>,
    state,
  );
}

/** Sam's journal on this device, an older backup of it, and what was written since. */
async function journalWithOlderBackup() {
  const sam = await makeJournal('v1', 'Sam');
  await sam.write(entry('e1', 'old words', 10));
  await sam.write(entry('e2', 'kept', 20));
  const older = await sam.backup(5_000);
  await sam.write(entry('e1', 'newer words', 100));
  await sam.write(entry('e3', 'written since', 110));
  return { sam, older };
}

describe('restoring a backup', { timeout: 20_000 }, () => {
  it('says what the file holds before asking for a passphrase, then merges by default', async () => {
    const { sam, older } = await journalWithOlderBackup();
    go('#/journal/restore');
    renderJournal();
    await pick(older);
    const summary = await screen.findByText('Holds');
    const facts = summary.closest('dl')!;
    expect(within(facts as HTMLElement).getByText('“Sam”')).toBeTruthy();
    expect(within(facts as HTMLElement).getByText('2 entries')).toBeTruthy();
    expect(screen.getByText(/A journal called “Sam” is on this device/)).toBeTruthy();

    fireEvent.input(screen.getByLabelText('Passphrase of the backed-up journal'), {
      target: { value: PASSPHRASE },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Open the backup' }));
    const table = await screen.findByRole('table');
    const row = within(table).getByRole('row', { name: /Entries/ });
    // In the backup 2, on this device 3, newer here 1, only here 1.
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '3', '1', '1']);
    expect((screen.getByLabelText('Merge (recommended)') as HTMLInputElement).checked).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Merge the backup' }));
    await screen.findByText(/Nothing to add: this device already had everything/);
    expect(await sam.texts()).toEqual({ e1: 'newer words', e2: 'kept', e3: 'written since' });
  });

  it('replaces only when chosen, and Undo restore brings back what was written since', async () => {
    const { sam, older } = await journalWithOlderBackup();
    vaultSession.unlock(sam.vault.id, createSealer(sam.key, sam.vault.id));
    go('#/journal/restore');
    renderJournal();
    await pick(older);
    await screen.findByText('Holds');
    fireEvent.input(screen.getByLabelText('Passphrase of the backed-up journal'), {
      target: { value: PASSPHRASE },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Open the backup' }));
    fireEvent.click(await screen.findByLabelText('Replace with the backup'));
    expect(
      screen.getByText(/2 records written or changed on this device since would go/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Replace with the backup' }));
    const undo = await screen.findByRole('button', { name: 'Undo restore' });
    expect(await sam.texts()).toEqual({ e1: 'old words', e2: 'kept' });
    fireEvent.click(undo);
    await screen.findByText(/Restore undone/);
    expect(await sam.texts()).toEqual({ e1: 'newer words', e2: 'kept', e3: 'written since' });
  });

  it('refuses a damaged file as soon as it is picked, and asks for nothing', async () => {
    const { older } = await journalWithOlderBackup();
    go('#/journal/restore');
    renderJournal();
    const text = await older.text();
    await pick(new Blob([text.slice(0, text.length / 2)]));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/damaged or incomplete.*Nothing has been changed/);
    expect(screen.queryByLabelText('Passphrase of the backed-up journal')).toBeNull();
  });

  it('a wrong passphrase changes nothing and says so', async () => {
    const { sam, older } = await journalWithOlderBackup();
    const before = await sam.texts();
    go('#/journal/restore');
    renderJournal();
    await pick(older);
    await screen.findByText('Holds');
    fireEvent.input(screen.getByLabelText('Passphrase of the backed-up journal'), {
      target: { value: 'not the passphrase at all' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Open the backup' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/does not open this backup/),
    );
    expect(await sam.texts()).toEqual(before);
  });
});
