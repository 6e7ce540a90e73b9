// The first screen's code and styles are named in index.html, so the browser fetches them
// beside the shell's instead of after the shell has run (one round trip less before Plan).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '../../dist');

describe('index.html', () => {
  it("names Plan's first-screen code and stylesheet beside the shell's", () => {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error('Build the app first');
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const links = [
      ...html.matchAll(/<link rel="(modulepreload|stylesheet)"[^>]* href="\.\/([^"]+)"/g),
    ];
    const named = (rel: string) => links.filter(([, r]) => r === rel).map(([, , href]) => href!);
    expect(named('modulepreload')).toContainEqual(
      expect.stringMatching(/^assets\/PlanScreen-.*\.js$/),
    );
    expect(named('stylesheet')).toContainEqual(
      expect.stringMatching(/^assets\/PlanScreen-.*\.css$/),
    );
    // Not the screens behind it, nor the database code, which follow the first paint.
    expect(named('modulepreload').join(' ')).not.toMatch(/PlanPages|dexie/);
    for (const href of [...named('modulepreload'), ...named('stylesheet')]) {
      expect(existsSync(join(DIST, href)), href).toBe(true);
    }
  });
});
