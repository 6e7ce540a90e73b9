import { describe, expect, it } from 'vitest';
import { defaultAgenda } from '../../../src/domain/agenda';
import { rebalanceRun, shrinkToFit } from '../../../src/domain/rebalance';
import { createTiming, nextPhase, startRun, viewRun } from '../../../src/domain/run-timer';
import { createFakeClock } from '../../helpers/fake-clock';
import { createSequentialIds } from '../../helpers/ids';

const MIN = 60_000;

describe('shrinking phases to fit', () => {
  it('leaves phases alone when they already fit', () => {
    expect(shrinkToFit([10 * MIN, 20 * MIN], 40 * MIN, 5 * MIN)).toEqual({
      fits: true,
      durations: [10 * MIN, 20 * MIN],
    });
  });

  it('shrinks in proportion', () => {
    expect(shrinkToFit([30 * MIN, 60 * MIN], 60 * MIN, 5 * MIN)).toEqual({
      fits: true,
      durations: [20 * MIN, 40 * MIN],
    });
  });

  it('never goes below the minimum, and takes the difference from the longer phases', () => {
    const result = shrinkToFit([6 * MIN, 60 * MIN, 90 * MIN], 78 * MIN, 5 * MIN);
    expect(result.fits).toBe(true);
    if (!result.fits) return;
    expect(result.durations[0]).toBe(5 * MIN);
    expect(result.durations[1]! / result.durations[2]!).toBeCloseTo(60 / 90, 3);
    expect(result.durations.reduce((a, b) => a + b)).toBeLessThanOrEqual(78 * MIN);
    expect(result.durations.reduce((a, b) => a + b)).toBeGreaterThan(78 * MIN - 3_000);
  });

  it('never lengthens a phase already under the minimum', () => {
    const result = shrinkToFit([2 * MIN, 60 * MIN], 30 * MIN, 5 * MIN);
    expect(result).toEqual({ fits: true, durations: [2 * MIN, 28 * MIN] });
  });

  it('reports the overrun when even the minimums do not fit', () => {
    expect(shrinkToFit([30 * MIN, 30 * MIN, 30 * MIN], 12 * MIN, 5 * MIN)).toEqual({
      fits: false,
      overrunMs: 78 * MIN,
    });
  });

  it('copes with nothing left to share', () => {
    expect(shrinkToFit([0, 0], 0, 5 * MIN)).toEqual({ fits: true, durations: [0, 0] });
  });
});

describe('rebalancing a late run', () => {
  it('makes a late workshop end on time again', () => {
    const clock = createFakeClock();
    let timing = startRun(createTiming(defaultAgenda(createSequentialIds())), clock.now());
    clock.advance(50 * MIN); // catch-up ran 20 minutes over
    timing = nextPhase(timing, clock.now());
    expect(viewRun(timing, clock.now()).overrunMs).toBe(20 * MIN);
    const { timing: rebalanced, result } = rebalanceRun(timing, clock.now());
    expect(result.fits).toBe(true);
    const view = viewRun(rebalanced, clock.now());
    expect(view.overrunMs).toBeLessThanOrEqual(0);
    expect(view.overrunMs).toBeGreaterThan(-5_000);
    // The record still knows what was planned.
    expect(rebalanced.phases.map((p) => p.plannedMinutes)).toEqual([30, 60, 15, 90, 45]);
    expect(rebalanced.phases[0]).toEqual(timing.phases[0]);
  });

  it('keeps the plan and reports the overrun when it cannot fit', () => {
    const clock = createFakeClock();
    let timing = startRun(createTiming(defaultAgenda(createSequentialIds())), clock.now());
    clock.advance(225 * MIN);
    timing = nextPhase(timing, clock.now());
    const { timing: same, result } = rebalanceRun(timing, clock.now());
    expect(same).toBe(timing);
    expect(result).toEqual({ fits: false, overrunMs: viewRun(timing, clock.now()).overrunMs });
  });
});
