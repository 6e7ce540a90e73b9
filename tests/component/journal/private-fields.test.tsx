// Every field on a private screen opts out of what the browser keeps by itself: autofill
// history, form-state restore in its session files, and the (possibly online) spellchecker
// . Each screen is rendered and every field on it checked.
import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ActionCard } from '../../../src/domain/action-cards';
import { journalTemplates, makeEntry } from '../../../src/domain/journal';
import type { RecordId } from '../../../src/domain/types';
import ActionsScreen from '../../../src/features/actions/ActionsScreen';
import JournalScreen from '../../../src/features/journal/JournalScreen';
import { go, openJournal } from '../../helpers/open-journal';
import { renderWithApp } from '../../helpers/render';
import { seedPlan } from '../plan/seed';
import { actionCards, app, journal, vaultSession } from '../../helpers/test-app';

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

const TEXT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel']);

/** Fields that let the browser keep what they hold, each named by its id. */
function leakyFields(): string[] {
  const fields = document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    'input, textarea, select',
  );
  expect(fields.length).toBeGreaterThan(0);
  const leaky: string[] = [];
  for (const field of fields) {
    const name = `${field.tagName.toLowerCase()}#${field.id || field.getAttribute('aria-label')}`;
    if (field.getAttribute('autocomplete') !== 'off') leaky.push(`${name} keeps autocomplete`);
    const isText = field.tagName === 'TEXTAREA' || TEXT_TYPES.has(field.type);
    if (isText && field.getAttribute('spellcheck') !== 'false') leaky.push(`${name} spellchecks`);
  }
  return leaky;
}

async function seedJournal() {
  const { workshops } = await seedPlan();
  await journal.save({
    ...makeEntry({
      id: 'e1' as RecordId,
      templateId: 'free-writing',
      date: '2026-04-15',
      now: 0,
      links: { workshopId: workshops[0]!.id },
    }),
    answers: { text: 'A visit' },
    tags: ['court'],
    feelings: [{ name: 'anxious', intensity: 3 }],
  });
  const card: ActionCard = {
    id: 'c1' as RecordId,
    date: '2026-04-01',
    heading: 'Listen first',
    workshopId: workshops[0]!.id,
    actions: [
      {
        id: 'a1',
        text: 'Ask the family',
        byWhen: '2026-05-01',
        followUps: [{ on: '2026-04-20', progress: 'mostly', helped: 'Time', hindered: '' }],
      },
    ],
    nextFollowUpOn: null,
    createdAt: 0,
    updatedAt: 0,
  };
  await actionCards.save(card);
}

describe('every private field', () => {
  it('in the entry editor, for every template, opts out', async () => {
    await openJournal();
    await seedJournal();
    go('#/journal/new');
    renderWithApp(<JournalScreen />, app);
    const template = await screen.findByLabelText('Template');
    // A feeling chosen shows its strength too; links show once the workshops are read.
    fireEvent.click(screen.getByLabelText('anxious'));
    await screen.findByLabelText('Workshop');
    for (const model of journalTemplates()) {
      fireEvent.change(template, { target: { value: model.id } });
      expect(screen.getByLabelText(model.stages[0]!.title)).toBeInTheDocument();
      expect(leakyFields(), model.id).toEqual([]);
    }
    expect(screen.getByLabelText('How anxious')).toBeInTheDocument();
  });

  it('on the timeline, with its search and filters, opts out', async () => {
    await openJournal();
    await seedJournal();
    go('#/journal');
    renderWithApp(<JournalScreen />, app);
    await screen.findByRole('option', { name: 'court' });
    expect(leakyFields()).toEqual([]);
  });

  it('in the CPD draft and the export, opts out', async () => {
    await openJournal();
    await seedJournal();
    go('#/journal/cpd');
    renderWithApp(<JournalScreen />, app);
    await screen.findByLabelText(/A visit/);
    await screen.findAllByRole('option', { name: /North team/ });
    expect(screen.getAllByRole('textbox')).toHaveLength(6);
    expect(leakyFields()).toEqual([]);

    go('#/journal/export');
    await screen.findByRole('heading', { name: 'Export entries' });
    expect(leakyFields()).toEqual([]);
  });

  it('on an action card and its follow-up, opts out', async () => {
    await openJournal();
    await seedJournal();
    go('#/actions/card/c1');
    renderWithApp(<ActionsScreen />, app);
    await screen.findByLabelText('After the workshop (optional)', {}, { timeout: 10_000 });
    expect(leakyFields()).toEqual([]);

    go('#/actions/follow-up/c1');
    await screen.findByLabelText('What helped?');
    fireEvent.click(screen.getByRole('button', { name: 'Finish follow-up' }));
    go('#/actions/follow-up/c1');
    await screen.findByLabelText('Next follow-up (optional)');
    expect(leakyFields()).toEqual([]);
  });
});
