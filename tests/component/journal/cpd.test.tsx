import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import type { CpdWork } from '../../../src/domain/cpd';
import { makeEntry, type JournalEntry } from '../../../src/domain/journal';
import type { RecordId, VaultId, WorkshopId } from '../../../src/domain/types';
import JournalScreen from '../../../src/features/journal/JournalScreen';
import { cpdDraftId } from '../../../src/private/private-draft';
import { go, openJournal, type } from '../../helpers/open-journal';
import { renderWithApp } from '../../helpers/render';
import { seedPlan } from '../plan/seed';
import { app, drafts, journal, vaultSession } from '../../helpers/test-app';

vi.mock('../../../src/vault/kdf', async (importOriginal) =>
  (await import('../../helpers/cheap-kdf')).cheapKdf(importOriginal),
);

beforeAll(() => {
  vi.setConfig({ testTimeout: 20_000 });
});

afterEach(async () => {
  cleanup();
  await act(() => vaultSession.lock('manual', false));
  vi.unstubAllGlobals();
});

function entry(id: string, text: string, workshopId: WorkshopId | null = null): JournalEntry {
  return {
    ...makeEntry({
      id: id as RecordId,
      templateId: 'free-writing',
      date: '2026-04-15',
      now: 0,
      links: { workshopId },
    }),
    title: `Entry ${id}`,
    answers: { text },
  };
}

function stubClipboard() {
  const writeText = vi.fn(async (text: string) => void text);
  vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
  return writeText;
}

describe('the CPD draft', () => {
  it('is kept sealed when leaving the screen and coming back; Start again clears it', async () => {
    await openJournal();
    const { workshops } = await seedPlan();
    const workshop = workshops[0]!;
    await journal.save(entry('e1', 'Asking first changed the visit', workshop.id));
    await journal.save(entry('e2', 'Another day'));
    go('#/journal/cpd');
    const { state } = renderWithApp(<JournalScreen />, app);

    await screen.findAllByRole('option', { name: /North team: workshop on/ });
    fireEvent.change(screen.getByLabelText('Workshop'), {
      target: { value: workshop.id },
    });
    expect(screen.getByLabelText(/Entry e1/)).toBeChecked();
    expect(screen.getByLabelText(/Entry e2/)).not.toBeChecked();
    expect(screen.getByLabelText('What I learnt')).toHaveValue('Asking first changed the visit');
    type('Type of CPD activity', 'Peer reflection ZZ-CPD-MARK');
    expect(await screen.findByText('Draft saved, encrypted.')).toBeVisible();

    const record = (await db.drafts.get(cpdDraftId('Sam' as VaultId)))!;
    expect(record.kind).toBe('draft');
    expect(new TextDecoder().decode(record.ct)).not.toContain('ZZ-CPD');
    const sealed = await vaultSession.sealer().open<{ kind: string; work: CpdWork }>(record);
    expect(sealed).toEqual({
      kind: 'cpd',
      work: {
        workshopId: workshop.id,
        entryIds: ['e1'],
        edits: { activityType: 'Peer reflection ZZ-CPD-MARK' },
      },
    });

    // Away to the journal (it is not an unfinished entry there), then back: as it was.
    go('#/journal');
    expect(await screen.findByText('2 entries.')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Unfinished drafts' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    go('#/journal/cpd');
    expect(await screen.findByLabelText('Type of CPD activity')).toHaveValue(
      'Peer reflection ZZ-CPD-MARK',
    );
    // The workshops are listed once their query answers; the choice then shows.
    await waitFor(() => expect(screen.getByLabelText('Workshop')).toHaveValue(workshop.id));
    expect(screen.getByLabelText(/Entry e1/)).toBeChecked();

    // Choosing more entries keeps what was typed.
    fireEvent.click(screen.getByLabelText(/Entry e2/));
    expect(screen.getByLabelText('Type of CPD activity')).toHaveValue(
      'Peer reflection ZZ-CPD-MARK',
    );
    expect(screen.getByLabelText('What I learnt')).toHaveValue(
      'Asking first changed the visit\n\nAnother day',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    await waitFor(() => expect(screen.getByLabelText('Workshop')).toHaveValue(''));
    expect(screen.getByLabelText('Type of CPD activity')).toHaveValue(
      'Peer learning: a critical reflection group',
    );
    expect(await db.drafts.count()).toBe(0);
    const cleared = state.ui.notices.value.find((n) => n.message === 'CPD draft cleared.')!;
    act(() => cleared.action!.run());
    expect(screen.getByLabelText('Type of CPD activity')).toHaveValue(
      'Peer reflection ZZ-CPD-MARK',
    );
    await waitFor(async () =>
      expect((await drafts.openCpd('Sam' as VaultId))?.entryIds).toEqual(['e1', 'e2']),
    );
  });

  it('is one per journal, under an id no other journal’s record can have', async () => {
    await openJournal('Sam');
    await drafts.saveCpd('Sam' as VaultId, { workshopId: '', entryIds: [], edits: { date: 'S' } });
    await vaultSession.lock('manual', false);
    await openJournal('JK');
    await drafts.saveCpd('JK' as VaultId, { workshopId: '', entryIds: [], edits: { date: 'J' } });
    expect((await db.drafts.toArray()).map((r) => [r.id, r.vaultId]).sort()).toEqual([
      ['cpd-JK', 'JK'],
      ['cpd-Sam', 'Sam'],
    ]);
    expect((await drafts.openCpd('JK' as VaultId))?.edits).toEqual({ date: 'J' });
  });

  it('checks a part for identifying details before copying it', async () => {
    const writeText = stubClipboard();
    await openJournal();
    go('#/journal/cpd');
    const { state } = renderWithApp(<JournalScreen />, app);
    await screen.findByLabelText('What I learnt');
    const text = 'After visiting Jane Smith at 14 Acacia Avenue, SW1A 1AA, I asked first.';
    type('What I learnt', text);
    fireEvent.click(screen.getByRole('button', { name: 'Copy What I learnt' }));

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('This may identify someone, so it has not been copied yet.');
    expect(warning).toHaveTextContent(/“SW1A 1AA” looks like a postcode/);
    expect(warning).toHaveTextContent(/“Jane Smith” looks like a personal name/);
    expect(screen.getByLabelText('What I learnt')).toHaveAccessibleDescription(/not been copied/);
    expect(writeText).not.toHaveBeenCalled();

    // Edit takes the writer to the first flagged detail; changing the text puts the warning away.
    fireEvent.click(within(warning).getByRole('button', { name: 'Edit' }));
    expect(screen.getByLabelText('What I learnt')).toHaveFocus();
    type('What I learnt', 'After visiting a family, I asked first. SW1A 1AA');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Copy What I learnt' }));
    fireEvent.click(
      within(await screen.findByRole('alert')).getByRole('button', { name: 'Copy anyway' }),
    );
    await waitFor(() =>
      expect(writeText).toHaveBeenCalledExactlyOnceWith(
        'After visiting a family, I asked first. SW1A 1AA',
      ),
    );
    expect(state.ui.notices.value.map((n) => n.message)).toContain('Copied.');

    // Clear text copies at once.
    fireEvent.click(screen.getByRole('button', { name: 'Copy Type of CPD activity' }));
    await waitFor(() =>
      expect(writeText).toHaveBeenLastCalledWith('Peer learning: a critical reflection group'),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('checks with the formats of the device’s country, as it belongs to no group', async () => {
    Object.defineProperty(navigator, 'language', { configurable: true, get: () => 'en-CA' });
    try {
      // No clipboard stub: nothing is copied, and its stand-in navigator would have no language.
      await openJournal();
      go('#/journal/cpd');
      renderWithApp(<JournalScreen />, app);
      await screen.findByLabelText('What I learnt');
      type('What I learnt', 'We met near K1A 0B1 to talk it through.');
      fireEvent.click(screen.getByRole('button', { name: 'Copy What I learnt' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        /“K1A 0B1” looks like a postal code/,
      );
    } finally {
      Object.defineProperty(navigator, 'language', { configurable: true, get: () => 'en-GB' });
    }
  });
});
