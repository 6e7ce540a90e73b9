import type { Clock } from '../../src/domain/clock';

/** A clock that only moves when told to. */
export function createFakeClock(start = Date.UTC(2026, 3, 14, 8, 30)) {
  let now = start;
  const clock: Clock & { advance(ms: number): void; set(ms: number): void } = {
    now: () => now,
    advance(ms) {
      now += ms;
    },
    set(ms) {
      now = ms;
    },
  };
  return clock;
}
