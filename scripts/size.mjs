// Prints the shell's initial-load size (what index.html loads before any section) and fails
// past the budget: every byte ships to a tablet on venue wifi.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = { js: 60 * 1024, css: 15 * 1024 };
const DIST = new URL('../dist/', import.meta.url).pathname;

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const refs = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.\/([^"]+)"/g)].map(
  (m) => m[1],
);
const gzipped = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

const js = refs.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipped(f), 0);
const css = refs.filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + gzipped(f), 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(`Initial JavaScript: ${kb(js)} gzip (budget ${kb(BUDGET.js)})`);
console.log(`Initial CSS:        ${kb(css)} gzip (budget ${kb(BUDGET.css)})`);
if (js > BUDGET.js || css > BUDGET.css) {
  console.error('Over budget.');
  process.exit(1);
}
