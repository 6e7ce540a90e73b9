import { describe, expect, it } from 'vitest';
import { defaultAgenda } from '../../../src/domain/agenda';
import { defaultGivers, rebalanceRun } from '../../../src/domain/rebalance';
import {
  addPhase,
  moveUpcomingPhase,
  skipPhase,
  swapWithNext,
  unskipPhase,
} from '../../../src/domain/run-plan-changes';
import { plannedAgainstActual } from '../../../src/domain/run-record';
import {
  createTiming,
  endPhaseEarly,
  nextPhase,
  previousPhase,
  startRun,
  viewRun,
} from '../../../src/domain/run-timer';
import type { RunRecord, RunTiming } from '../../../src/domain/types';
import { createFakeClock } from '../../helpers/fake-clock';
import { createSequentialIds } from '../../helpers/ids';

const MIN = 60_000;

// catch-up 30, literature 60, break 15, incident 90, reflection 45 = 240 min
function inLiterature() {
  const clock = createFakeClock();
  let timing = startRun(createTiming(defaultAgenda(createSequentialIds())), clock.now());
  clock.advance(30 * MIN);
  timing = nextPhase(timing, clock.now());
  clock.advance(10 * MIN);
  return { clock, timing: deepFreeze(timing) };
}

/** Frozen, so a change that mutated the timing (and broke Undo) would throw. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const titles = (timing: RunTiming) => timing.phases.map((p) => p.title);

/** Past phases and the time already spent, which no change of plan may touch. */
function history(timing: RunTiming, now: number) {
  const record = { timing } as RunRecord;
  return {
    past: timing.phases.slice(0, timing.currentIndex),
    spent: plannedAgainstActual(record, now).reduce((sum, row) => sum + row.actualMinutes, 0),
  };
}

describe('changing the plan while running', () => {
  it('skips a phase still to come: no time, kept in the record, passed over', () => {
    const { clock, timing } = inLiterature();
    const skipped = skipPhase(timing, 2);
    expect(skipped.phases[2]!.isSkipped).toBe(true);
    expect(viewRun(skipped, clock.now()).next?.title).toBe('Critical incident');
    expect(viewRun(skipped, clock.now()).projectedFinishAt).toBe(
      viewRun(timing, clock.now()).projectedFinishAt - 15 * MIN,
    );
    const moved = nextPhase(skipped, clock.now());
    expect(moved.phases[moved.currentIndex]!.title).toBe('Critical incident');
    expect(previousPhase(moved, clock.now()).currentIndex).toBe(1);
    expect(history(skipped, clock.now())).toEqual(history(timing, clock.now()));
    expect(unskipPhase(skipped, 2).phases[2]).toEqual(timing.phases[2]);
  });

  it('never skips or moves the current phase or one that has started', () => {
    const { timing } = inLiterature();
    expect(skipPhase(timing, 0)).toBe(timing);
    expect(skipPhase(timing, 1)).toBe(timing);
    expect(moveUpcomingPhase(timing, 0, 3)).toBe(timing);
    expect(moveUpcomingPhase(timing, 3, 1)).toBe(timing);
  });

  it('ends the workshop early from the last phase that is not skipped', () => {
    const { clock, timing } = inLiterature();
    let short = [2, 3, 4].reduce(skipPhase, timing);
    short = endPhaseEarly(short, clock.now());
    expect(short.status).toBe('finished');
  });

  it('moves a phase still to come among the others still to come', () => {
    const { clock, timing } = inLiterature();
    const moved = moveUpcomingPhase(timing, 4, 2);
    expect(titles(moved)).toEqual([
      'Catch-up',
      'Literature discussion',
      'Individual reflection and review',
      'Break',
      'Critical incident',
    ]);
    expect(history(moved, clock.now())).toEqual(history(timing, clock.now()));
  });

  it('swaps the current phase with the next: the next starts now, the current keeps its time', () => {
    const { clock, timing } = inLiterature();
    const swapped = swapWithNext(timing, clock.now());
    expect(titles(swapped).slice(1, 3)).toEqual(['Break', 'Literature discussion']);
    expect(swapped.currentIndex).toBe(1);
    const view = viewRun(swapped, clock.now());
    expect(view.current?.title).toBe('Break');
    expect(view.timeLeftMs).toBe(15 * MIN);
    expect(history(swapped, clock.now())).toEqual(history(timing, clock.now()));
    clock.advance(15 * MIN);
    const back = nextPhase(swapped, clock.now());
    expect(viewRun(back, clock.now()).current?.title).toBe('Literature discussion');
    expect(viewRun(back, clock.now()).timeLeftMs).toBe(50 * MIN);
  });

  it('adds an unplanned phase after the current one, with no planned minutes', () => {
    const { clock, timing } = inLiterature();
    const added = addPhase(timing, { title: '  Grounding exercise ', minutes: 10 }, () => 'extra');
    expect(added.phases[2]).toMatchObject({
      id: 'extra',
      kind: 'custom',
      title: 'Grounding exercise',
      plannedMinutes: 0,
      allottedMs: 10 * MIN,
    });
    expect(viewRun(added, clock.now()).overrunMs).toBe(10 * MIN);
    expect(history(added, clock.now())).toEqual(history(timing, clock.now()));
    expect(addPhase(timing, { title: ' ', minutes: 10 })).toBe(timing);
    expect(addPhase(timing, { title: 'Extra', minutes: 0 })).toBe(timing);
  });

  it('leaves the timing it was given as it was, so Undo can put it back', () => {
    const { clock, timing } = inLiterature();
    const before = structuredClone(timing);
    swapWithNext(addPhase(skipPhase(timing, 3), { title: 'Extra', minutes: 5 }), clock.now());
    moveUpcomingPhase(timing, 4, 2);
    rebalanceRun(timing, clock.now());
    expect(timing).toEqual(before);
  });
});

describe('choosing which phases give time', () => {
  function late() {
    const { clock, timing } = inLiterature();
    clock.advance(70 * MIN); // literature 20 minutes over
    const moved = nextPhase(timing, clock.now());
    return { clock, timing: moved };
  }

  it('protects individual reflection by default', () => {
    const { clock, timing } = late();
    const givers = defaultGivers(timing);
    expect([...givers].map((id) => timing.phases.find((p) => p.id === id)!.title)).toEqual([
      'Break',
      'Critical incident',
    ]);
    const { timing: rebalanced, result } = rebalanceRun(timing, clock.now());
    expect(result.fits).toBe(true);
    expect(rebalanced.phases[4]!.allottedMs).toBe(45 * MIN);
    expect(viewRun(rebalanced, clock.now()).overrunMs).toBeLessThanOrEqual(0);
  });

  it('takes time only from the phases chosen, never from past phases or time spent', () => {
    const { clock, timing } = late();
    const incident = timing.phases[3]!.id;
    const { timing: rebalanced } = rebalanceRun(timing, clock.now(), {
      givers: new Set([incident]),
    });
    expect(rebalanced.phases[2]).toEqual(timing.phases[2]);
    expect(rebalanced.phases[4]).toEqual(timing.phases[4]);
    expect(rebalanced.phases[3]!.allottedMs).toBe(70 * MIN);
    expect(history(rebalanced, clock.now())).toEqual(history(timing, clock.now()));
  });

  it('says how late it would still be when the chosen phases cannot give enough', () => {
    const { clock, timing } = late();
    const breakId = timing.phases[2]!.id;
    const { timing: same, result } = rebalanceRun(timing, clock.now(), {
      givers: new Set([breakId]),
    });
    expect(same).toBe(timing);
    expect(result).toEqual({ fits: false, overrunMs: 20 * MIN });
  });

  it('with nothing chosen, changes nothing', () => {
    const { clock, timing } = late();
    const { result } = rebalanceRun(timing, clock.now(), { givers: new Set() });
    expect(result).toEqual({ fits: false, overrunMs: 20 * MIN });
  });
});
