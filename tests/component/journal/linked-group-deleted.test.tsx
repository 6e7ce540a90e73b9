import { act, cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { deleteGroup } from '../../../src/db/group-delete';
import { makeEntry } from '../../../src/domain/journal';
import type { IncidentId, LiteratureId, LiteratureItem, RecordId } from '../../../src/domain/types';
import JournalScreen from '../../../src/features/journal/JournalScreen';
import { go, openJournal } from '../../helpers/open-journal';
import { renderWithApp } from '../../helpers/render';
import { app, journal, vaultSession } from '../../helpers/test-app';
import { seedPlan } from '../plan/seed';

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

describe('a journal entry linked to a group that is deleted', () => {
  it('still opens, keeps its links, and says they are no longer on this device', async () => {
    await openJournal();
    const { group, workshops } = await seedPlan();
    const reading: LiteratureItem = {
      id: 'reading-1' as LiteratureId,
      groupId: group.id,
      authors: 'Fook, J.',
      year: '2007',
      title: 'Practising critical reflection',
      source: '',
      link: '',
      summary: '',
      questions: [],
      createdAt: 0,
      updatedAt: 0,
    };
    await db.literature.add(reading);
    const incidentId = (await db.incidents.toArray())[0]?.id ?? ('gone-incident' as IncidentId);
    const links = { workshopId: workshops[0]!.id, incidentId, literatureId: reading.id };
    await journal.save({
      ...makeEntry({
        id: 'e1' as RecordId,
        templateId: 'free-writing',
        date: '2026-04-15',
        now: 0,
        links,
      }),
      title: 'After the first workshop',
      answers: { text: 'What I could not say in the room' },
    });
    await deleteGroup(group.id);

    go('#/journal/entry/e1');
    renderWithApp(<JournalScreen />, app);
    expect(await screen.findByDisplayValue('What I could not say in the room')).toBeVisible();
    // The link fields come once the plan's names have been read: wait for them, as a user does.
    await waitFor(() => {
      expect(screen.getByLabelText('Workshop')).toHaveDisplayValue(
        'A workshop no longer on this device',
      );
      expect(screen.getByLabelText('Critical incident')).toHaveDisplayValue(
        'An incident no longer on this device',
      );
      expect(screen.getByLabelText('Reading')).toHaveDisplayValue(
        'A reading no longer on this device',
      );
    });
    expect(journal.entries.value.get('e1' as RecordId)?.entry.links).toEqual(links);
  });
});
