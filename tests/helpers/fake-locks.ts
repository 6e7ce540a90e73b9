/** An in-memory Web Locks manager shared by several "tabs", enough for the busy protocol. */
export function createFakeLockManager() {
  const held: { name: string; mode: LockMode }[] = [];
  const manager = {
    async request(
      name: string,
      options: LockOptions,
      callback: (lock: Lock | null) => Promise<unknown>,
    ) {
      const entry = { name, mode: options.mode ?? 'exclusive' };
      held.push(entry);
      try {
        return await callback({ name, mode: entry.mode } as Lock);
      } finally {
        held.splice(held.indexOf(entry), 1);
      }
    },
    async query() {
      return { held: held.map((lock) => ({ ...lock, clientId: 'test' })), pending: [] };
    },
  };
  return manager as unknown as LockManager;
}
