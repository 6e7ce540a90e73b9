/** The one source of "now": injected so timers and tests never depend on real time. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
