import { configure, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveRun } from '../../../src/db/runs';
import { getWorkshop, listWorkshopsOfSeries } from '../../../src/db/workshops';
import { newRunRecord } from '../../../src/domain/run-record';
import { finishRun, startRun } from '../../../src/domain/run-timer';
import type { RunRecord, Workshop } from '../../../src/domain/types';
import { SeriesScreen } from '../../../src/features/plan/SeriesScreen';
import { WorkshopScreen } from '../../../src/features/plan/WorkshopScreen';
import { RunHome } from '../../../src/features/run/RunHome';
import { renderWithApp } from '../../helpers/render';
import { seedPlan } from './seed';

// These screens read the database before they show: allow for a busy machine.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

/**
 * Tuesday 26 May 2026, 08:00 in London: the seeded series' third workshop is today's; the
 * first (14 April) was held, the second (5 May) was missed.
 */
const THIRD_WORKSHOP_MORNING = Date.UTC(2026, 4, 26, 7, 0);
const MIN = 60_000;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(THIRD_WORKSHOP_MORNING);
});

afterEach(() => vi.useRealTimers());

async function heldRun(workshop: Workshop): Promise<RunRecord> {
  const start = Date.UTC(2026, 3, 14, 8, 30);
  const run = newRunRecord({ workshop, title: 'Workshop 1 of 5' }, start);
  const record: RunRecord = {
    ...run,
    status: 'finished',
    timing: finishRun(startRun(run.timing, start), start + 240 * MIN),
  };
  await saveRun(record);
  return record;
}

async function seedSeriesUnderWay() {
  const plan = await seedPlan();
  const record = await heldRun(plan.workshops[0]!);
  return { ...plan, record };
}

function rowOf(label: string): HTMLElement {
  return screen.getByRole('link', { name: label }).closest('li')!;
}

describe('the series page', () => {
  it('shows what was held, with its record, what was missed, and today’s', async () => {
    const { series, record } = await seedSeriesUnderWay();
    renderWithApp(<SeriesScreen id={series.id} />);
    expect(
      await screen.findByRole('heading', { level: 3, name: 'Workshop 1 of 5 Held' }),
    ).toBeVisible();
    const recordLink = within(rowOf('Workshop 1 of 5')).getByRole('link', {
      name: 'Open the record',
    });
    expect(recordLink).toHaveAttribute('href', `#/run/record/${record.id}`);
    expect(recordLink).toHaveAccessibleDescription('Workshop 1 of 5 Held');
    expect(screen.getByRole('heading', { level: 3, name: 'Workshop 2 of 5 Missed' })).toBeVisible();
    expect(within(rowOf('Workshop 2 of 5')).getByText('Its date passed with no run recorded.'));
    expect(screen.getByRole('heading', { level: 3, name: 'Workshop 3 of 5 Today' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: 'Workshop 4 of 5' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: 'Follow-up' })).toBeVisible();
  });

  it('keeps past workshops read-only until the facilitator chooses to edit one anyway', async () => {
    const { series, workshops } = await seedSeriesUnderWay();
    renderWithApp(<SeriesScreen id={series.id} />);
    await screen.findByRole('heading', { level: 3, name: 'Workshop 2 of 5 Missed' });
    for (const label of ['Workshop 1 of 5', 'Workshop 2 of 5']) {
      expect(within(rowOf(label)).queryByLabelText('Date')).toBeNull();
      expect(within(rowOf(label)).queryByLabelText('Facilitator')).toBeNull();
    }
    expect(within(rowOf('Workshop 3 of 5')).getByLabelText('Date')).toBeEnabled();

    fireEvent.click(screen.getByRole('button', { name: 'Edit Workshop 2 of 5 anyway' }));
    const date = within(rowOf('Workshop 2 of 5')).getByLabelText('Date');
    await waitFor(() => expect(date).toHaveFocus());
    fireEvent.change(date, { target: { value: '2026-06-02' } });
    await waitFor(async () =>
      expect((await getWorkshop(workshops[1]!.id))!.date).toBe('2026-06-02'),
    );
  });

  it('asks before deleting a held workshop, and deletes a missed one as any other', async () => {
    const { series, workshops } = await seedSeriesUnderWay();
    renderWithApp(<SeriesScreen id={series.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Workshop 1 of 5' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete a workshop that was held?' });
    expect(dialog).toHaveTextContent(
      'Workshop 1 of 5 was held on Tuesday, 14 April 2026. Deleting it takes its plan and its incidents off the series; its session record stays in Run.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
    expect(await getWorkshop(workshops[0]!.id)).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Delete Workshop 1 of 5' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete the held workshop' }));
    await waitFor(async () => expect(await getWorkshop(workshops[0]!.id)).toBeUndefined());

    fireEvent.click(await screen.findByRole('button', { name: 'Delete Workshop 1 of 4' }));
    await waitFor(async () => expect(await getWorkshop(workshops[1]!.id)).toBeUndefined());
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('proposes turns for the workshops to come and the follow-up, leaving past ones alone', async () => {
    const { series, members } = await seedSeriesUnderWay();
    renderWithApp(<SeriesScreen id={series.id} />);
    const propose = await screen.findByRole('button', { name: 'Propose turns' });
    await waitFor(() => expect(propose).toBeEnabled());
    fireEvent.click(propose);
    await waitFor(async () => {
      const stored = await listWorkshopsOfSeries(series.id);
      expect(stored.map((w) => w.facilitatorId)).toEqual([
        null,
        null,
        ...Array(4).fill(members[0]!.id),
      ]);
    });
  });
});

describe('a past workshop’s own page', () => {
  it('shows a missed workshop’s plan read-only, and edits it only when asked', async () => {
    const { workshops } = await seedSeriesUnderWay();
    const id = workshops[1]!.id;
    renderWithApp(<WorkshopScreen id={id} />);
    expect(
      await screen.findByRole('heading', {
        name: 'Missed: Tuesday, 5 May 2026 passed with no run',
      }),
    ).toBeVisible();
    expect(screen.getByLabelText('Date')).toBeDisabled();
    expect(screen.getByLabelText('Minutes for Catch-up')).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Remove Break' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Plan incident 1' })).toBeDisabled();
    expect(screen.queryByRole('link', { name: 'Run this workshop' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Edit anyway' }));
    expect(screen.getByLabelText('Minutes for Catch-up')).toBeEnabled();
    expect(screen.getByRole('link', { name: 'Run this workshop' })).toBeVisible();
    fireEvent.change(screen.getByLabelText('Minutes for Catch-up'), { target: { value: '40' } });
    await waitFor(async () => expect((await getWorkshop(id))!.agenda[0]!.minutes).toBe(40));

    fireEvent.click(screen.getByRole('button', { name: 'Done editing' }));
    expect(screen.getByLabelText('Minutes for Catch-up')).toBeDisabled();
  });

  it('links a held workshop to its record, and leaves today’s open to edit', async () => {
    const { workshops, record } = await seedSeriesUnderWay();
    const { unmount } = renderWithApp(<WorkshopScreen id={workshops[0]!.id} />);
    expect(
      await screen.findByRole('heading', { name: 'Held on Tuesday, 14 April 2026' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open the record' })).toHaveAttribute(
      'href',
      `#/run/record/${record.id}`,
    );
    expect(screen.getByLabelText('Venue')).toBeDisabled();
    unmount();

    renderWithApp(<WorkshopScreen id={workshops[2]!.id} />);
    expect(await screen.findByLabelText('Minutes for Catch-up')).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Edit anyway' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Run this workshop' })).toBeVisible();
  });
});

describe('Run’s front page', () => {
  it('says a workshop was missed instead of letting it vanish, and no longer offers a held one', async () => {
    const { workshops } = await seedSeriesUnderWay();
    renderWithApp(<RunHome />);
    const missed = await screen.findByRole('list', { name: 'Missed' });
    expect(missed).toHaveTextContent(
      'Workshop 2 of 5: Tue, 5 May 2026, 09:30. Missed: its date passed with no run.',
    );
    expect(
      within(missed).getByRole('link', { name: 'Open Workshop 2 of 5 in Plan' }),
    ).toHaveAttribute('href', `#/plan/workshop/${workshops[1]!.id}`);
    expect(screen.getByRole('link', { name: /^Run this workshop: Workshop 3 of 5/ })).toBeVisible();
    expect(screen.queryByRole('link', { name: /^Run this workshop: Workshop 1 of 5/ })).toBeNull();
  });
});
