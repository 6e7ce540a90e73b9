import type { Server } from 'node:http';
export declare function createStaticServer(options: { root: string; basePath?: string }): {
  server: Server;
  setRoot(next: string): void;
};
