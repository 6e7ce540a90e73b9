import { describe, expect, it } from 'vitest';
import { incidentSteps } from '../../../src/domain/incident-steps';
import { fookGardner } from '../../../src/domain/reflection-models/fook-gardner';
import { newRunRecord } from '../../../src/domain/run-record';
import { nextPhase, pauseRun, resumeRun, startRun } from '../../../src/domain/run-timer';
import { markStep, stepActuals, stepClock, stepMarksOf } from '../../../src/domain/step-timing';
import type { AgendaItem, RunRecord } from '../../../src/domain/types';

const MIN = 60_000;
const T0 = Date.UTC(2026, 3, 14, 8, 30);

const AGENDA: AgendaItem[] = [
  { id: 'catch-up', kind: 'catch-up', title: 'Catch-up', minutes: 30 },
  { id: 'incident', kind: 'incident', title: 'Critical incident', minutes: 60 },
];

/** A run already in its incident phase, which began at T0. */
function inIncident(): RunRecord {
  const run = newRunRecord({ workshop: null, title: 'Workshop', agenda: AGENDA }, T0);
  const timing = nextPhase(startRun(run.timing, T0 - 30 * MIN), T0);
  return { ...run, status: 'running', timing };
}

const steps = incidentSteps(fookGardner, 'deconstruction', 60);
const incidentOf = (run: RunRecord) => run.timing.phases[1]!;

describe('the clock of an incident step', () => {
  it('counts the first step from the start of the phase, in its share of the time', () => {
    const run = inIncident();
    const clock = stepClock([], steps[0]!, incidentOf(run), T0 + 4 * MIN);
    expect(clock.lengthMs).toBe(steps[0]!.minutes * MIN);
    expect(clock.elapsedMs).toBe(4 * MIN);
    expect(clock.timeLeftMs).toBe((steps[0]!.minutes - 4) * MIN);
    expect(clock.isSpent).toBe(false);
  });

  it('counts a later step from when the facilitator moved on, early or late', () => {
    let run = inIncident();
    run = { ...run, stepTimes: markStep(run, 'incident', steps[1]!.id, T0 + 12 * MIN) };
    const marks = stepMarksOf(run, 'incident');
    expect(marks).toEqual([{ stepId: steps[1]!.id, atMs: 12 * MIN }]);
    const clock = stepClock(marks, steps[1]!, incidentOf(run), T0 + 20 * MIN);
    expect(clock.elapsedMs).toBe(8 * MIN);
    expect(clock.timeLeftMs).toBe((steps[1]!.minutes - 8) * MIN);
    expect(clock.isSpent).toBe(true);
  });

  it('stops while the workshop is paused, and goes on after it resumes', () => {
    let run = inIncident();
    run = { ...run, timing: pauseRun(run.timing, T0 + 3 * MIN) };
    const paused = stepClock([], steps[0]!, incidentOf(run), T0 + 30 * MIN);
    expect(paused.elapsedMs).toBe(3 * MIN);
    run = { ...run, timing: resumeRun(run.timing, T0 + 30 * MIN) };
    expect(stepClock([], steps[0]!, incidentOf(run), T0 + 31 * MIN).elapsedMs).toBe(4 * MIN);
  });

  it('loads a run stored before steps were timed', () => {
    const run = inIncident();
    delete run.stepTimes;
    expect(stepMarksOf(run, 'incident')).toEqual([]);
    expect(stepClock([], steps[2]!, incidentOf(run), T0 + MIN).elapsedMs).toBe(MIN);
  });
});

describe('step times for the session record', () => {
  it('gives planned against actual for every step, counting a step visited twice', () => {
    let run = inIncident();
    run = { ...run, stepTimes: markStep(run, 'incident', steps[1]!.id, T0 + 10 * MIN) };
    run = { ...run, stepTimes: markStep(run, 'incident', steps[0]!.id, T0 + 15 * MIN) };
    run = { ...run, stepTimes: markStep(run, 'incident', steps[1]!.id, T0 + 17 * MIN) };
    const rows = stepActuals(steps, stepMarksOf(run, 'incident'), incidentOf(run), T0 + 20 * MIN);
    expect(rows[0]).toEqual({
      id: steps[0]!.id,
      title: steps[0]!.title,
      plannedMinutes: steps[0]!.minutes,
      actualMinutes: 12,
    });
    expect(rows[1]!.actualMinutes).toBe(8);
    expect(rows.slice(2).every((row) => row.actualMinutes === 0)).toBe(true);
  });

  it('gives the first step the whole phase when nobody moved on', () => {
    const run = inIncident();
    const rows = stepActuals(steps, [], incidentOf(run), T0 + 7 * MIN);
    expect(rows[0]!.actualMinutes).toBe(7);
  });
});
