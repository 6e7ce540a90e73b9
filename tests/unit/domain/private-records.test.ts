import { describe, expect, it } from 'vitest';
import { makeCard } from '../../../src/domain/action-cards';
import { makeEntry } from '../../../src/domain/journal';
import { parseActionCard, parseJournalEntry } from '../../../src/domain/private-records';
import type { RecordId } from '../../../src/domain/types';

const entry = makeEntry({ id: 'e1' as RecordId, templateId: 'gibbs', date: '2026-11-03', now: 5 });
const card = makeCard({
  id: 'c1' as RecordId,
  date: '2026-11-03',
  now: 5,
  newActionId: () => 'a1',
});

describe('opened private records', () => {
  it('accept what the app writes, unchanged', () => {
    const written = { ...entry, answers: { description: 'Pŵer 🙂' }, tags: ['trust'] };
    expect(parseJournalEntry(written)).toEqual(written);
    expect(parseActionCard(card)).toEqual(card);
  });

  it('fill in what an older entry lacked, and drop fields they do not know', () => {
    const older: Record<string, unknown> = { ...entry, extra: '<script>' };
    delete older.tags;
    delete older.links;
    const parsed = parseJournalEntry(older);
    expect(parsed).toMatchObject({ tags: [], links: { workshopId: null } });
    expect(parsed).not.toHaveProperty('extra');
  });

  it('refuse what is not an entry or a card', () => {
    for (const bad of [
      null,
      'text',
      [],
      { ...entry, id: 7 },
      { ...entry, date: '3 November' },
      { ...entry, answers: { a: 5 } },
      { ...entry, feelings: [{ name: 'calm', intensity: 9 }] },
      { ...entry, title: 'x'.repeat(20_000) },
    ]) {
      expect(parseJournalEntry(bad)).toBeNull();
    }
    expect(
      parseActionCard({
        ...card,
        actions: [...card.actions, ...card.actions, ...card.actions, ...card.actions],
      }),
    ).toBeNull();
    expect(
      parseActionCard({
        ...card,
        actions: [{ ...card.actions[0], followUps: [{ on: '2026-11-03', progress: 'maybe' }] }],
      }),
    ).toBeNull();
  });
});
