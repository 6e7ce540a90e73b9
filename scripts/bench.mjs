// The app's performance benchmark in real Chromium (`npm run bench`; not part of `npm test`).
// Builds if needed and serves the build. First the run screen: scripting per second of a
// running workshop at 4× CPU slow-down (scripts/bench-run.mjs). Then the journal: sets up a
// journal, seeds 10,000 sealed entries of about 1.5 KB, and prints: key derivation; first 50
// listed after unlock; a full-text search; saving an entry; page memory; backup and restore
// with their progress, the longest main-thread task during a restore, and two hostile files
// (a million records, a gzip bomb) refused without stalling the page. Before all that, with
// no browser, the identifying-details check over its fabricated corpus: how much it catches,
// how many ordinary sentences it flags, its time per sentence (scripts/bench-identifying.mjs).
// Then the group file (scripts/bench-group.mjs). `npm run bench -- run` measures the run
// screen alone; `npm run bench -- identifying` the check alone; `npm run bench -- group` the
// group file alone.
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webcrypto as crypto } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { argon2id } from 'hash-wasm';
import { benchIdentifyingDetails } from './bench-identifying.mjs';
import { benchGroupFile } from './bench-group.mjs';
import { benchRunScreen } from './bench-run.mjs';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { createStaticServer } from './serve.mjs';

const COUNT = Number(process.env.BENCH_ENTRIES ?? 10_000);
const PASSPHRASE = 'maple lantern orbit seventeen';
const SEARCH_WORD = 'grandmother';
const WORDS = (
  'visit family child school worker plan meeting court report parent carer health ' +
  'supervision risk safety contact review team manager concern support service home ' +
  'assessment feelings voice trust boundary decision evidence practice reflection'
).split(' ');

const results = [];
function report(name, value, target) {
  const ok = target === undefined ? '' : value <= target ? '  ok' : '  OVER TARGET';
  const limit = target === undefined ? '' : ` (target ≤ ${target} ms)`;
  results.push(`${name.padEnd(40)} ${value.toFixed(1).padStart(9)} ms${limit}${ok}`);
  console.log(results.at(-1));
}

/** A line for the summary as it is, not a time. */
function note(line) {
  results.push(line);
  console.log(line);
}

const isRunOnly = process.argv.includes('run');
if (!isRunOnly && !process.argv.includes('group')) await benchIdentifyingDetails({ note });
if (process.argv.includes('identifying')) {
  console.log(`\nSummary\n${results.join('\n')}`);
  process.exit(0);
}

if (!existsSync('dist/index.html')) execSync('npm run build', { stdio: 'inherit' });
const { server } = createStaticServer({ root: 'dist' });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

const measures = (page, name) =>
  page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);

/** Records each value a <progress> takes, so the report shows steady progress. */
const watchProgress = (page) =>
  page.evaluate(() => {
    window.__progress = [];
    new MutationObserver(() => {
      const bar = document.querySelector('progress');
      if (bar && window.__progress.at(-1) !== bar.value) window.__progress.push(bar.value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });

/** A page that records every long task (> 50 ms) on its main thread, from its first moment. */
async function newWatchedPage(browser, context) {
  const page = await (context ?? (await browser.newContext())).newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__longTasks.push([Math.round(entry.startTime), Math.round(entry.duration)]);
      }
    }).observe({ type: 'longtask', buffered: true });
  });
  return page;
}

/** From now on: tasks that started earlier (the page's own start-up) are not counted. */
const resetLongTasks = (page) => page.evaluate(() => (window.__since = performance.now()));
const longestTask = (page) =>
  page.evaluate(() =>
    Math.max(
      0,
      ...window.__longTasks
        .filter(([start]) => start >= (window.__since ?? 0))
        .map(([, duration]) => duration),
    ),
  );

const TMP = mkdtempSync(join(tmpdir(), 'bench-'));

/**
 * Files are handed to the page by path: a buffer would be decoded by script in the page
 * itself, a long task of the harness's making, not the app's.
 */
function onDisk(name, buffer) {
  const path = join(TMP, name);
  writeFileSync(path, buffer);
  return path;
}

/** A backup-shaped file of a million small records: far past any journal. */
function millionRowFile() {
  const row = '["r",1,"AAAAAAAAAAAAAAAA","AAAAAAAAAAAAAAAAAAAAAA==",0]';
  const rows = new Array(1_000_000).fill(row).join(',');
  return Buffer.from(
    `{"format":"breathing-space/encrypted-journal-backup","version":1,"createdAt":0,` +
      `"vault":{"id":"v","createdAt":0,"format":1,"label":"x","kdf":{"algorithm":"pbkdf2-sha256",` +
      `"iterations":600000,"salt":"AAAAAAAAAAAAAAAAAAAAAA=="},"passphraseWrap":"${'A'.repeat(54)}==",` +
      `"recoveryWrap":"${'A'.repeat(54)}=="},"count":1000000,"records":{"journalEntries":[${rows}]}}`,
  );
}

function entryText(i, random) {
  const words = [];
  while (words.join(' ').length < 1_450) words.push(WORDS[Math.floor(random() * WORDS.length)]);
  if (i % 100 === 7) words.splice(20, 0, SEARCH_WORD);
  return words.join(' ');
}

function seededRandom(seed) {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

async function sealEntries(header) {
  const raw = await argon2id({
    password: PASSPHRASE.normalize('NFKC'),
    salt: Uint8Array.from(header.kdf.salt),
    memorySize: header.kdf.memoryKiB,
    iterations: header.kdf.iterations,
    parallelism: header.kdf.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
  const kek = await crypto.subtle.importKey('raw', raw, 'AES-KW', false, ['unwrapKey']);
  const key = await crypto.subtle.unwrapKey(
    'raw',
    Uint8Array.from(header.passphraseWrap),
    kek,
    'AES-KW',
    { name: 'AES-GCM' },
    false,
    ['encrypt'],
  );
  const random = seededRandom(42);
  const start = Date.now() - 5 * 365 * 86_400_000;
  const rows = [];
  for (let i = 0; i < COUNT; i += 1) {
    const id = `bench-${i}`;
    const at = start + Math.floor((i / COUNT) * 5 * 365 * 86_400_000);
    const entry = {
      id,
      templateId: 'free-writing',
      date: new Date(at).toISOString().slice(0, 10),
      title: `Reflection ${i}`,
      answers: { text: entryText(i, random) },
      tags: [WORDS[i % WORDS.length]],
      feelings: [{ name: 'calm', intensity: 2 }],
      values: ['honesty'],
      links: { workshopId: null, incidentId: null, literatureId: null },
      createdAt: at,
      updatedAt: at,
    };
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const additionalData = new TextEncoder().encode(
      `breathing-space/sealed|${header.id}|journal-entry|${id}|1`,
    );
    const ct = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData },
      key,
      new TextEncoder().encode(JSON.stringify(entry)),
    );
    rows.push({
      id,
      iv: Buffer.from(iv).toString('base64'),
      ct: Buffer.from(ct).toString('base64'),
      updatedAt: at,
    });
  }
  return rows;
}

async function writeRows(page, vaultId, rows) {
  for (let i = 0; i < rows.length; i += 1_000) {
    await page.evaluate(
      async ({ batch, vaultId: vid }) => {
        const decode = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const db = await new Promise((resolve, reject) => {
          const request = indexedDB.open('breathing-space');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const tx = db.transaction('journalEntries', 'readwrite');
        for (const row of batch) {
          tx.objectStore('journalEntries').put({
            id: row.id,
            vaultId: vid,
            kind: 'journal-entry',
            v: 1,
            iv: decode(row.iv),
            ct: decode(row.ct).buffer,
            updatedAt: row.updatedAt,
          });
        }
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { batch: rows.slice(i, i + 1_000), vaultId },
    );
  }
}

async function unlock(page) {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.evaluate(() => {
    window.__firstPageAt = null;
    new MutationObserver((_, observer) => {
      if (document.querySelectorAll('.timeline-entry').length >= 50) {
        window.__firstPageAt = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { subtree: true, childList: true });
  });
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.waitForFunction(() => window.__firstPageAt !== null, null, { timeout: 60_000 });
  const unlockedAt = await page.evaluate(
    () => performance.getEntriesByName('vault:unlocked').at(-1).startTime,
  );
  return (await page.evaluate(() => window.__firstPageAt)) - unlockedAt;
}

const isGroupOnly = process.argv.includes('group');
try {
  if (!isGroupOnly) await benchRunScreen({ browser, base, report });
  if (!isRunOnly) await benchGroupFile({ browser, base, tmp: TMP, report, note });
  if (!isRunOnly && !isGroupOnly) await benchJournal();
} finally {
  await browser.close();
  server.close();
  rmSync(TMP, { recursive: true, force: true });
}

console.log(`\nSummary\n${results.join('\n')}`);

async function benchJournal() {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${base}#/journal`);
  await page.getByLabel('Name for this journal').fill('Bench');
  await page.getByRole('radio', { name: 'No, only I use it' }).check();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Passphrase again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Set up journal' }).click();
  await page.getByTestId('recovery-key').waitFor({ timeout: 60_000 });
  report('Key derivation (Argon2id, set-up)', (await measures(page, 'vault:kdf'))[0]);
  await page.getByLabel('I have printed or written down my recovery key').check();
  await page.getByRole('button', { name: 'Open my journal' }).click();
  await page.getByRole('button', { name: 'Lock now' }).waitFor();

  const header = await page.evaluate(async () => {
    const db = await new Promise((resolve) => {
      const request = indexedDB.open('breathing-space');
      request.onsuccess = () => resolve(request.result);
    });
    const vault = await new Promise((resolve) => {
      const request = db.transaction('vaults').objectStore('vaults').getAll();
      request.onsuccess = () => resolve(request.result[0]);
    });
    db.close();
    return {
      id: vault.id,
      kdf: { ...vault.kdf, salt: Array.from(vault.kdf.salt) },
      passphraseWrap: Array.from(vault.passphraseWrap),
    };
  });
  console.log(`Seeding ${COUNT} sealed entries of about 1.5 KB…`);
  await writeRows(page, header.id, await sealEntries(header));

  await page.reload();
  const firstPage = await unlock(page);
  report('Key derivation (Argon2id, unlock)', (await measures(page, 'vault:kdf')).at(-1));
  report('First 50 listed after unlock', firstPage, 300);
  await page.waitForFunction(
    () => performance.getEntriesByName('journal:all-open').length > 0,
    null,
    {
      timeout: 120_000,
    },
  );
  const allOpen = await page.evaluate(
    () =>
      performance.getEntriesByName('journal:all-open')[0].startTime -
      performance.getEntriesByName('vault:unlocked').at(-1).startTime,
  );
  report(`All ${COUNT} decrypted (in the background)`, allOpen);

  const searchMs = await page.evaluate(async (word) => {
    const input = document.getElementById('journal-search');
    const status = () => document.querySelector('[role=status].muted')?.textContent;
    const before = status();
    const start = performance.now();
    input.value = word;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (status() === before) await new Promise((resolve) => setTimeout(resolve, 0));
    return performance.now() - start;
  }, SEARCH_WORD);
  const [searchFilter] = (await measures(page, 'journal:search')).slice(-1);
  report(`Search "${SEARCH_WORD}" (filter only)`, searchFilter, 100);
  report(`Search "${SEARCH_WORD}" (to results on screen)`, searchMs, 100);
  console.log(`  ${await page.locator('[role=status].muted').textContent()}`);

  for (let i = 0; i < 3; i += 1) {
    await page.evaluate(() => (location.hash = '#/journal/new'));
    await page.locator('textarea').first().fill(`A new entry ${i} `.repeat(100));
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.getByRole('link', { name: 'New entry', exact: true }).waitFor();
  }
  const saves = await measures(page, 'journal:save');
  report('Save an entry (seal + write, median of 3)', saves.sort((a, b) => a - b)[1], 20);

  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  const line = `Page memory, journal open (JS heap used) ${(heap / 1024 / 1024).toFixed(1).padStart(9)} MB`;
  results.push(line);
  console.log(line);

  await page.evaluate(() => (location.hash = '#/journal/backup'));
  await watchProgress(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make a backup file' }).click();
  const file = readFileSync(await (await downloading).path());
  if (process.env.BENCH_DEBUG) writeFileSync('/tmp/bench-backup.bsbackup', file);
  report(`Backup of ${COUNT} entries`, (await measures(page, 'journal:backup'))[0], 5_000);
  report(
    '  then its check (read back, every record opened)',
    (await measures(page, 'journal:backup:check'))[0],
  );
  console.log(
    `  file ${(file.length / 1024 / 1024).toFixed(1)} MB; progress: ${(await page.evaluate(() => window.__progress)).join(' → ')}%`,
  );

  // Restore in a fresh profile: read and check the file (a worker), open it (key derivation,
  // every record opened and checked), then write. The page must never stall: the longest
  // main-thread task over the whole restore is reported (target ≤ 200 ms).
  const second = await newWatchedPage(browser);
  await second.goto(`${base}#/journal/restore`);
  await watchProgress(second);
  await resetLongTasks(second);
  await second
    .getByLabel('Backup file', { exact: true })
    .setInputFiles(onDisk('backup.bsbackup', file));
  await second.getByText('Holds').waitFor({ timeout: 60_000 });
  await second.getByLabel('Passphrase of the backed-up journal').fill(PASSPHRASE);
  await second.getByRole('button', { name: 'Open the backup' }).click();
  await second.getByRole('button', { name: 'Add the journal' }).click({ timeout: 120_000 });
  await second.getByRole('button', { name: 'Lock now' }).waitFor({ timeout: 120_000 });
  const [read] = await measures(second, 'journal:restore:read');
  const [opening] = await measures(second, 'journal:restore:open');
  const [writing] = await measures(second, 'journal:restore:write');
  report(`Restore of ${COUNT} entries (read + open + write)`, read + opening + writing, 5_000);
  report('  of which reading and checking the file', read);
  report('  of which key derivation', (await measures(second, 'vault:kdf'))[0]);
  report('  of which opening and checking every record', opening);
  report('  of which the one write transaction', writing);
  report('  longest main-thread task during restore', await longestTask(second), 200);
  if (process.env.BENCH_DEBUG) {
    console.log(
      await second.evaluate(() =>
        JSON.stringify({
          tasks: window.__longTasks,
          measures: performance
            .getEntriesByType('measure')
            .map((m) => [m.name, Math.round(m.startTime), Math.round(m.duration)]),
        }),
      ),
    );
  }
  const steps = await second.evaluate(() => window.__progress);
  console.log(`  progress (${steps.length} steps): ${steps.join(' → ')}%`);

  // The same backup into the journal it came from, as its owner would: merge, then replace
  // (with its safety copy), then Undo restore. None may stall the page.
  await page.close();
  const owner = await newWatchedPage(browser, context);
  await owner.goto(`${base}#/journal`);
  await unlock(owner);
  for (const [mode, button] of [
    ['merge', 'Merge the backup'],
    ['replace', 'Replace with the backup'],
  ]) {
    await owner.evaluate(() => (location.hash = '#/journal/restore'));
    await owner
      .getByLabel('Backup file', { exact: true })
      .setInputFiles(onDisk('backup.bsbackup', file));
    await owner.getByText('Holds').waitFor({ timeout: 60_000 });
    await owner.getByLabel('Passphrase of the backed-up journal').fill(PASSPHRASE);
    await resetLongTasks(owner);
    await owner.getByRole('button', { name: 'Open the backup' }).click();
    if (mode === 'replace')
      await owner.getByLabel('Replace with the backup').check({ timeout: 120_000 });
    await owner.getByRole('button', { name: button }).click({ timeout: 120_000 });
    await owner.getByRole('button', { name: 'Lock now' }).waitFor({ timeout: 120_000 });
    const [writing] = (await measures(owner, 'journal:restore:write')).slice(-1);
    report(`${mode === 'merge' ? 'Merge' : 'Replace'} into the same journal: the write`, writing);
    report('  longest main-thread task from Open to done', await longestTask(owner), 200);
  }
  await resetLongTasks(owner);
  const undoStarted = Date.now();
  await owner.getByRole('button', { name: 'Undo restore' }).click();
  await owner.getByText('Restore undone').waitFor({ timeout: 120_000 });
  report('Undo restore (10,000 entries back)', Date.now() - undoStarted);
  report('  longest main-thread task meanwhile', await longestTask(owner), 200);

  // Hostile files: refused, and the page stays responsive while they are read.
  const hostile = await newWatchedPage(browser);
  await hostile.goto(`${base}#/journal/restore`);
  for (const [name, buffer] of [
    ['A file of a million records', millionRowFile()],
    ['A gzip bomb (300 MB unpacked)', gzipSync(Buffer.alloc(300 * 1024 * 1024, 32))],
  ]) {
    // A fresh screen each time, so the refusal read is this file's.
    await hostile.reload();
    await hostile.getByLabel('Backup file', { exact: true }).waitFor();
    await resetLongTasks(hostile);
    const started = Date.now();
    await hostile
      .getByLabel('Backup file', { exact: true })
      .setInputFiles(onDisk('hostile.bsbackup', buffer));
    await hostile.getByRole('alert').waitFor({ timeout: 120_000 });
    const refusal = await hostile.getByRole('alert').textContent();
    report(`${name}: refused after`, Date.now() - started);
    report('  longest main-thread task meanwhile', await longestTask(hostile), 200);
    console.log(`  ${(buffer.length / 1024 / 1024).toFixed(1)} MB file: “${refusal}”`);
  }
}
