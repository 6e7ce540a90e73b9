// Starting the browsers' helper processes each in a process group of its own, so that
// ending one ends every process it started (MiniBrowser and its web processes, Firefox and
// its content processes), and nothing else.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createServer } from 'node:net';

/** Groups started and not yet stopped: ended when this process exits, if not before. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) signalGroup(child, 'SIGKILL');
});

export function startGroup(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  running.add(child);
  return child;
}

/** Resolves when the process has exited, or after `timeoutMs`. */
function exited(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // The group has gone already.
  }
}

/** Ends the process and its whole group: asked first, then forced after three seconds. */
export async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  signalGroup(child, 'SIGTERM');
  await exited(child, 3_000);
  // Forced, leader or not: children of the group may outlive it.
  signalGroup(child, 'SIGKILL');
  running.delete(child);
}

/** A TCP port free on the loopback just now, for a program that cannot pick its own. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The last lines a program wrote, kept to explain a failure to start. */
export function tailOf(stream: NodeJS.ReadableStream | null, keep = 20): () => string {
  const lines: string[] = [];
  stream?.on('data', (chunk: Buffer) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - keep));
  });
  return () => lines.join('\n');
}
