// Storage failures, translated into errors the UI can explain without leaking content.

/** The device has no room left: the write did not happen, and earlier data is intact. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor() {
    super('There is no storage space left on this device, so this change was not saved.');
  }
}

/** The database connection was closed under us (another tab upgraded it, or the OS did). */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  constructor() {
    super('The app lost its connection to this device’s storage. Reload to carry on.');
  }
}

interface MaybeWrapped {
  name?: unknown;
  inner?: unknown;
}

/** True for a quota error, including Dexie's AbortError that carries one as `inner`. */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const { name, inner } = current as MaybeWrapped;
    if (name === 'QuotaExceededError') return true;
    current = inner;
  }
  return false;
}

function isClosedError(error: unknown): boolean {
  const name = (error as MaybeWrapped | null)?.name;
  return name === 'DatabaseClosedError' || name === 'InvalidStateError';
}

/** Runs a write and turns the platform's failures into typed errors; never swallows one. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError();
    if (isClosedError(error)) throw new DatabaseUnavailableError();
    throw error;
  }
}
