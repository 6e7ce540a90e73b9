import { describe, expect, it } from 'vitest';
import { defaultAgenda } from '../../../src/domain/agenda';
import {
  createTiming,
  cueFor,
  endPhaseEarly,
  extendPhase,
  finishRun,
  formatCountdown,
  nextPhase,
  parseTiming,
  pauseRun,
  previousPhase,
  resumeRun,
  startRun,
  viewRun,
} from '../../../src/domain/run-timer';
import type { RunTiming } from '../../../src/domain/types';
import { createFakeClock } from '../../helpers/fake-clock';
import { createSequentialIds } from '../../helpers/ids';

const MIN = 60_000;

// catch-up 30, literature 60, break 15, incident 90, reflection 45 = 240 min
function started() {
  const clock = createFakeClock();
  const timing = startRun(createTiming(defaultAgenda(createSequentialIds())), clock.now());
  return { clock, timing };
}

describe('the run timer', () => {
  it('runs a whole four-hour workshop to the minute, phase by phase', () => {
    const { clock, timing: start } = started();
    const t0 = clock.now();
    let timing = start;
    expect(viewRun(timing, clock.now()).plannedFinishAt).toBe(t0 + 240 * MIN);
    for (const minutes of [30, 60, 15, 90, 45]) {
      expect(viewRun(timing, clock.now()).timeLeftMs).toBe(minutes * MIN);
      clock.advance(minutes * MIN - 1_000);
      expect(viewRun(timing, clock.now()).timeLeftMs).toBe(1_000);
      clock.advance(1_000);
      expect(viewRun(timing, clock.now()).overrunMs).toBe(0);
      timing = endPhaseEarly(timing, clock.now());
    }
    const view = viewRun(timing, clock.now());
    expect(view.status).toBe('finished');
    expect(view.progress).toBe(1);
    expect(timing.finishedAt).toBe(t0 + 240 * MIN);
    expect(timing.phases.map((p) => p.elapsedMs / MIN)).toEqual([30, 60, 15, 90, 45]);
  });

  it('shows time left, progress and what comes next from the clock alone', () => {
    const { clock, timing } = started();
    clock.advance(12 * MIN + 30_000);
    const view = viewRun(timing, clock.now());
    expect(view.current?.title).toBe('Catch-up');
    expect(view.next?.title).toBe('Literature discussion');
    expect(formatCountdown(view.timeLeftMs)).toBe('17:30');
    expect(view.progress).toBeCloseTo(12.5 / 240);
  });

  it('stops the clock while paused, and the finish moves later by the pause', () => {
    const { clock, timing: start } = started();
    clock.advance(10 * MIN);
    let timing = pauseRun(start, clock.now());
    clock.advance(7 * MIN);
    expect(viewRun(timing, clock.now()).timeLeftMs).toBe(20 * MIN);
    expect(viewRun(timing, clock.now()).overrunMs).toBe(7 * MIN);
    timing = resumeRun(timing, clock.now());
    clock.advance(5 * MIN);
    expect(viewRun(timing, clock.now()).timeLeftMs).toBe(15 * MIN);
    expect(timing.pausedTotalMs).toBe(7 * MIN);
  });

  it('adds extensions to the current phase and shows the projected overrun', () => {
    const { clock, timing: start } = started();
    let timing = extendPhase(extendPhase(start, 5), 1);
    expect(viewRun(timing, clock.now()).timeLeftMs).toBe(36 * MIN);
    expect(viewRun(timing, clock.now()).overrunMs).toBe(6 * MIN);
    timing = extendPhase(timing, -100);
    expect(viewRun(timing, clock.now()).timeLeftMs).toBe(0);
  });

  it('counts a phase that runs over as negative time left, and projects the late finish', () => {
    const { clock, timing } = started();
    clock.advance(33 * MIN);
    const view = viewRun(timing, clock.now());
    expect(view.timeLeftMs).toBe(-3 * MIN);
    expect(formatCountdown(view.timeLeftMs)).toBe('3:00');
    expect(view.overrunMs).toBe(3 * MIN);
    expect(cueFor(view)).toBe('over');
  });

  it('gives a cue two minutes before the end, and at the end', () => {
    const { clock, timing } = started();
    clock.advance(27 * MIN);
    expect(cueFor(viewRun(timing, clock.now()))).toBe('none');
    clock.advance(1 * MIN);
    expect(cueFor(viewRun(timing, clock.now()))).toBe('soon');
    clock.advance(2 * MIN);
    expect(cueFor(viewRun(timing, clock.now()))).toBe('over');
  });

  it('goes back to an earlier phase, which carries on from where it stopped', () => {
    const { clock, timing: start } = started();
    clock.advance(20 * MIN);
    let timing = nextPhase(start, clock.now());
    clock.advance(5 * MIN);
    timing = previousPhase(timing, clock.now());
    expect(viewRun(timing, clock.now()).timeLeftMs).toBe(10 * MIN);
    clock.advance(2 * MIN);
    timing = nextPhase(timing, clock.now());
    expect(viewRun(timing, clock.now()).timeLeftMs).toBe(55 * MIN);
  });

  it('moving phase while paused waits for resume before the new phase counts', () => {
    const { clock, timing: start } = started();
    let timing = pauseRun(start, clock.now());
    timing = nextPhase(timing, clock.now());
    clock.advance(10 * MIN);
    expect(viewRun(timing, clock.now()).timeLeftMs).toBe(60 * MIN);
    timing = resumeRun(timing, clock.now());
    clock.advance(1 * MIN);
    expect(viewRun(timing, clock.now()).timeLeftMs).toBe(59 * MIN);
  });

  it('gives the same numbers after a reload in the middle (serialise and parse)', () => {
    const { clock, timing: start } = started();
    clock.advance(45 * MIN);
    let timing = nextPhase(start, clock.now());
    clock.advance(3 * MIN);
    timing = pauseRun(timing, clock.now());
    clock.advance(2 * MIN);
    timing = resumeRun(extendPhase(timing, 5), clock.now());
    clock.advance(17 * MIN + 4_321);
    const reloaded = parseTiming(JSON.parse(JSON.stringify(timing)) as unknown) as RunTiming;
    expect(viewRun(reloaded, clock.now())).toEqual(viewRun(timing, clock.now()));
    expect(viewRun(reloaded, clock.now()).timeLeftMs).toBe(65 * MIN - 20 * MIN - 4_321);
  });

  it('is exact after a tablet sleeps for hours: nothing depends on ticks', () => {
    const { clock, timing } = started();
    clock.advance(4 * 60 * MIN);
    const view = viewRun(timing, clock.now());
    expect(view.current?.title).toBe('Catch-up');
    expect(view.timeLeftMs).toBe(-210 * MIN);
  });

  it('never shows negative elapsed time when the device clock goes back', () => {
    const { clock, timing } = started();
    clock.advance(-10 * MIN);
    expect(viewRun(timing, clock.now()).phaseElapsedMs).toBe(0);
  });

  it('finishes from a pause, counting the pause', () => {
    const { clock, timing: start } = started();
    clock.advance(5 * MIN);
    const paused = pauseRun(start, clock.now());
    clock.advance(5 * MIN);
    const finished = finishRun(paused, clock.now());
    expect(finished.status).toBe('finished');
    expect(finished.pausedTotalMs).toBe(5 * MIN);
    expect(finished.phases[0]!.elapsedMs).toBe(5 * MIN);
    expect(finishRun(finished, clock.now() + MIN)).toBe(finished);
  });

  it('ignores controls that do not apply in the current state', () => {
    const clock = createFakeClock();
    const ready = createTiming(defaultAgenda(createSequentialIds()));
    expect(pauseRun(ready, clock.now())).toBe(ready);
    expect(nextPhase(ready, clock.now())).toBe(ready);
    const timing = startRun(ready, clock.now());
    expect(startRun(timing, clock.now())).toBe(timing);
    expect(previousPhase(timing, clock.now())).toBe(timing);
    expect(resumeRun(timing, clock.now())).toBe(timing);
    expect(parseTiming(null)).toBeUndefined();
    expect(parseTiming({ phases: 'x' })).toBeUndefined();
  });

  it('formats countdowns as people read them', () => {
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(500)).toBe('0:01');
    expect(formatCountdown(59_000)).toBe('0:59');
    expect(formatCountdown(90 * MIN)).toBe('1:30:00');
    expect(formatCountdown(-61_000)).toBe('1:01');
  });
});

describe('the planned finish', () => {
  const agenda = () => defaultAgenda(createSequentialIds());
  // A workshop planned for 09:30 on Tuesday 14 April 2026 (British Summer Time: 08:30 UTC).
  const scheduled = Date.UTC(2026, 3, 14, 8, 30);

  it('keeps the plan’s end when a workshop starts late on its day, so it shows as late', () => {
    const late = scheduled + 15 * MIN;
    const timing = startRun(createTiming(agenda(), scheduled), late);
    const view = viewRun(timing, late);
    expect(view.plannedFinishAt).toBe(scheduled + 240 * MIN);
    expect(view.overrunMs).toBe(15 * MIN);
  });

  it('keeps the plan’s end when a workshop starts a little early', () => {
    const early = scheduled - 10 * MIN;
    const view = viewRun(startRun(createTiming(agenda(), scheduled), early), early);
    expect(view.plannedFinishAt).toBe(scheduled + 240 * MIN);
    expect(view.overrunMs).toBe(-10 * MIN);
  });

  it('shows the booked end before the start, on the workshop’s day', () => {
    const beforehand = scheduled - 40 * MIN;
    const view = viewRun(createTiming(agenda(), scheduled), beforehand);
    expect(view.plannedFinishAt).toBe(scheduled + 240 * MIN);
  });

  it('plans from the start when run on another day, after its end, or unplanned', () => {
    const nextDay = scheduled + 24 * 60 * MIN;
    const afterEnd = scheduled + 241 * MIN;
    for (const [scheduledStartAt, now] of [
      [scheduled, nextDay],
      [scheduled, afterEnd],
      [null, scheduled],
    ] as const) {
      const view = viewRun(startRun(createTiming(agenda(), scheduledStartAt), now), now);
      expect(view.plannedFinishAt).toBe(now + 240 * MIN);
    }
  });
});

describe('the clock check', () => {
  it('notices a device clock set back, not a tablet waking from sleep', async () => {
    const { clockWentBack } = await import('../../../src/domain/run-timer');
    expect(clockWentBack(10 * MIN, 10 * MIN + 4 * 60 * MIN)).toBe(false);
    expect(clockWentBack(10 * MIN, 10 * MIN - 500)).toBe(false);
    expect(clockWentBack(10 * MIN, 5 * MIN)).toBe(true);
  });
});
