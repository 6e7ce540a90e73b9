// Serves a copy of the app with scripts/serve.mjs (the real security headers), on a port
// of its own, and can go away and come back as a network would.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createStaticServer } from '../../scripts/serve.mjs';

export interface AppServer {
  /** Where the app is, ending in "/". */
  url: string;
  /** Stops listening and drops every connection: the browser's requests are refused. */
  stop(): Promise<void>;
  /** Listens again, at the same address. */
  start(): Promise<void>;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

export async function serveApp(root: string): Promise<AppServer> {
  const { server } = createStaticServer({ root });
  await listen(server, 0);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    start: () => (server.listening ? Promise.resolve() : listen(server, port)),
  };
}
