// Rebalancing a late workshop: the time left is shared among the remaining phases in
// proportion to their length, never below a minimum each and never longer than before,
// so the workshop still ends on time. When even the minimums do not fit, nothing changes
// and the projected overrun is reported instead.
import { phaseElapsedMs, phaseLengthMs } from './run-timer';
import type { EpochMs, RunTiming } from './types';

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

/** Applies shrinkToFit to the current phase's time left and every later phase. */
export function rebalanceRun(
  timing: RunTiming,
  now: EpochMs,
  minimumMs = DEFAULT_MINIMUM_PHASE_MS,
): { timing: RunTiming; result: RebalanceResult } {
  const { currentIndex } = timing;
  const remaining = timing.phases.slice(currentIndex).map((phase) => {
    return Math.max(0, phaseLengthMs(phase) - phaseElapsedMs(phase, now));
  });
  const availableMs = Math.max(0, (timing.plannedFinishAt ?? now) - now);
  const result = shrinkToFit(remaining, availableMs, minimumMs);
  if (!result.fits) return { timing, result };
  const phases = timing.phases.map((phase, i) => {
    if (i < currentIndex) return phase;
    const left = result.durations[i - currentIndex]!;
    // The phase's new length is what it has used plus its new share; extensions fold in.
    return { ...phase, allottedMs: phaseElapsedMs(phase, now) + left, extensionMs: 0 };
  });
  return { timing: { ...timing, phases }, result };
}
