// Every private editor shares one draft store, one autosave and one resume-after-lock: a
// lock straight after typing (before any pause) brings back what was typed, once unlocked.
import { act, cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { putDraftRecord } from '../../../src/db/journal';
import type { ActionCard } from '../../../src/domain/action-cards';
import { makeEntry } from '../../../src/domain/journal';
import type { RecordId } from '../../../src/domain/types';
import ActionsScreen from '../../../src/features/actions/ActionsScreen';
import JournalScreen from '../../../src/features/journal/JournalScreen';
import { go, openJournal, type } from '../../helpers/open-journal';
import { renderWithApp } from '../../helpers/render';
import { actionCards, app, vaultSession } from '../../helpers/test-app';

vi.mock('../../../src/vault/kdf', async (importOriginal) =>
  (await import('../../helpers/cheap-kdf')).cheapKdf(importOriginal),
);

beforeAll(() => {
  vi.setConfig({ testTimeout: 20_000 });
});

afterEach(async () => {
  cleanup();
  await act(() => vaultSession.lock('manual', false));
});

/** Locks at once, as the idle timer or another tab would, then unlocks again. */
async function lockAndUnlock(unlock: () => void) {
  await act(() => vaultSession.lock('idle'));
  expect(await screen.findByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
  act(() => unlock());
}

describe('resuming after a lock', () => {
  it('opens a new entry again as typed', async () => {
    const { unlock } = await openJournal();
    go('#/journal/new');
    renderWithApp(<JournalScreen />, app);
    await screen.findByLabelText('Title (optional)');
    type('Title (optional)', 'Visit');
    type('Reflection', 'Locked before the pause');
    await lockAndUnlock(unlock);

    expect(await screen.findByLabelText('Reflection')).toHaveValue('Locked before the pause');
    expect(screen.getByLabelText('Title (optional)')).toHaveValue('Visit');
    expect(screen.getByRole('heading', { name: 'New entry' })).toBeVisible();
    expect(await db.drafts.count()).toBe(1);
  });

  it('starts a blank entry when the resumed draft was finished meanwhile', async () => {
    const { unlock } = await openJournal();
    go('#/journal/new');
    renderWithApp(<JournalScreen />, app);
    await screen.findByLabelText('Reflection');
    type('Reflection', 'Saved elsewhere');
    await act(() => vaultSession.lock('idle'));
    await db.drafts.clear();
    act(() => unlock());
    expect(await screen.findByLabelText('Reflection')).toHaveValue('');
    expect(screen.queryByText('Entry not found')).toBeNull();
  });

  it('opens a new action card again as typed', async () => {
    const { unlock } = await openJournal();
    go('#/actions/new');
    renderWithApp(<ActionsScreen />, app);
    await screen.findByLabelText('What I want to change', {}, { timeout: 10_000 });
    type('What I want to change', 'Ask before I advise');
    type('Action 1', 'Pause at the door');
    await lockAndUnlock(unlock);

    expect(
      await screen.findByLabelText('What I want to change', {}, { timeout: 10_000 }),
    ).toHaveValue('Ask before I advise');
    expect(screen.getByLabelText('Action 1')).toHaveValue('Pause at the door');
    expect(actionCards.cards.value.size).toBe(1);
  });

  it('opens the CPD draft again as typed', async () => {
    const { unlock } = await openJournal();
    go('#/journal/cpd');
    renderWithApp(<JournalScreen />, app);
    await screen.findByLabelText('What I learnt');
    type('What I learnt', 'Slow down');
    await lockAndUnlock(unlock);
    expect(await screen.findByLabelText('What I learnt')).toHaveValue('Slow down');
  });

  it('still reads an entry draft saved before drafts said what they were', async () => {
    const { sealer } = await openJournal();
    const entry = {
      ...makeEntry({
        id: 'e1' as RecordId,
        templateId: 'free-writing',
        date: '2026-03-02',
        now: 0,
      }),
      answers: { text: 'An older draft' },
    };
    await putDraftRecord(await sealer().seal('draft', entry.id, { entry, isNew: true }));
    go('#/journal');
    const { state } = renderWithApp(<JournalScreen />, app);
    const drafts = await screen.findByRole('region', { name: 'Unfinished drafts' });
    expect(drafts).toHaveTextContent('An older draft');
    go('#/journal/entry/e1');
    expect(await screen.findByLabelText('Reflection')).toHaveValue('An older draft');
    expect(state.ui.notices.value.map((n) => n.message)).toContain(
      'Your unsaved changes were restored.',
    );
  });
});

describe('the card is its own draft', () => {
  it('keeps a stored card’s edits through a lock', async () => {
    const { unlock } = await openJournal();
    const card: ActionCard = {
      id: 'c1' as RecordId,
      date: '2026-04-01',
      heading: 'Listen first',
      workshopId: null,
      actions: [{ id: 'a1', text: 'Ask the family', byWhen: null, followUps: [] }],
      nextFollowUpOn: null,
      createdAt: 0,
      updatedAt: 0,
    };
    await actionCards.save(card);
    go('#/actions/card/c1');
    renderWithApp(<ActionsScreen />, app);
    await screen.findByLabelText('What I want to change', {}, { timeout: 10_000 });
    type('What I want to change', 'Listen first, then plan');
    await lockAndUnlock(unlock);
    await waitFor(() =>
      expect(screen.getByLabelText('What I want to change')).toHaveValue('Listen first, then plan'),
    );
  });
});
