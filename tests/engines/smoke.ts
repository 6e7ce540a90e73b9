// The smoke scenarios, written once and run in each engine (webkit.test.ts,
// firefox.test.ts): the app loads with no error, works offline from its service worker,
// keeps data in IndexedDB, sets up, locks and unlocks a journal (Argon2id in WebAssembly,
// and PBKDF2 where WebAssembly is off), runs a workshop's clock with the room display
// following; and the smoke itself fails when the app fails at start.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './app-page';
import { copyAppRecordingErrors, copyAppWithFaultAtStart, FAULTS_AT_START } from './app-copies';
import { serveApp, type AppServer } from './app-server';
import {
  createGroup,
  expectCleanStart,
  expectClockTicks,
  expectServiceWorkerInControl,
  journalKdfs,
  lockJournal,
  runAWorkshop,
  setUpJournal,
  TIMER,
  unlockJournal,
} from './app-steps';
import type { EngineBrowser, Launcher } from './engine';
import { byLabel, byRole } from './page-queries';
import { until } from './waiting';

/** Each section's link in the navigation, and the heading of its screen. */
const SECTIONS = [
  ['Run', 'Run a workshop'],
  ['Journal', 'Journal'],
  ['Actions', 'Action cards'],
  ['Settings', 'Settings'],
  ['Plan', 'Plan'],
] as const;

export function describeSmoke(engine: string, launch: Launcher): void {
  describe(`${engine} smoke`, () => {
    let folder: string;
    let server: AppServer;
    let faulty: AppServer;
    let browser: EngineBrowser;
    /** A second browser, with WebAssembly off, for the device that cannot run Argon2id. */
    let withoutWasm: EngineBrowser;
    let app: AppPage;

    beforeAll(async () => {
      folder = mkdtempSync(join(tmpdir(), 'breathing-space-engines-'));
      copyAppRecordingErrors(join(folder, 'app'));
      mkdirSync(join(folder, 'faulty'));
      for (const [name, fault] of Object.entries(FAULTS_AT_START)) {
        copyAppWithFaultAtStart(join(folder, 'faulty', name), fault.code);
      }
      server = await serveApp(join(folder, 'app'));
      // Another origin, so the faulty copies share no storage or service worker with it.
      faulty = await serveApp(join(folder, 'faulty'));
      // Both start at once: two starts take little longer than one (much of Firefox's is
      // waiting for its own start-up tasks before it takes a session).
      const [started, startedWithoutWasm] = await Promise.allSettled([
        launch({ webAssembly: true }),
        launch({ webAssembly: false }),
      ]);
      if (started.status === 'fulfilled') browser = started.value;
      if (startedWithoutWasm.status === 'fulfilled') withoutWasm = startedWithoutWasm.value;
      for (const launched of [started, startedWithoutWasm]) {
        if (launched.status === 'rejected') throw launched.reason;
      }
      console.log(`Engine smoke in ${engine}: ${browser.version}`);
      app = new AppPage(browser.page, server.url);
    });

    afterAll(async () => {
      await Promise.all([browser?.close(), withoutWasm?.close()]);
      await server?.stop();
      await faulty?.stop();
      if (folder) rmSync(folder, { recursive: true, force: true });
    });

    it('loads, and opens each section, with no error', async () => {
      await expectCleanStart(app);
      for (const [link, heading] of SECTIONS) {
        await app.click(byRole('link', link));
        await app.seeScreen(heading);
      }
      await app.expectNoErrors();
    });

    it('registers its service worker, then reloads with the server gone', async () => {
      await app.open('#/plan');
      await expectServiceWorkerInControl(app);
      // A fresh page, settled, so nothing is still loading when the server goes.
      await app.reload();
      await app.seeScreen('Plan');
      await app.settle();
      await app.expectNoErrors();
      await server.stop();
      try {
        await expect(fetch(server.url)).rejects.toThrow();
        await app.reload();
        await app.seeScreen('Plan');
        await app.open('#/journal');
        await app.seeScreen('Journal');
        await app.expectNoErrors();
      } finally {
        await server.start();
      }
    });

    it('keeps what Plan saves in IndexedDB across a reload', async () => {
      await createGroup(app, 'Offline group');
      await app.reload();
      await app.seeScreen('First series');
      await app.open('#/plan');
      await app.see(byRole('link', 'Offline group'));
      await app.expectNoErrors();
    });

    it('sets up a journal, asked first for a passphrase', async () => {
      await setUpJournal(app);
      expect(await app.evaluate(journalKdfs)).toEqual(['argon2id']);
      await app.expectNoErrors();
    });

    it('locks and unlocks the journal with Argon2id in WebAssembly', async () => {
      await app.open('#/journal');
      const state = await until('the journal screen', async () => {
        if ((await app.textOf(byLabel('Passphrase again'))) !== null) return 'new';
        if ((await app.textOf(byRole('button', 'Lock now'))) !== null) return 'open';
        return (await app.textOf(byLabel('Passphrase'))) !== null ? 'locked' : null;
      });
      if (state === 'new') await setUpJournal(app);
      if (state !== 'locked') await lockJournal(app);
      // Locked stays locked across a reload: the key was only ever in memory.
      await app.reload();
      await app.see(byRole('heading', 'Unlock your journal'));
      await unlockJournal(app);
      expect(await app.evaluate(journalKdfs)).toEqual(['argon2id']);
      await app.expectNoErrors();
    });

    it('without WebAssembly, sets up, locks and unlocks a journal with PBKDF2', async () => {
      const device = new AppPage(withoutWasm.page, server.url);
      await device.open('#/journal');
      expect(await device.evaluate(() => typeof WebAssembly)).toBe('undefined');
      await setUpJournal(device);
      await lockJournal(device);
      await unlockJournal(device);
      expect(await device.evaluate(journalKdfs)).toEqual(['pbkdf2-sha256']);
      await device.expectNoErrors();
    });

    it('runs the clock of a workshop planned in Plan and started from Run', async () => {
      await runAWorkshop(app);
      await app.see(byRole('heading', 'Catch-up'));
      await expectClockTicks(app);
      await app.expectNoErrors();
    });

    it('shows the running workshop on the room display, which follows the run', async () => {
      await runAWorkshop(app);
      const room = new AppPage(await browser.openWindow(), server.url);
      try {
        await room.open('#/room');
        const phase = await app.see(byRole('heading', /./, 1));
        await room.seeScreen(phase);
        await expectClockTicks(room);
        await app.click(byRole('button', 'End phase now, go to next'));
        const next = await until('the next phase', async () => {
          const now = await app.textOf(byRole('heading', /./, 1));
          return now !== phase ? now : null;
        });
        await room.seeScreen(next!);
        await room.see(TIMER);
        await room.expectNoErrors();
        await app.expectNoErrors();
      } finally {
        await room.page.close();
      }
    });

    it('fails when the app throws at start', async () => {
      for (const [name, fault] of Object.entries(FAULTS_AT_START)) {
        const broken = new AppPage(browser.page, `${faulty.url}${name}/index.html`);
        await expect(expectCleanStart(broken), name).rejects.toThrow(fault.caught);
      }
    });
  });
}
