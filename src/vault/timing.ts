// Named timings in the browser's performance timeline, for `npm run bench` and DevTools.
// Names and durations only: never content.
export function markTiming(name: string): void {
  globalThis.performance?.mark?.(name);
}

/** Records how long `run` took under `name`, and returns its result. */
export async function timed<T>(name: string, run: () => Promise<T>): Promise<T> {
  const start = globalThis.performance?.now() ?? 0;
  try {
    return await run();
  } finally {
    globalThis.performance?.measure?.(name, { start, end: globalThis.performance.now() });
  }
}
