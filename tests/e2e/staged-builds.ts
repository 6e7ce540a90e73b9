// Two builds of the app served from one address, swapped as a redeploy would: for the
// update tests (RELIABILITY T-2.3, T-2.5).
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { TestInfo } from '@playwright/test';
import { createStaticServer } from '../../scripts/serve.mjs';
import { ALSO_SERVES } from './support';

const DIST = join(import.meta.dirname, '../../dist');

export interface StagedBuilds {
  buildA: string;
  buildB: string;
  /** Where the app is served, ending in "/". */
  origin: string;
  /** Serves build B from now on. */
  deployB(): void;
  close(): void;
}

/**
 * Serves build A (today's dist/) and prepares build B from it with `change`. The test's
 * request check is told about this second origin.
 */
export async function serveTwoBuilds(
  testInfo: TestInfo,
  change: (buildB: string) => void,
): Promise<StagedBuilds> {
  const folder = mkdtempSync(join(tmpdir(), 'breathing-space-update-'));
  const buildA = join(folder, 'a');
  const buildB = join(folder, 'b');
  cpSync(DIST, buildA, { recursive: true });
  cpSync(DIST, buildB, { recursive: true });
  change(buildB);
  const { server, setRoot } = createStaticServer({ root: buildA });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  testInfo.annotations.push({ type: ALSO_SERVES, description: new URL(origin).origin });
  return {
    buildA,
    buildB,
    origin,
    deployB: () => setRoot(buildB),
    close() {
      server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A redeploy that changed only the entry page: the same code files, a new revision. */
export function changeEntryPage(build: string): void {
  const html = readFileSync(join(build, 'index.html'), 'utf8');
  writeFileSync(
    join(build, 'index.html'),
    html.replace('<title>', '<meta name="build" content="B" /><title>'),
  );
  const sw = readFileSync(join(build, 'sw.js'), 'utf8');
  const updated = sw.replace(/("revision":")[^"]*(","url":"index\.html")/, '$1build-b$2');
  if (updated === sw) throw new Error('The entry page is missing from the precache list');
  writeFileSync(join(build, 'sw.js'), updated);
}

/**
 * A redeploy that changed the code: every hashed file gets a new name, as a rebuild gives
 * it, and the previous names are gone from the server.
 */
export function renameCodeFiles(build: string): void {
  changeEntryPage(build);
  const assets = join(build, 'assets');
  const names = readdirSync(assets);
  const renamed = new Map(names.map((name) => [name, name.replace(/(\.[a-z]+)$/, 'b$1')]));
  for (const [from, to] of renamed) renameSync(join(assets, from), join(assets, to));
  const pattern = new RegExp(
    names.map((name) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'),
    'g',
  );
  const textFiles = [
    'index.html',
    'sw.js',
    ...[...renamed.values()]
      .filter((name) => /\.(js|css)$/.test(name))
      .map((name) => `assets/${name}`),
  ];
  for (const file of textFiles) {
    const path = join(build, file);
    const text = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      text.replace(pattern, (name) => renamed.get(name)!),
    );
  }
}
