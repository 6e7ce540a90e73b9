// The clock of each incident step. A step's time is counted in its phase's own running
// time (which stops while the workshop is paused, or while the room is in another phase),
// so a step's clock pauses with the workshop and survives a reload, with nothing counted
// by ticks. Pure: no storage, no DOM.
import { phaseElapsedMs } from './run-timer';
import type { EpochMs, RunPhase, RunRecord, StepMark } from './types';

const MINUTE_MS = 60_000;

/** A step with its share of the phase: what the timing needs to know of it. */
interface TimedStep {
  id: string;
  title: string;
  minutes: number;
}

export function stepMarksOf(record: Pick<RunRecord, 'stepTimes'>, phaseId: string): StepMark[] {
  return record.stepTimes?.[phaseId] ?? [];
}

/**
 * The step times with `stepId` begun now in `phase`. Moving on early, late, or back a step:
 * each move is a mark, so the record can say how long each step really took.
 */
export function markStep(
  record: Pick<RunRecord, 'stepTimes' | 'timing'>,
  phaseId: string,
  stepId: string,
  now: EpochMs,
): Record<string, StepMark[]> {
  const phase = record.timing.phases.find((p) => p.id === phaseId);
  const atMs = phase ? phaseElapsedMs(phase, now) : 0;
  const marks = stepMarksOf(record, phaseId);
  return { ...record.stepTimes, [phaseId]: [...marks, { stepId, atMs }] };
}

/** The current step's clock. */
export interface StepClock {
  /** Its share of the phase. */
  lengthMs: number;
  /** Running time since it began. */
  elapsedMs: number;
  /** Negative once spent. */
  timeLeftMs: number;
  isSpent: boolean;
}

/**
 * The clock of the step the group is on. It began at the last mark; with no mark (the first
 * step, or a run stored before steps were timed), at the phase's start.
 */
export function stepClock(
  marks: readonly StepMark[],
  step: Pick<TimedStep, 'minutes'>,
  phase: RunPhase,
  now: EpochMs,
): StepClock {
  const began = marks.at(-1)?.atMs ?? 0;
  const elapsedMs = Math.max(0, phaseElapsedMs(phase, now) - began);
  const lengthMs = step.minutes * MINUTE_MS;
  const timeLeftMs = lengthMs - elapsedMs;
  return { lengthMs, elapsedMs, timeLeftMs, isSpent: timeLeftMs <= 0 };
}

export interface StepActual {
  id: string;
  title: string;
  plannedMinutes: number;
  /** Minutes the step actually ran, to a tenth (zero if never reached). */
  actualMinutes: number;
}

/**
 * Planned against actual minutes of each step of a phase, for the session record. A step
 * visited twice (the facilitator went back) counts both stretches. Step titles and times
 * only: nothing anyone said.
 */
export function stepActuals(
  steps: readonly TimedStep[],
  marks: readonly StepMark[],
  phase: RunPhase,
  now: EpochMs,
): StepActual[] {
  const spent = new Map<string, number>();
  const firstId = steps[0]?.id;
  const stretches: StepMark[] =
    marks.length > 0 && marks[0]!.atMs > 0 && firstId
      ? [{ stepId: firstId, atMs: 0 }, ...marks]
      : marks.length > 0
        ? [...marks]
        : firstId && phase.firstStartedAt !== null
          ? [{ stepId: firstId, atMs: 0 }]
          : [];
  const end = phaseElapsedMs(phase, now);
  stretches.forEach((mark, i) => {
    const until = stretches[i + 1]?.atMs ?? end;
    spent.set(mark.stepId, (spent.get(mark.stepId) ?? 0) + Math.max(0, until - mark.atMs));
  });
  return steps.map((step) => ({
    id: step.id,
    title: step.title,
    plannedMinutes: step.minutes,
    actualMinutes: Math.round((spent.get(step.id) ?? 0) / 6_000) / 10,
  }));
}
