// WebKit, the engine of Safari on the iPad: WebKitGTK's MiniBrowser driven by
// WebKitWebDriver (classic WebDriver), on an X server of its own, with its own data folders
// so every run starts as a new device.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireEngines } from '../../scripts/find-engines.mjs';
import { WebDriverSession } from './classic-webdriver';
import { VIEWPORT, type EngineBrowser, type LaunchOptions } from './engine';
import { freePort, startGroup, stopGroup, tailOf } from './processes';
import { until } from './waiting';
import { startXServer } from './x-server';

export async function launchWebKit({ webAssembly }: LaunchOptions): Promise<EngineBrowser> {
  const { webKitWebDriver, miniBrowser, xvfb } = requireEngines(['webkit']);
  const home = mkdtempSync(join(tmpdir(), 'breathing-space-webkit-'));
  const xServer = await startXServer(xvfb!);
  const port = await freePort();
  const driver = startGroup(webKitWebDriver!, [`--port=${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      DISPLAY: xServer.display,
      TZ: 'Europe/London',
      LANG: 'en_GB.UTF-8',
      XDG_DATA_HOME: join(home, 'data'),
      XDG_CACHE_HOME: join(home, 'cache'),
      XDG_CONFIG_HOME: join(home, 'config'),
      // No accessibility bus here: without this GTK waits for one at start.
      NO_AT_BRIDGE: '1',
      // WebKitGTK has no setting for WebAssembly; JavaScriptCore's own option turns it off
      // in every web process (the page and its workers), as Lockdown Mode does on an iPad.
      ...(webAssembly ? {} : { JSC_useWasm: 'false' }),
    },
  });
  const driverOutput = tailOf(driver.stderr);
  const base = `http://127.0.0.1:${port}`;
  const stopAll = async () => {
    await stopGroup(driver);
    await xServer.stop();
    rmSync(home, { recursive: true, force: true });
  };
  try {
    await until(
      'WebKitWebDriver to listen',
      async () => ((await fetch(`${base}/status`)).ok ? true : null),
      10_000,
    );
    const session = await WebDriverSession.create(base, {
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
    });
    const page = await session.firstPage();
    await page.setSize(VIEWPORT.width, VIEWPORT.height);
    return {
      version: `WebKitGTK ${session.capabilities.browserVersion} (${session.capabilities.browserName}, through WebKitWebDriver)`,
      page,
      async openWindow() {
        const another = await session.openWindow();
        await another.setSize(VIEWPORT.width, VIEWPORT.height);
        return another;
      },
      async close() {
        await session.end().catch(() => undefined);
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw new Error(`WebKit did not start: ${(error as Error).message}\n${driverOutput()}`);
  }
}
