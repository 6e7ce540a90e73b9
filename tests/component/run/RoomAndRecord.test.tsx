import {
  act,
  configure,
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/preact';
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

describe('the room display, quiet and private', () => {
  async function runningIn(phaseIndex: number, at: number, extra: Partial<RunRecord> = {}) {
    const { workshops } = await seedPlan();
    const run = newRunRecord({ workshop: workshops[0]!, title: 'Workshop 1 of 5' }, T0);
    let timing = startRun(run.timing, T0);
    for (let i = 0; i < phaseIndex; i += 1) timing = nextPhase(timing, T0);
    const record: RunRecord = { ...run, status: 'running', timing, ...extra };
    await saveRun(record);
    vi.setSystemTime(at);
    return record;
  }

  it('is quiet in the check-in: a calm time, and no overrun figure once it has run out', async () => {
    await runningIn(0, T0 + 20 * MIN);
    renderWithApp(<RoomDisplay />);
    const timer = await screen.findByRole('timer');
    expect(timer).toHaveTextContent('10:00');
    expect(timer).toHaveClass('is-quiet');

    vi.setSystemTime(T0 + 31 * MIN + 28_000);
    // The display looks again as a tablet waking would (once it is listening).
    await waitFor(() => {
      act(() => void window.dispatchEvent(new Event('focus')));
      expect(timer.textContent).toBe('');
    });
    expect(screen.queryByText(/over/)).toBeNull();
    expect(document.querySelector('.room')).not.toHaveClass('is-over');
  });

  it('shows the overrun where the facilitator turned quiet off', async () => {
    const record = await runningIn(0, T0 + 31 * MIN + 28_000, {
      roomDisplay: { quiet: {}, card: null },
    });
    await saveRun({
      ...record,
      roomDisplay: { quiet: { [record.timing.phases[0]!.id]: false }, card: null },
    });
    renderWithApp(<RoomDisplay />);
    expect(await screen.findByRole('timer')).toHaveTextContent('1:28 over');
  });

  it('says only “Feedback in progress” while the tablet is passed round, never the typing', async () => {
    const typed = 'The silence after the story';
    const record = await runningIn(4, T0 + 5 * MIN, {
      passRound: { kind: 'questionnaire', phaseId: 'x', since: T0 },
      questionnaireDraft: { engaged: typed },
      notes: { x: 'A group note being typed' },
    });
    renderWithApp(<RoomDisplay />);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Feedback in progress',
    );
    expect(screen.queryByText(typed)).toBeNull();
    expect(screen.queryByRole('timer')).toBeNull();

    // A message that came with more than it should is still shown as only that.
    act(() =>
      publishToRoom(
        {
          ...record,
          passRound: { kind: 'notes', phaseId: 'x', since: T0 },
          roomDisplay: { quiet: {}, card: { phaseId: 'x', stepId: 'y', text: typed } },
        },
        [],
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Feedback in progress');
    expect(document.body).not.toHaveTextContent(typed);
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

  it('gives each incident step its planned and actual minutes', async () => {
    const { workshops } = await seedPlan();
    const run = newRunRecord({ workshop: workshops[0]!, title: 'Workshop 1 of 5' }, T0);
    let timing = startRun(run.timing, T0);
    for (let i = 0; i < 3; i += 1) timing = nextPhase(timing, T0);
    const incident = timing.phases[3]!;
    timing = finishRun(timing, T0 + 30 * MIN);
    await saveRun({
      ...run,
      status: 'finished',
      timing,
      steps: { [incident.id]: 1 },
      stepTimes: { [incident.id]: [{ stepId: 'questions', atMs: 20 * MIN }] },
    });
    renderWithApp(<RecordScreen id={run.id} />);
    const steps = await screen.findByRole('table', { name: /Steps of Critical incident/ });
    expect(
      within(steps).getByRole('row', { name: /The presenter tells the incident/ }),
    ).toHaveTextContent('14 min20 min');
    expect(within(steps).getByRole('row', { name: /Listeners ask questions/ })).toHaveTextContent(
      '9 min10 min',
    );
    expect(within(steps).getByRole('row', { name: /Assumptions/ })).toHaveTextContent(
      'not reached',
    );
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
