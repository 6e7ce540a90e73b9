// Waiting for the page to catch up, with one budget for every step: an engine on a busy
// two-core machine is slow, a hang still fails.

export const STEP_TIMEOUT_MS = 15_000;
const POLL_MS = 100;

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Calls `attempt` until it returns something other than null or undefined, and returns it.
 * A throw counts as "not yet" until the time is up; then the last error is in the message.
 */
export async function until<T>(
  what: string,
  attempt: () => Promise<T | null | undefined>,
  timeoutMs = STEP_TIMEOUT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const result = await attempt();
      if (result !== null && result !== undefined) return result;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const why = lastError ? ` (last error: ${(lastError as Error).message ?? lastError})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${why}`);
    }
    await sleep(POLL_MS);
  }
}
