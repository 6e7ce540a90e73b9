// Setting up a journal on a device others use: a name of its own, stronger locks when the
// device is shared, a recovery key that says what it is, and the unlock screen after locking.
import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { putVaultHeader } from '../../../src/db/journal';
import { getSetting } from '../../../src/db/settings';
import { JOURNAL_NAME_MAX } from '../../../src/domain/journal-name';
import type { VaultId } from '../../../src/domain/types';
import JournalScreen from '../../../src/features/journal/JournalScreen';
import { DEFAULT_LOCK_SETTINGS } from '../../../src/vault/session';
import { createVault } from '../../../src/vault/vault';
import { renderWithApp } from '../../helpers/render';
import { CHEAP_ARGON2 } from '../../unit/vault/fixtures';
import { go, type } from '../../helpers/open-journal';
import { app, vaultSession } from '../../helpers/test-app';

vi.mock('../../../src/vault/kdf', async (importOriginal) =>
  (await import('../../helpers/cheap-kdf')).cheapKdf(importOriginal),
);

const PASSPHRASE = 'maple lantern orbit seventeen';
const SLOW_MACHINE_MS = 20_000;
configure({ asyncUtilTimeout: 5_000 });

beforeAll(() => {});

beforeEach(() => {
  vaultSession.setSettings(DEFAULT_LOCK_SETTINGS);
});

afterEach(async () => {
  await act(() => vaultSession.lock('manual', false));
});

async function colleagueJournal(label = 'Sam') {
  const { vault } = await createVault({
    id: 'colleague' as VaultId,
    label,
    passphrase: 'quartz meadow lantern ninety',
    now: 0,
    kdf: CHEAP_ARGON2,
  });
  await putVaultHeader(vault);
}

function fillPassphrases() {
  type('Passphrase', PASSPHRASE);
  type('Passphrase again', PASSPHRASE);
}

async function finishSetUp() {
  await screen.findByTestId('recovery-key');
  fireEvent.click(screen.getByLabelText(/I have printed or written down/));
  fireEvent.click(screen.getByRole('button', { name: 'Open my journal' }));
}

describe('naming a journal', { timeout: SLOW_MACHINE_MS }, () => {
  it('refuses a name another journal here already has, whatever its case or spacing', async () => {
    await colleagueJournal('Sam');
    go('#/journal/setup');
    renderWithApp(<JournalScreen />, app);
    expect(await screen.findByRole('heading', { name: 'Set up another journal' })).toBeVisible();
    const name = screen.getByLabelText('Name for this journal');
    // No pre-filled "My journal" beside someone else's journal.
    expect(name).toHaveValue('');
    expect(name).toHaveAttribute('maxlength', String(JOURNAL_NAME_MAX));
    fillPassphrases();

    fireEvent.click(screen.getByRole('button', { name: 'Set up journal' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Give this journal a name');

    type('Name for this journal', '  sAM ');
    fireEvent.click(screen.getByRole('button', { name: 'Set up journal' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is already a journal called “sAM” on this device.',
    );
    expect(screen.queryByTestId('recovery-key')).toBeNull();
    expect(await db.vaults.count()).toBe(1);

    // Invisible direction controls are stripped, so a name cannot pass for another.
    type('Name for this journal', 'JK\u202e');
    fireEvent.click(screen.getByRole('button', { name: 'Set up journal' }));
    await finishSetUp();
    await waitFor(async () => expect(await db.vaults.count()).toBe(2));
    expect((await db.vaults.toArray()).map((v) => v.label).sort()).toEqual(['JK', 'Sam']);
  });

  it('suggests “My journal” only for the first journal on the device', async () => {
    go('#/journal');
    renderWithApp(<JournalScreen />, app);
    expect(await screen.findByLabelText('Name for this journal')).toHaveValue('My journal');
  });
});

describe('a shared device', { timeout: SLOW_MACHINE_MS }, () => {
  it('asks, and sets stronger locks when others use the device, adjustable later', async () => {
    go('#/journal');
    const { state } = renderWithApp(<JournalScreen />, app);
    await screen.findByRole('heading', { name: 'Set up your journal' });
    const question = screen.getByRole('group', { name: 'Does anyone else use this device?' });
    expect(
      within(question)
        .getAllByRole('radio')
        .filter((r) => (r as HTMLInputElement).checked),
    ).toHaveLength(0);
    fillPassphrases();
    fireEvent.click(screen.getByRole('button', { name: 'Set up journal' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Say whether anyone else uses this device.',
    );

    fireEvent.click(within(question).getByRole('radio', { name: /Yes, others use it too/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Set up journal' }));
    await finishSetUp();
    await screen.findByRole('button', { name: 'Lock now' });

    await waitFor(async () =>
      expect(await getSetting('journal.lock')).toEqual({ idleMinutes: 2, lockWhenHidden: true }),
    );
    expect(vaultSession.settings.value).toEqual({ idleMinutes: 2, lockWhenHidden: true });
    expect(state.ui.notices.value.map((n) => n.message).join(' ')).toMatch(
      /This device is shared, so journals here now lock after 2 minutes without use/,
    );

    go('#/journal/backup');
    expect(await screen.findByLabelText('Lock after this long without use')).toHaveValue('2');
    expect(screen.getByLabelText(/Also lock 30 seconds after I switch away/)).toBeChecked();
    fireEvent.change(screen.getByLabelText('Lock after this long without use'), {
      target: { value: '10' },
    });
    await waitFor(async () =>
      expect(await getSetting('journal.lock')).toEqual({ idleMinutes: 10, lockWhenHidden: true }),
    );
  });

  it('leaves the locks as they were when only its owner uses the device', async () => {
    go('#/journal');
    renderWithApp(<JournalScreen />, app);
    await screen.findByRole('heading', { name: 'Set up your journal' });
    fireEvent.click(screen.getByRole('radio', { name: 'No, only I use it' }));
    fillPassphrases();
    fireEvent.click(screen.getByRole('button', { name: 'Set up journal' }));
    await finishSetUp();
    await screen.findByRole('button', { name: 'Lock now' });
    expect(await getSetting('journal.lock')).toBeUndefined();
    expect(vaultSession.settings.value).toEqual(DEFAULT_LOCK_SETTINGS);
  });

  it('takes a device with another journal on it for shared', async () => {
    await colleagueJournal();
    go('#/journal/setup');
    renderWithApp(<JournalScreen />, app);
    expect(await screen.findByRole('radio', { name: /Yes, others use it too/ })).toBeChecked();
  });
});

describe('after setting up a second journal', { timeout: SLOW_MACHINE_MS }, () => {
  it('locking shows the unlock screen, not the set-up form', async () => {
    await colleagueJournal();
    go('#/journal/setup');
    renderWithApp(<JournalScreen />, app);
    await screen.findByLabelText('Name for this journal');
    type('Name for this journal', 'JK');
    fillPassphrases();
    fireEvent.click(screen.getByRole('button', { name: 'Set up journal' }));
    await finishSetUp();
    fireEvent.click(await screen.findByRole('button', { name: 'Lock now' }));
    expect(await screen.findByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: /Set up/ })).toBeNull();
    expect(screen.getByRole('radio', { name: 'JK' })).toBeVisible();
    expect(location.hash).toBe('#/journal');
  });
});

describe('the recovery key', { timeout: SLOW_MACHINE_MS }, () => {
  it('says on paper what it is: the app, the journal, the day it was made, what to do', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-04T12:00:00Z'), toFake: ['Date'] });
    try {
      go('#/journal');
      renderWithApp(<JournalScreen />, app);
      await screen.findByRole('heading', { name: 'Set up your journal' });
      type('Name for this journal', 'Sam');
      fireEvent.click(screen.getByRole('radio', { name: 'No, only I use it' }));
      fillPassphrases();
      fireEvent.click(screen.getByRole('button', { name: 'Set up journal' }));
      const card = (await screen.findByTestId('recovery-key')).closest('section')!;
      expect(card).toHaveTextContent('Breathing Space');
      expect(card).toHaveTextContent(/Journal\s*Sam/);
      expect(card).toHaveTextContent(/Made on\s*Wednesday, 4 March 2026/);
      expect(card).toHaveTextContent('Use my recovery key instead');
      expect(card).toHaveTextContent(/Keep this sheet somewhere safe/);
    } finally {
      vi.useRealTimers();
    }
  });
});
