import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveRun } from '../../../src/db/runs';
import { newRunRecord } from '../../../src/domain/run-record';
import { finishRun, nextPhase, startRun } from '../../../src/domain/run-timer';
import type { RunRecord } from '../../../src/domain/types';
import { FollowUpScreen } from '../../../src/features/run/FollowUpScreen';
import { RecordScreen } from '../../../src/features/run/RecordScreen';
import RoomDisplay from '../../../src/features/run/RoomDisplay';
import { publishToRoom } from '../../../src/features/run/room-channel';
import { useWakeLock } from '../../../src/features/run/use-wake-lock';
import { renderWithApp } from '../../helpers/render';
import { seedPlan } from '../plan/seed';

// These screens read the database before they show: allow for a busy machine.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

const T0 = Date.UTC(2026, 3, 14, 8, 30);
const MIN = 60_000;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});

afterEach(() => vi.useRealTimers());

async function finishedRun(): Promise<RunRecord> {
  const { workshops, members } = await seedPlan();
  const run = newRunRecord({ workshop: workshops[0]!, title: 'Workshop 1 of 5' }, T0);
  let timing = startRun(run.timing, T0);
  timing = nextPhase(timing, T0 + 40 * MIN);
  timing = finishRun(timing, T0 + 100 * MIN);
  const record: RunRecord = {
    ...run,
    status: 'finished',
    timing,
    attendance: [members[1]!.id, members[2]!.id],
    themes: 'Power\nTime pressure',
    notes: { [timing.phases[0]!.id]: 'We agreed to start on time.' },
    questionnaire: [{ engaged: 'The questions' }, { surprising: 'How quiet it was' }],
  };
  await saveRun(record);
  return record;
}

describe('the room display', () => {
  it('recovers the running workshop from storage, then follows the run screen', async () => {
    const { workshops } = await seedPlan();
    const run = newRunRecord({ workshop: workshops[0]!, title: 'Workshop 1 of 5' }, T0);
    const started = { ...run, status: 'running' as const, timing: startRun(run.timing, T0) };
    await saveRun(started);
    vi.setSystemTime(T0 + 10 * MIN);
    renderWithApp(<RoomDisplay />);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Catch-up');
    expect(screen.getByRole('timer')).toHaveTextContent('20:00');
    expect(screen.getByText('Next: Literature discussion')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();

    act(() => publishToRoom({ ...started, timing: nextPhase(started.timing, Date.now()) }, []));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Literature discussion'),
    );
  });
});

describe('the session record', () => {
  it('shows planned against actual, attendance, themes, notes and the questionnaire', async () => {
    const record = await finishedRun();
    renderWithApp(<RecordScreen id={record.id} />);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Session record: Workshop 1 of 5',
    );
    const chart = screen.getByRole('img', { name: /Planned against actual time/ });
    expect(chart.querySelector('title')).toHaveTextContent('Planned against actual time');
    expect(chart.querySelector('desc')).toHaveTextContent('Planned 4 h in all, actual 1 h 40 min');
    const catchUp = screen.getByRole('row', { name: /Catch-up/ });
    expect(catchUp).toHaveTextContent('30 min');
    expect(catchUp).toHaveTextContent('40 min');
    expect(screen.getByText('2 present: JK, AB.')).toBeInTheDocument();
    expect(screen.getByText('Time pressure')).toBeInTheDocument();
    expect(screen.getByText('We agreed to start on time.')).toBeInTheDocument();
    expect(screen.getByText('How quiet it was')).toBeInTheDocument();
  });

  it('looks back across the series for the follow-up', async () => {
    const record = await finishedRun();
    renderWithApp(<FollowUpScreen id={record.seriesId!} />);
    expect(await screen.findByText(/1 workshop recorded/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Workshop 1 of 5/ })).toBeInTheDocument();
    expect(screen.getByText('2: JK, AB')).toBeInTheDocument();
    expect(screen.getByText('Power')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Sharing what was learnt' })).toBeInTheDocument();
  });
});

describe('the wake lock', () => {
  function Probe({ isWanted }: { isWanted: boolean }) {
    return <p>{useWakeLock(isWanted)}</p>;
  }

  afterEach(() => {
    delete (navigator as { wakeLock?: unknown }).wakeLock;
  });

  it('is asked for while running, and asked for again when the page is visible again', async () => {
    const request = vi.fn(async () => {
      const sentinel = new EventTarget() as EventTarget & { release(): Promise<void> };
      sentinel.release = async () => undefined;
      return sentinel;
    });
    Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request } });
    const { rerender } = render(<Probe isWanted={false} />);
    expect(request).not.toHaveBeenCalled();
    rerender(<Probe isWanted />);
    await screen.findByText('held');
    expect(request).toHaveBeenCalledWith('screen');
    fireEvent(document, new Event('visibilitychange'));
    await waitFor(() => expect(request).toHaveBeenCalledTimes(2));
  });

  it('says so when the device refuses, or has none', async () => {
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: { request: () => Promise.reject(new Error('NotAllowedError')) },
    });
    const { unmount } = render(<Probe isWanted />);
    await screen.findByText('refused');
    unmount();
    delete (navigator as { wakeLock?: unknown }).wakeLock;
    render(<Probe isWanted />);
    await screen.findByText('unsupported');
  });
});
