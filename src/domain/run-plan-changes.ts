// Changing the plan while a workshop runs: skip a phase, change the order of what is still
// to come, add a phase nobody planned. Only phases not yet started move or go; what has
// happened (past phases, time spent) never changes, and every change returns new timing,
// so the one Undo on the run screen can put the old timing back as it was.
import { newId, type IdGenerator } from './ids';
import { nextPhaseIndex } from './run-timer';
import type { EpochMs, RunPhase, RunTiming } from './types';

const MINUTE_MS = 60_000;

/** True for a phase that may still be skipped or moved: later than now, never started. */
export function isUpcoming(timing: RunTiming, index: number): boolean {
  const phase = timing.phases[index];
  return (
    phase !== undefined &&
    index > timing.currentIndex &&
    phase.firstStartedAt === null &&
    timing.status !== 'finished'
  );
}

/** Skips a phase still to come: it stays in the record, planned but given no time. */
export function skipPhase(timing: RunTiming, index: number): RunTiming {
  if (!isUpcoming(timing, index)) return timing;
  return withPhase(timing, index, (p) => ({ ...p, isSkipped: true }));
}

/** Brings a skipped phase back, with the time it had. */
export function unskipPhase(timing: RunTiming, index: number): RunTiming {
  if (!isUpcoming(timing, index) || !timing.phases[index]!.isSkipped) return timing;
  return withPhase(timing, index, ({ isSkipped: _, ...p }) => p);
}

/** Moves a phase still to come to another place among those still to come. */
export function moveUpcomingPhase(timing: RunTiming, from: number, to: number): RunTiming {
  if (from === to || !isUpcoming(timing, from) || !isUpcoming(timing, to)) return timing;
  const phases = [...timing.phases];
  const [moved] = phases.splice(from, 1);
  phases.splice(to, 0, moved!);
  return { ...timing, phases };
}

/**
 * Takes the next phase now and the current one after it: the current phase keeps the time
 * it has had and carries on from there when its turn comes again.
 */
export function swapWithNext(timing: RunTiming, now: EpochMs): RunTiming {
  const next = nextPhaseIndex(timing);
  const isLive = timing.status === 'running' || timing.status === 'paused';
  if (!isLive || next === -1 || !isUpcoming(timing, next)) return timing;
  const { currentIndex } = timing;
  const current = timing.phases[currentIndex]!;
  const stopped: RunPhase =
    current.runningSince === null
      ? current
      : {
          ...current,
          elapsedMs: current.elapsedMs + Math.max(0, now - current.runningSince),
          runningSince: null,
          lastEndedAt: now,
        };
  const incoming = timing.phases[next]!;
  const started: RunPhase =
    timing.status === 'running'
      ? { ...incoming, runningSince: now, firstStartedAt: now }
      : incoming;
  const phases = [...timing.phases];
  // Any skipped phases between them stay where they were.
  phases.splice(next, 1);
  phases.splice(currentIndex, 1, started, stopped);
  return { ...timing, phases };
}

export interface UnplannedPhase {
  title: string;
  minutes: number;
}

/**
 * Adds a phase nobody planned straight after the current one. The plan gave it no minutes,
 * so the record shows it as unplanned; the time comes from the finish (or a rebalance).
 */
export function addPhase(
  timing: RunTiming,
  { title, minutes }: UnplannedPhase,
  generateId?: IdGenerator,
): RunTiming {
  const name = title.trim();
  if (!name || !(minutes > 0) || timing.status === 'finished') return timing;
  const phase: RunPhase = {
    id: newId(generateId),
    kind: 'custom',
    title: name,
    plannedMinutes: 0,
    allottedMs: Math.round(minutes) * MINUTE_MS,
    extensionMs: 0,
    elapsedMs: 0,
    runningSince: null,
    firstStartedAt: null,
    lastEndedAt: null,
  };
  const phases = [...timing.phases];
  phases.splice(timing.currentIndex + 1, 0, phase);
  return { ...timing, phases };
}

function withPhase(
  timing: RunTiming,
  index: number,
  change: (phase: RunPhase) => RunPhase,
): RunTiming {
  return { ...timing, phases: timing.phases.map((p, i) => (i === index ? change(p) : p)) };
}
