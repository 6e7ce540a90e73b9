// Starting the browsers' helper processes each in a process group of its own, so that
// ending one ends every process it started (MiniBrowser and its web processes, Firefox and
// its content processes), and nothing else.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createServer } from 'node:net';

export function startGroup(command: string, args: string[], options: SpawnOptions): ChildProcess {
  return spawn(command, args, { ...options, detached: true });
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (hasExited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
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

/** Waits a moment for the process to leave by itself, then ends its whole group. */
export async function stopGroup(child: ChildProcess, graceMs = 3_000): Promise<void> {
  if (child.pid === undefined) return;
  if (!(await exited(child, graceMs))) {
    signalGroup(child, 'SIGTERM');
    if (!(await exited(child, 3_000))) signalGroup(child, 'SIGKILL');
  }
  // Children of the group may outlive its leader.
  signalGroup(child, 'SIGKILL');
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
