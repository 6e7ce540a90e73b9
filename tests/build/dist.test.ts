// Checks the production build without a browser: everything is precached, nothing points
// off the origin. Runs after `npm run build` (the test command builds first).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '../../dist');
const MAX_PRECACHED_BYTES = 2 * 1024 * 1024;
/**
 * URLs that may appear in built code because nothing ever fetches them: XML namespaces, and
 * the documentation links inside Dexie's and Workbox's error messages and hash-wasm's licence banner (text,
 * never requested).
 */
const ALLOWED_URLS = [
  /^https?:\/\/www\.w3\.org\//,
  /^https:\/\/tinyurl\.com\/y2uuvskb$/,
  /^http:\/\/bit\.ly\/2kdckMn$/,
  /^https:\/\/bit\.ly\/wb-precache$/,
  /^https:\/\/www\.npmjs\.com\/package\/hash-wasm$/,
];

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [relative(DIST, path)];
  });
}

function precacheList(): { url: string; revision: string | null }[] {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const entries = [...sw.matchAll(/\{"revision":(null|"[^"]*"),"url":"([^"]+)"\}/g)];
  return entries.map(([, revision, url]) => ({
    url: url!,
    revision: revision === 'null' ? null : JSON.parse(revision!),
  }));
}

let files: string[] = [];

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('Build the app first: npm run build');
  files = filesIn(DIST);
});

describe('the built app', () => {
  it('precaches every file it ships, except the service worker itself', () => {
    const precached = precacheList().map((entry) => entry.url);
    expect(precached.length).toBeGreaterThan(5);
    expect(new Set(precached).size).toBe(precached.length);
    expect([...precached].sort()).toEqual(files.filter((f) => f !== 'sw.js').sort());
  });

  it('keeps every precached file under the size the service worker accepts', () => {
    for (const file of files) {
      expect(statSync(join(DIST, file)).size, file).toBeLessThan(MAX_PRECACHED_BYTES);
    }
  });

  it('uses only relative URLs in index.html and the precache list', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(3);
    for (const url of [...urls, ...precacheList().map((e) => e.url)]) {
      expect(url, url).not.toMatch(/^(\/|[a-z]+:|\/\/)/i);
    }
  });

  it('declares a Content-Security-Policy that allows one inline script, by its hash', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).toMatch(/default-src &#39;none&#39;|default-src 'none'/);
    const policy = /script-src([^;"]*)/.exec(html.replaceAll('&#39;', "'"))?.[1] ?? '';
    expect(policy).not.toContain("'unsafe-inline'");
    // The first screen's boot script, the only one, is allowed by its hash; nothing else inline.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
    expect(inline).toHaveLength(1);
    for (const [, code] of inline) {
      const hash = createHash('sha256').update(code!).digest('base64');
      expect(policy).toContain(`'sha256-${hash}'`);
    }
  });

  it('names no other origin anywhere in its code', () => {
    for (const file of files.filter((f) => /\.(js|html|css|webmanifest)$/.test(f))) {
      const text = readFileSync(join(DIST, file), 'utf8');
      const urls = [...text.matchAll(/https?:\/\/[^\s"'`)<>]+/g)].map((m) => m[0]);
      expect(
        urls.filter((url) => !ALLOWED_URLS.some((allowed) => allowed.test(url))),
        file,
      ).toEqual([]);
    }
  });

  it('ships a manifest that installs under any sub-path', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({
      name: 'Breathing Space',
      display: 'standalone',
      start_url: './',
      scope: './',
    });
    for (const icon of manifest.icons) expect(files).toContain(icon.src);
  });
});
