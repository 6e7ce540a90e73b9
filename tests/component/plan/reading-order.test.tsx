import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addLiteratureToWorkshop } from '../../../src/db/literature';
import { saveRun } from '../../../src/db/runs';
import { getWorkshop } from '../../../src/db/workshops';
import { newRunRecord } from '../../../src/domain/run-record';
import type { GroupId, LiteratureId, LiteratureItem, WorkshopId } from '../../../src/domain/types';
import { PackScreen } from '../../../src/features/plan/PackScreen';
import { WorkshopScreen } from '../../../src/features/plan/WorkshopScreen';
import { RunLive } from '../../../src/features/run/RunLive';
import { renderWithApp } from '../../helpers/render';
import { seedPlan } from './seed';

// These screens read the database before they show: allow for a busy machine.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

/** The morning of the seeded series' first workshop, before it starts. */
const MORNING = Date.UTC(2026, 3, 14, 8, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(MORNING);
});

afterEach(() => vi.useRealTimers());

function reading(groupId: GroupId, key: string, title: string): LiteratureItem {
  return {
    id: `reading-${key}` as LiteratureId,
    groupId,
    authors: 'Fook, J.',
    year: '2007',
    title,
    source: '',
    link: '',
    summary: '',
    questions: [`What did ${title} make you think?`],
    createdAt: 0,
    updatedAt: 0,
  };
}

/** Three readings chosen in an order that is not the reading list's alphabetical one. */
async function seedReading() {
  const { group, workshops } = await seedPlan();
  const id = workshops[0]!.id;
  for (const [key, title] of [
    ['c', 'Critical reflection in context'],
    ['a', 'Authenticity in practice'],
    ['b', 'Being a reflective practitioner'],
  ] as const) {
    await addLiteratureToWorkshop(reading(group.id, key, title), id);
  }
  return { id, workshops };
}

async function shownOrder(): Promise<string[]> {
  const list = await screen.findByRole('list', { name: 'Pre-reading for this workshop, in order' });
  return within(list)
    .getAllByRole('checkbox')
    .map((box) => box.closest('label')!.textContent!.replace(/ — .*$/, ''));
}

async function storedOrder(id: WorkshopId) {
  return (await getWorkshop(id))!.literatureIds;
}

describe('the order of a workshop’s pre-reading', () => {
  it('is the one order the workshop page, the pack and run mode all show', async () => {
    const { id, workshops } = await seedReading();
    renderWithApp(<WorkshopScreen id={id} />);
    await waitFor(async () =>
      expect(await shownOrder()).toEqual([
        'Critical reflection in context',
        'Authenticity in practice',
        'Being a reflective practitioner',
      ]),
    );
    cleanup();

    renderWithApp(<PackScreen id={id} />);
    const pack = await screen.findByRole('region', { name: 'Reading' });
    await within(pack).findByRole('heading', { name: 'Critical reflection in context' });
    expect(
      within(pack)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([
      'Critical reflection in context',
      'Authenticity in practice',
      'Being a reflective practitioner',
    ]);
    cleanup();

    const run = newRunRecord({ workshop: workshops[0]!, title: 'Workshop 1 of 5' }, MORNING);
    await saveRun(run);
    renderWithApp(<RunLive id={run.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start the workshop' }));
    fireEvent.click(await screen.findByRole('button', { name: 'End phase now, go to next' }));
    expect(
      await screen.findByRole('heading', { name: 'Critical reflection in context' }),
    ).toBeVisible();
    expect(screen.getByText('Reading 1 of 3')).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Next reading' }));
    expect(await screen.findByRole('heading', { name: 'Authenticity in practice' })).toBeVisible();
  });

  it('changes with the up and down buttons, keeping focus on the moved reading', async () => {
    const { id } = await seedReading();
    renderWithApp(<WorkshopScreen id={id} />);
    const up = await screen.findByRole('button', {
      name: 'Move Being a reflective practitioner up',
    });
    up.focus();
    fireEvent.click(up);
    await waitFor(async () =>
      expect(await storedOrder(id)).toEqual(['reading-c', 'reading-b', 'reading-a']),
    );
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Move Being a reflective practitioner up' }),
      ).toHaveFocus(),
    );
    expect(
      screen.getByText('Being a reflective practitioner moved to position 2 of 3.'),
    ).toBeInTheDocument();

    // At the top, the up button has nothing left to do: focus goes to its down button.
    fireEvent.click(
      screen.getByRole('button', { name: 'Move Being a reflective practitioner up' }),
    );
    await waitFor(async () =>
      expect(await storedOrder(id)).toEqual(['reading-b', 'reading-c', 'reading-a']),
    );
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Move Being a reflective practitioner down' }),
      ).toHaveFocus(),
    );
    expect(
      screen.getByRole('button', { name: 'Move Being a reflective practitioner up' }),
    ).toBeDisabled();
    await waitFor(async () =>
      expect(await shownOrder()).toEqual([
        'Being a reflective practitioner',
        'Critical reflection in context',
        'Authenticity in practice',
      ]),
    );
  });

  it('adds a ticked reading at the end, and keeps focus on its box', async () => {
    const { id } = await seedReading();
    renderWithApp(<WorkshopScreen id={id} />);
    const box = await screen.findByRole('checkbox', { name: /^Authenticity in practice/ });
    box.focus();
    fireEvent.click(box);
    await waitFor(async () => expect(await storedOrder(id)).toEqual(['reading-c', 'reading-b']));
    const others = await screen.findByRole('list', { name: 'From the group’s reading list' });
    await waitFor(() =>
      expect(within(others).getByRole('checkbox', { name: /^Authenticity/ })).toHaveFocus(),
    );
    fireEvent.click(within(others).getByRole('checkbox', { name: /^Authenticity/ }));
    await waitFor(async () =>
      expect(await storedOrder(id)).toEqual(['reading-c', 'reading-b', 'reading-a']),
    );
    await waitFor(async () =>
      expect(await shownOrder()).toEqual([
        'Critical reflection in context',
        'Being a reflective practitioner',
        'Authenticity in practice',
      ]),
    );
  });
});
