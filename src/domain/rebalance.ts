// Rebalancing a late workshop: the time left is shared among the remaining phases the
// facilitator lets give time, in proportion to their length, never below a minimum each
// and never longer than before, so the workshop still ends on time. When even the minimums do not fit, nothing changes
// and the projected overrun is reported instead.
import { isProtectedFromCuts } from './agenda';
import { phaseElapsedMs, phaseLengthMs, plannedFinishOf } from './run-timer';
import type { EpochMs, RunPhase, RunTiming } from './types';

const DEFAULT_MINIMUM_PHASE_MS = 5 * 60_000;

export type RebalanceResult =
  { fits: true; durations: number[] } | { fits: false; overrunMs: number };

/**
 * Shrinks durations (ms) in proportion so they add up to at most `availableMs`. A phase
 * shorter than the minimum keeps its length; none goes below the minimum. Whole seconds.
 */
export function shrinkToFit(
  durations: readonly number[],
  availableMs: number,
  minimumMs: number,
): RebalanceResult {
  const total = durations.reduce((sum, d) => sum + d, 0);
  if (total <= availableMs) return { fits: true, durations: [...durations] };
  const floors = durations.map((d) => Math.min(d, minimumMs));
  const floorTotal = floors.reduce((sum, d) => sum + d, 0);
  if (floorTotal > availableMs) return { fits: false, overrunMs: total - availableMs };

  // Water-filling: scale the flexible phases; any that would fall under its floor is fixed
  // at the floor, and the rest are scaled again.
  const fixed = new Set<number>();
  let scaled: number[] = [...durations];
  for (;;) {
    const fixedTotal = [...fixed].reduce((sum, i) => sum + floors[i]!, 0);
    const flexibleTotal = durations.reduce((sum, d, i) => (fixed.has(i) ? sum : sum + d), 0);
    const scale = flexibleTotal === 0 ? 0 : (availableMs - fixedTotal) / flexibleTotal;
    scaled = durations.map((d, i) => (fixed.has(i) ? floors[i]! : d * scale));
    const under = scaled.findIndex((d, i) => !fixed.has(i) && d < floors[i]!);
    if (under === -1) break;
    fixed.add(under);
  }
  // Whole seconds, rounded down so the total never exceeds what is available.
  return { fits: true, durations: scaled.map((d) => Math.floor(d / 1000) * 1000) };
}

/**
 * The phases still to come (the current one included) that may give time by default: all
 * but individual reflection (isProtectedFromCuts).
 */
export function defaultGivers(timing: RunTiming): Set<string> {
  return new Set(
    remainingPhases(timing)
      .filter((phase) => !isProtectedFromCuts(phase.kind))
      .map((phase) => phase.id),
  );
}

/** The phases still to come, the current one included, less any skipped. */
export function remainingPhases(timing: RunTiming): RunPhase[] {
  return timing.phases.filter((phase, i) => i >= timing.currentIndex && !phase.isSkipped);
}

export interface RebalanceOptions {
  /** Ids of the remaining phases that may be shortened; the rest keep their time left. */
  givers?: ReadonlySet<string>;
  minimumMs?: number;
}

/**
 * Shares the time left before the planned finish among the current phase and the later
 * ones: the phases that give time shrink in proportion (shrinkToFit), the others keep what
 * they have left. Past phases, and time already spent, never change.
 */
export function rebalanceRun(
  timing: RunTiming,
  now: EpochMs,
  { givers = defaultGivers(timing), minimumMs = DEFAULT_MINIMUM_PHASE_MS }: RebalanceOptions = {},
): { timing: RunTiming; result: RebalanceResult } {
  const timeLeft = (phase: RunPhase) =>
    Math.max(0, phaseLengthMs(phase) - phaseElapsedMs(phase, now));
  const remaining = remainingPhases(timing);
  const giving = remaining.filter((phase) => givers.has(phase.id));
  const keptMs = remaining
    .filter((phase) => !givers.has(phase.id))
    .reduce((sum, phase) => sum + timeLeft(phase), 0);
  const availableMs = Math.max(0, (plannedFinishOf(timing, now) ?? now) - now);
  const givingMs = giving.map(timeLeft);
  const result =
    keptMs > availableMs
      ? { fits: false as const, overrunMs: keptMs + sum(givingMs) - availableMs }
      : shrinkToFit(givingMs, availableMs - keptMs, minimumMs);
  if (!result.fits) return { timing, result };
  const shares = new Map(giving.map((phase, i) => [phase.id, result.durations[i]!]));
  const phases = timing.phases.map((phase) => {
    const left = shares.get(phase.id);
    if (left === undefined) return phase;
    // The phase's new length is what it has used plus its new share; extensions fold in.
    return { ...phase, allottedMs: phaseElapsedMs(phase, now) + left, extensionMs: 0 };
  });
  return { timing: { ...timing, phases }, result };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
