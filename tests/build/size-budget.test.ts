// The size budget counts what the first screen really loads in a browser, so it catches a
// chunk that grows even when index.html never names it. Runs after `npm run build`.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');

interface Report {
  budget: { js: number; css: number };
  over: boolean;
  screens: { hash: string; js: number; css: number; files: { file: string; gzip: number }[] }[];
}

function measure(dir: string) {
  const run = spawnSync(
    'node',
    ['scripts/size.mjs', `--dir=${dir}`, '--first-screen-only', '--json'],
    { cwd: ROOT, encoding: 'utf8', timeout: 90_000 },
  );
  return { status: run.status, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

let copy = '';

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('Build the app first: npm run build');
  copy = mkdtempSync(join(tmpdir(), 'breathing-space-size-'));
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('npm run size', () => {
  it('passes the build as it is, and fails when a chunk the first screen fetches grows past the budget', () => {
    const real = measure(DIST);
    expect(real.stderr).toBe('');
    expect(real.status).toBe(0);
    const [first] = real.report.screens;
    expect(first!.js).toBeLessThanOrEqual(real.report.budget.js);

    // A chunk the app fetches at start, not one index.html names: the old budget missed these.
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const fetched = first!.files.find(({ file }) => file.endsWith('.js') && !html.includes(file));
    expect(fetched, 'a script the first screen fetches by itself').toBeDefined();

    cpSync(DIST, copy, { recursive: true });
    const chunk = join(copy, fetched!.file);
    const room = real.report.budget.js - first!.js;
    // Random text barely compresses, so a comment of it grows the chunk's gzip past the budget.
    while (gzipped(chunk) - fetched!.gzip <= room + 1024) {
      appendFileSync(chunk, `\n/* ${randomBytes(4096).toString('base64')} */`);
    }

    const grown = measure(copy);
    expect(grown.status).toBe(1);
    expect(grown.stderr).toMatch(/over budget/);
    expect(grown.report.over).toBe(true);
    expect(grown.report.screens[0]!.files.map(({ file }) => file)).toContain(fetched!.file);
  }, 180_000);
});
