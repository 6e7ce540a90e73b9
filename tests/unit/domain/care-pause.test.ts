import { describe, expect, it } from 'vitest';
import { defaultAgenda } from '../../../src/domain/agenda';
import { rebalanceRun } from '../../../src/domain/rebalance';
import {
  createTiming,
  finishRun,
  pauseForCare,
  pauseRun,
  resumeRun,
  startRun,
  viewRun,
} from '../../../src/domain/run-timer';
import { createFakeClock } from '../../helpers/fake-clock';
import { createSequentialIds } from '../../helpers/ids';

const MIN = 60_000;

function started() {
  const clock = createFakeClock();
  const timing = startRun(createTiming(defaultAgenda(createSequentialIds())), clock.now());
  return { clock, timing };
}

describe('a pause for care', () => {
  it('stops the clock and never counts as running late, during it or after', () => {
    const { clock, timing: start } = started();
    clock.advance(10 * MIN);
    const before = viewRun(start, clock.now());
    let timing = pauseForCare(start, clock.now());
    expect(timing.status).toBe('paused');
    clock.advance(12 * MIN);
    const during = viewRun(timing, clock.now());
    expect(during.timeLeftMs).toBe(before.timeLeftMs);
    expect(during.overrunMs).toBe(before.overrunMs);
    timing = resumeRun(timing, clock.now());
    const after = viewRun(timing, clock.now());
    expect(after.overrunMs).toBe(0);
    expect(after.plannedFinishAt).toBe(before.plannedFinishAt + 12 * MIN);
    expect(timing.pauseKind).toBeNull();
  });

  it('differs from an ordinary pause, whose time does make the workshop late', () => {
    const { clock, timing: start } = started();
    let timing = pauseRun(start, clock.now());
    clock.advance(12 * MIN);
    timing = resumeRun(timing, clock.now());
    expect(viewRun(timing, clock.now()).overrunMs).toBe(12 * MIN);
  });

  it('turns an ordinary pause into a care pause from that moment on', () => {
    const { clock, timing: start } = started();
    let timing = pauseRun(start, clock.now());
    clock.advance(3 * MIN);
    timing = pauseForCare(timing, clock.now());
    clock.advance(10 * MIN);
    timing = resumeRun(timing, clock.now());
    expect(viewRun(timing, clock.now()).overrunMs).toBe(3 * MIN);
  });

  it('counts how many care pauses there were, and nothing else about them', () => {
    const { clock, timing: start } = started();
    let timing = pauseForCare(start, clock.now());
    expect(pauseForCare(timing, clock.now())).toBe(timing);
    clock.advance(MIN);
    timing = pauseForCare(resumeRun(timing, clock.now()), clock.now());
    expect(timing.carePauseCount).toBe(2);
    expect(Object.keys(timing).filter((k) => /care/i.test(k))).toEqual(['carePauseCount']);
  });

  it('finishing during a care pause does not show the workshop as late', () => {
    const { clock, timing: start } = started();
    clock.advance(240 * MIN);
    let timing = pauseForCare(start, clock.now());
    clock.advance(20 * MIN);
    timing = finishRun(timing, clock.now());
    expect(timing.finishedAt! - timing.plannedFinishAt!).toBe(0);
  });

  it('a rebalance during a care pause shares time up to the moved finish', () => {
    const { clock, timing: start } = started();
    clock.advance(50 * MIN); // 20 minutes late in the catch-up
    let timing = pauseForCare(start, clock.now());
    clock.advance(15 * MIN);
    timing = rebalanceRun(timing, clock.now()).timing;
    expect(viewRun(timing, clock.now()).overrunMs).toBeLessThanOrEqual(0);
    expect(viewRun(timing, clock.now()).overrunMs).toBeGreaterThan(-5_000);
  });

  it('does nothing before the start or after the finish', () => {
    const { clock, timing } = started();
    const ready = createTiming(defaultAgenda(createSequentialIds()));
    expect(pauseForCare(ready, clock.now())).toBe(ready);
    const finished = finishRun(timing, clock.now());
    expect(pauseForCare(finished, clock.now())).toBe(finished);
  });
});
