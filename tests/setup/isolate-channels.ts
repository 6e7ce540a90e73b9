// Node's BroadcastChannel reaches every worker thread of the process, so test files running
// side by side would hear each other's "lock" and "busy" messages, like tabs of one browser.
// Each worker gets channels of its own; within a file, "two tabs" still hear each other.
const NativeBroadcastChannel = globalThis.BroadcastChannel;
const worker = process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? '0';

if (NativeBroadcastChannel) {
  globalThis.BroadcastChannel = class extends NativeBroadcastChannel {
    constructor(name: string) {
      super(`test-worker-${worker}:${name}`);
    }
  };
}
