import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { viewRun } from '../../../src/domain/run-timer';
import type { RunId } from '../../../src/domain/types';
import { MIN, T0, startedRun, stored, useRunClock } from './run-screen';

useRunClock();

const titles = async (id: RunId) => (await stored(id)).timing.phases.map((p) => p.title);

describe('changing the plan while running', () => {
  it('skips, moves and adds phases, each undone once', async () => {
    const run = await startedRun();
    fireEvent.click(screen.getByRole('button', { name: 'Change the plan' }));
    const panel = screen.getByRole('region', { name: 'Change the plan' });

    fireEvent.click(within(panel).getByRole('button', { name: 'Skip: Break' }));
    await waitFor(async () =>
      expect((await stored(run.id)).timing.phases[2]!.isSkipped).toBe(true),
    );
    expect(await within(panel).findByRole('button', { name: 'Bring back: Break' })).toBeVisible();
    const agenda = screen.getByRole('region', { name: 'Agenda' });
    expect(within(agenda).getByText('skipped')).toBeVisible();

    fireEvent.click(
      within(panel).getByRole('button', { name: 'Move earlier: Individual reflection and review' }),
    );
    await waitFor(async () =>
      expect((await titles(run.id)).slice(3)).toEqual([
        'Individual reflection and review',
        'Critical incident',
      ]),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Undo move' }));
    await waitFor(async () =>
      expect((await titles(run.id)).slice(3)).toEqual([
        'Critical incident',
        'Individual reflection and review',
      ]),
    );
    // The skip before it stays.
    expect((await stored(run.id)).timing.phases[2]!.isSkipped).toBe(true);

    fireEvent.input(within(panel).getByLabelText('Title'), { target: { value: 'Grounding' } });
    fireEvent.input(within(panel).getByLabelText('Minutes'), { target: { value: '10' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Add the phase' }));
    await waitFor(async () => expect((await titles(run.id))[1]).toBe('Grounding'));
    const added = (await stored(run.id)).timing.phases[1]!;
    expect(added).toMatchObject({ plannedMinutes: 0, allottedMs: 10 * MIN, kind: 'custom' });

    fireEvent.click(await within(panel).findByRole('button', { name: /^Take Grounding now/ }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Grounding'),
    );
  });

  it('checks an added title for identifying details before it goes in the record', async () => {
    const run = await startedRun();
    fireEvent.click(screen.getByRole('button', { name: 'Change the plan' }));
    const panel = screen.getByRole('region', { name: 'Change the plan' });
    fireEvent.input(within(panel).getByLabelText('Title'), {
      target: { value: 'Call jane.doe@example.org' },
    });
    fireEvent.click(within(panel).getByRole('button', { name: 'Add the phase' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('jane.doe@example.org');
    expect(await titles(run.id)).toHaveLength(5);
  });
});

describe('rebalancing, choosing which phases give time', () => {
  it('protects individual reflection by default, and takes only from the phases ticked', async () => {
    const run = await startedRun();
    act(() => {
      vi.setSystemTime(T0 + 50 * MIN);
      window.dispatchEvent(new Event('focus'));
    });
    fireEvent.click(screen.getByRole('button', { name: 'Next phase' }));
    const late = await screen.findByRole('group', { name: /Running 20 min late/ });
    const givers = within(late).getByRole('group', { name: 'Take time from' });
    expect(
      within(givers).getByRole('checkbox', { name: 'Individual reflection and review' }),
    ).not.toBeChecked();
    expect(within(givers).getByRole('checkbox', { name: 'Critical incident' })).toBeChecked();
    fireEvent.click(within(givers).getByRole('checkbox', { name: 'Literature discussion' }));
    fireEvent.click(within(givers).getByRole('checkbox', { name: 'Break' }));

    fireEvent.click(within(late).getByRole('button', { name: 'Rebalance to end on time' }));
    await waitFor(async () =>
      expect(viewRun((await stored(run.id)).timing, Date.now()).overrunMs).toBeLessThanOrEqual(0),
    );
    const phases = (await stored(run.id)).timing.phases;
    expect(phases.map((p) => Math.round(p.allottedMs / MIN))).toEqual([30, 60, 15, 70, 45]);
  });
});
