// Firefox, from Debian's firefox-esr, driven through its built-in WebDriver BiDi (the Remote
// Agent): no geckodriver, no browser download. A fresh profile each launch, so every run
// starts as a new device.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { requireEngines } from '../../scripts/find-engines.mjs';
import { BidiConnection, BidiPage } from './bidi-webdriver';
import { VIEWPORT, type EngineBrowser, type LaunchOptions } from './engine';
import { startGroup, stopGroup, tailOf } from './processes';

function preferences({ webAssembly }: LaunchOptions): string {
  const prefs: Record<string, string | boolean> = {
    'intl.accept_languages': 'en-GB',
    // As Lockdown Mode does on an iPad: the app must fall back to PBKDF2.
    'javascript.options.wasm': webAssembly,
  };
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
    .join('');
}

/** Firefox says on stderr where its BiDi server listens (port 0: it picks a free one). */
function listeningAt(stderr: NodeJS.ReadableStream, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(
      () => reject(new Error(`Firefox did not start:\n${output()}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      text += String(chunk);
      const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(text);
      if (!found) return;
      clearTimeout(timer);
      stderr.off('data', onData);
      resolve(found[1]!);
    };
    stderr.on('data', onData);
  });
}

export async function launchFirefox(options: LaunchOptions): Promise<EngineBrowser> {
  const { firefox } = requireEngines(['firefox']);
  const profile = mkdtempSync(join(tmpdir(), 'breathing-space-firefox-'));
  writeFileSync(join(profile, 'user.js'), preferences(options));
  const browser = startGroup(
    firefox!,
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', 'about:blank'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, TZ: 'Europe/London', MOZ_CRASHREPORTER_DISABLE: '1' },
    },
  );
  const output = tailOf(browser.stderr);
  const stopAll = async () => {
    // Nothing in a throwaway profile needs a graceful shutdown: SIGTERM ends Firefox in a
    // fraction of the second or two that BiDi's browser.close takes.
    await stopGroup(browser);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const url = await listeningAt(browser.stderr!, output);
    const connection = await BidiConnection.open(`${url}/session`);
    const { capabilities } = await connection.send<{
      capabilities: { browserVersion: string };
    }>('session.new', { capabilities: {} });
    await connection.send('session.subscribe', { events: ['log.entryAdded'] });
    const tree = await connection.send<{ contexts: { context: string }[] }>(
      'browsingContext.getTree',
      { maxDepth: 0 },
    );
    const page = new BidiPage(connection, tree.contexts[0]!.context);
    await page.setSize(VIEWPORT.width, VIEWPORT.height);
    return {
      version: `Firefox ${capabilities.browserVersion} (${basename(firefox!)})`,
      page,
      async openWindow() {
        const { context } = await connection.send<{ context: string }>('browsingContext.create', {
          type: 'window',
        });
        const another = new BidiPage(connection, context);
        await another.setSize(VIEWPORT.width, VIEWPORT.height);
        return another;
      },
      async close() {
        connection.close();
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw new Error(`Firefox did not start: ${(error as Error).message}\n${output()}`);
  }
}
