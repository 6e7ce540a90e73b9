import { configure, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getRun, saveRun } from '../../../src/db/runs';
import { newRunRecord } from '../../../src/domain/run-record';
import { startRun } from '../../../src/domain/run-timer';
import { RunHome } from '../../../src/features/run/RunHome';
import { RunLive } from '../../../src/features/run/RunLive';
import { renderWithApp } from '../../helpers/render';
import { seedPlan } from '../plan/seed';

// These screens read the database before they show: allow for a busy machine.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

const BEFORE_THE_SERIES = Date.UTC(2026, 3, 1, 9, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(BEFORE_THE_SERIES);
  location.hash = '#/run';
});

afterEach(() => vi.useRealTimers());

describe('the Run front page', () => {
  it('offers the next planned workshops and an ad-hoc one', async () => {
    await seedPlan();
    renderWithApp(<RunHome />);
    const first = await screen.findByRole('link', { name: /Run this workshop: Workshop 1 of 5/ });
    expect(first.getAttribute('href')).toMatch(/^#\/run\/start\//);
    expect(screen.getAllByRole('link', { name: /Run this workshop/ })).toHaveLength(4);
    expect(screen.getByRole('link', { name: /ad-hoc workshop/ })).toHaveAttribute(
      'href',
      '#/run/start/ad-hoc',
    );
  });

  it('goes straight back to a running workshop', async () => {
    const run = newRunRecord({ workshop: null, title: 'Ad-hoc workshop' }, BEFORE_THE_SERIES);
    await saveRun({ ...run, status: 'running', timing: startRun(run.timing, BEFORE_THE_SERIES) });
    renderWithApp(<RunHome />);
    await waitFor(() => expect(location.hash).toBe(`#/run/live/${run.id}`));
  });

  it('lets a run that was never started be discarded', async () => {
    const run = newRunRecord({ workshop: null, title: 'Ad-hoc workshop' }, BEFORE_THE_SERIES);
    await saveRun(run);
    location.hash = `#/run/live/${run.id}`;
    renderWithApp(<RunLive id={run.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not now: discard this run' }));
    await waitFor(() => expect(location.hash).toBe('#/run'));
    expect(await getRun(run.id)).toBeUndefined();
  });
});
