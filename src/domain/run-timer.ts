// The run's clock as a pure state machine over wall-clock timestamps. Every change takes
// `now` and returns new state; every display (time left, progress, projected finish) is
// computed from `now`. Nothing counts ticks, so a sleeping tablet, a background tab or a
// reload shows the right time the moment it looks again.
import { deviceTimeZone, isTimeZone, zonedDateAt } from './time-zone';
import type { AgendaItem, EpochMs, RunPhase, RunTiming } from './types';

const MINUTE_MS = 60_000;

/**
 * A fresh, not yet started timing for an agenda, planned to start at `scheduledStartAt` in a
 * group meeting in `timeZone`.
 */
export function createTiming(
  agenda: readonly AgendaItem[],
  scheduledStartAt: EpochMs | null = null,
  timeZone: string = deviceTimeZone(),
): RunTiming {
  return {
    phases: agenda.map((item) => {
      const phase: RunPhase = {
        id: item.id,
        kind: item.kind,
        title: item.title,
        plannedMinutes: item.minutes,
        allottedMs: item.minutes * MINUTE_MS,
        extensionMs: 0,
        elapsedMs: 0,
        runningSince: null,
        firstStartedAt: null,
        lastEndedAt: null,
      };
      if (item.incidentId) phase.incidentId = item.incidentId;
      return phase;
    }),
    currentIndex: 0,
    status: 'ready',
    startedAt: null,
    plannedFinishAt: null,
    scheduledStartAt,
    timeZone,
    pausedAt: null,
    pausedTotalMs: 0,
    finishedAt: null,
  };
}

/** The phase's whole length now: allotted plus extensions (none for a skipped phase). */
export function phaseLengthMs(phase: RunPhase): number {
  if (phase.isSkipped) return 0;
  return phase.allottedMs + phase.extensionMs;
}

/** Running time spent in a phase so far (never negative, even if the clock went back). */
export function phaseElapsedMs(phase: RunPhase, now: EpochMs): number {
  const running = phase.runningSince === null ? 0 : Math.max(0, now - phase.runningSince);
  return phase.elapsedMs + running;
}

function totalLengthMs(timing: RunTiming): number {
  return timing.phases.reduce((sum, phase) => sum + phaseLengthMs(phase), 0);
}

/**
 * The finish to keep to. A workshop started on its planned day keeps the plan's end time, so
 * a late start shows as running late from the first minute (and can be rebalanced); one run
 * on another day, or after its planned end, is planned from the moment it starts.
 */
function plannedFinishFor(timing: RunTiming, now: EpochMs): EpochMs {
  const total = totalLengthMs(timing);
  const scheduled = timing.scheduledStartAt ?? null;
  const zone = timingTimeZone(timing);
  const onItsDay =
    scheduled !== null &&
    zonedDateAt(scheduled, zone) === zonedDateAt(now, zone) &&
    now < scheduled + total;
  return onItsDay ? scheduled + total : now + total;
}

/** The zone the run's planned day and clock times are read in. */
export function timingTimeZone(timing: Pick<RunTiming, 'timeZone'>): string {
  return timing.timeZone && isTimeZone(timing.timeZone) ? timing.timeZone : deviceTimeZone();
}

function updatePhase(
  timing: RunTiming,
  index: number,
  change: (phase: RunPhase) => RunPhase,
): RunPhase[] {
  return timing.phases.map((phase, i) => (i === index ? change(phase) : phase));
}

/** Ends the current stretch: its time moves into elapsedMs. */
function stopStretch(phase: RunPhase, now: EpochMs): RunPhase {
  if (phase.runningSince === null) return phase;
  return { ...phase, elapsedMs: phaseElapsedMs(phase, now), runningSince: null, lastEndedAt: now };
}

function startStretch(phase: RunPhase, now: EpochMs): RunPhase {
  return { ...phase, runningSince: now, firstStartedAt: phase.firstStartedAt ?? now };
}

export function startRun(timing: RunTiming, now: EpochMs): RunTiming {
  if (timing.status !== 'ready' || timing.phases.length === 0) return timing;
  return {
    ...timing,
    status: 'running',
    startedAt: now,
    plannedFinishAt: plannedFinishFor(timing, now),
    phases: updatePhase(timing, timing.currentIndex, (p) => startStretch(p, now)),
  };
}

export function pauseRun(timing: RunTiming, now: EpochMs): RunTiming {
  if (timing.status !== 'running') return timing;
  return {
    ...timing,
    status: 'paused',
    pausedAt: now,
    phases: updatePhase(timing, timing.currentIndex, (p) => stopStretch(p, now)),
  };
}

export function resumeRun(timing: RunTiming, now: EpochMs): RunTiming {
  if (timing.status !== 'paused') return timing;
  return {
    ...timing,
    status: 'running',
    pausedAt: null,
    pauseKind: null,
    plannedFinishAt: plannedFinishOf(timing, now),
    pausedTotalMs: timing.pausedTotalMs + Math.max(0, now - (timing.pausedAt ?? now)),
    phases: updatePhase(timing, timing.currentIndex, (p) => startStretch(p, now)),
  };
}

/**
 * Pauses the clock for someone's wellbeing. Unlike an ordinary pause, its time is never
 * counted as running late: the planned finish moves on with it. An ordinary pause already
 * under way counts up to now; the care pause starts here.
 */
export function pauseForCare(timing: RunTiming, now: EpochMs): RunTiming {
  if (timing.status !== 'running' && timing.status !== 'paused') return timing;
  if (timing.pauseKind === 'care') return timing;
  const running = timing.status === 'paused' ? resumeRun(timing, now) : timing;
  return {
    ...pauseRun(running, now),
    pauseKind: 'care',
    carePauseCount: (timing.carePauseCount ?? 0) + 1,
  };
}

/** How long the clock has been paused for care, up to now (zero if it is not). */
function carePausedMs(timing: RunTiming, now: EpochMs): number {
  if (timing.status !== 'paused' || timing.pauseKind !== 'care') return 0;
  return Math.max(0, now - (timing.pausedAt ?? now));
}

/** The finish the workshop keeps to, moved on by any care pause under way. */
export function plannedFinishOf(timing: RunTiming, now: EpochMs): EpochMs | null {
  if (timing.plannedFinishAt === null) return null;
  return timing.plannedFinishAt + carePausedMs(timing, now);
}

/** Moves to another phase; a paused run stays paused, and the new phase waits for resume. */
function goToPhase(timing: RunTiming, index: number, now: EpochMs): RunTiming {
  const isLive = timing.status === 'running' || timing.status === 'paused';
  if (!isLive || index === timing.currentIndex) return timing;
  if (index < 0 || index >= timing.phases.length) return timing;
  const phases = timing.phases.map((phase, i) => {
    if (i === timing.currentIndex) {
      const stopped = stopStretch(phase, now);
      return { ...stopped, lastEndedAt: now };
    }
    if (i === index && timing.status === 'running') return startStretch(phase, now);
    return phase;
  });
  return { ...timing, currentIndex: index, phases };
}

/** The next phase that was not skipped, or -1 when the current one is the last. */
export function nextPhaseIndex(timing: RunTiming): number {
  return timing.phases.findIndex((p, i) => i > timing.currentIndex && !p.isSkipped);
}

/** The phase before the current one that was not skipped, or -1. */
export function previousPhaseIndex(timing: RunTiming): number {
  for (let i = timing.currentIndex - 1; i >= 0; i -= 1) {
    if (!timing.phases[i]!.isSkipped) return i;
  }
  return -1;
}

export function nextPhase(timing: RunTiming, now: EpochMs): RunTiming {
  return goToPhase(timing, nextPhaseIndex(timing), now);
}

export function previousPhase(timing: RunTiming, now: EpochMs): RunTiming {
  return goToPhase(timing, previousPhaseIndex(timing), now);
}

/** Adds minutes to the current phase (a negative number takes them back, to zero). */
export function extendPhase(timing: RunTiming, minutes: number): RunTiming {
  if (timing.status === 'finished') return timing;
  return {
    ...timing,
    phases: updatePhase(timing, timing.currentIndex, (p) => ({
      ...p,
      extensionMs: Math.max(-p.allottedMs, p.extensionMs + minutes * MINUTE_MS),
    })),
  };
}

/** Ends the current phase now: the next one starts, or on the last phase the workshop ends. */
export function endPhaseEarly(timing: RunTiming, now: EpochMs): RunTiming {
  if (nextPhaseIndex(timing) === -1) return finishRun(timing, now);
  return nextPhase(timing, now);
}

export function finishRun(timing: RunTiming, now: EpochMs): RunTiming {
  if (timing.status === 'finished') return timing;
  const paused = timing.status === 'paused' ? Math.max(0, now - (timing.pausedAt ?? now)) : 0;
  return {
    ...timing,
    status: 'finished',
    finishedAt: now,
    plannedFinishAt: plannedFinishOf(timing, now),
    pausedAt: null,
    pauseKind: null,
    pausedTotalMs: timing.pausedTotalMs + paused,
    startedAt: timing.startedAt ?? now,
    phases: updatePhase(timing, timing.currentIndex, (p) => ({
      ...stopStretch(p, now),
      lastEndedAt: p.firstStartedAt === null ? null : now,
    })),
  };
}

/** What every display shows, computed from the timing and the time now. */
export interface RunView {
  status: RunTiming['status'];
  currentIndex: number;
  current: RunPhase | undefined;
  next: RunPhase | undefined;
  /** Time left in the current phase; negative once it has run over. */
  timeLeftMs: number;
  /** Running time in the current phase. */
  phaseElapsedMs: number;
  /** 0 to 1: the share of the workshop's time used, by phase. */
  progress: number;
  plannedFinishAt: EpochMs;
  projectedFinishAt: EpochMs;
  /** Projected finish minus planned finish: positive means running late. */
  overrunMs: number;
  /** The zone the clock times are shown in: the group's. */
  timeZone: string;
}

export function viewRun(timing: RunTiming, now: EpochMs): RunView {
  const { phases, currentIndex } = timing;
  const current = phases[currentIndex];
  const total = totalLengthMs(timing);
  const elapsed = current ? phaseElapsedMs(current, now) : 0;
  const timeLeftMs = current ? phaseLengthMs(current) - elapsed : 0;
  // Before the start, the finish the start would plan: the booked end, on the workshop's day.
  const plannedFinishAt = plannedFinishOf(timing, now) ?? plannedFinishFor(timing, now);

  let used = 0;
  phases.forEach((phase, i) => {
    const length = phaseLengthMs(phase);
    if (i < currentIndex) used += length;
    else if (i === currentIndex) used += Math.min(length, phaseElapsedMs(phase, now));
  });
  const progress = timing.status === 'finished' ? 1 : total === 0 ? 0 : Math.min(1, used / total);

  let projectedFinishAt: EpochMs;
  if (timing.status === 'finished') projectedFinishAt = timing.finishedAt ?? now;
  else {
    const later = phases
      .slice(currentIndex + 1)
      .reduce(
        (sum, phase) => sum + Math.max(0, phaseLengthMs(phase) - phaseElapsedMs(phase, now)),
        0,
      );
    projectedFinishAt = now + Math.max(0, timeLeftMs) + later;
  }

  return {
    status: timing.status,
    currentIndex,
    current,
    next: phases[nextPhaseIndex(timing)],
    timeLeftMs,
    phaseElapsedMs: elapsed,
    progress,
    plannedFinishAt,
    projectedFinishAt,
    overrunMs: projectedFinishAt - plannedFinishAt,
    timeZone: timingTimeZone(timing),
  };
}

/** "12:05", "1:02:03"; whole seconds rounded up, so a countdown reaches 0:00 only at zero. */
export function formatCountdown(ms: number): string {
  const seconds = Math.ceil(Math.abs(ms) / 1000 - 1e-9);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** The cue due now for the current phase: two minutes left, or time is up. */
export type PhaseCue = 'none' | 'soon' | 'over';

const WARNING_BEFORE_MS = 2 * MINUTE_MS;

export function cueFor(view: RunView): PhaseCue {
  if (view.status !== 'running' && view.status !== 'paused') return 'none';
  if (view.timeLeftMs <= 0) return 'over';
  if (view.timeLeftMs <= WARNING_BEFORE_MS) return 'soon';
  return 'none';
}

/** Reads timing back from storage or a message, rejecting anything malformed. */
export function parseTiming(value: unknown): RunTiming | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const timing = value as RunTiming;
  if (!Array.isArray(timing.phases) || typeof timing.currentIndex !== 'number') return undefined;
  return timing;
}

/** How far back the clock may step between two looks before the facilitator is told. */
const CLOCK_STEP_BACK_LIMIT_MS = 60_000;

/**
 * True when the device clock has gone back (set by hand, or a bad network time): the timer
 * never shows negative time, but the facilitator should check it (R-5.3). A clock that
 * jumps forward is a tablet waking from sleep, and needs no warning.
 */
export function clockWentBack(previousNow: EpochMs, now: EpochMs): boolean {
  return previousNow - now > CLOCK_STEP_BACK_LIMIT_MS;
}
