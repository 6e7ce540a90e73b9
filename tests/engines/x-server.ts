// An X server of its own for WebKitGTK's MiniBrowser, which draws real windows: Xvfb picks
// a free display number and tells it on a pipe, so runs side by side never collide.
import type { Readable } from 'node:stream';
import { startGroup, stopGroup, tailOf } from './processes';

interface XServer {
  /** The DISPLAY value, e.g. ":1". */
  display: string;
  stop(): Promise<void>;
}

export async function startXServer(xvfb: string): Promise<XServer> {
  const server = startGroup(
    xvfb,
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const output = tailOf(server.stderr);
  const displayPipe = server.stdio[3] as Readable;
  const display = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start:\n${output()}`)), 10_000);
    displayPipe.on('data', (chunk: Buffer) => {
      text += String(chunk);
      if (!text.includes('\n')) return;
      clearTimeout(timer);
      resolve(`:${text.trim()}`);
    });
    server.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`Xvfb stopped at start:\n${output()}`));
    });
  });
  return { display, stop: () => stopGroup(server) };
}
