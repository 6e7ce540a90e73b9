// Finds the programs the WebKit and Firefox smoke runs drive and, on Debian as root with one
// missing, installs its Debian package (as find-chromium.mjs does for Chromium):
// - WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver (`webkit2gtk-driver`), on an X
//   server of its own (`xvfb`);
// - Firefox: `firefox-esr`, through its built-in WebDriver BiDi.
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

function firstExisting(paths) {
  return paths.find((path) => path && existsSync(path));
}

/** MiniBrowser lives beside the WebKitGTK library, in a folder named by its ABI and arch. */
function miniBrowserCandidates() {
  const archFolders = existsSync('/usr/lib')
    ? readdirSync('/usr/lib').filter((name) => name.endsWith('-linux-gnu'))
    : [];
  const folders = [
    '/usr/lib',
    '/usr/libexec',
    ...archFolders.map((name) => join('/usr/lib', name)),
  ];
  return folders.flatMap((folder) =>
    ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0'].map((abi) =>
      join(folder, abi, 'MiniBrowser'),
    ),
  );
}

/** The programs each engine needs, each found from the environment or the usual places. */
const PROGRAMS = {
  webKitWebDriver: {
    find: () => firstExisting([process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver']),
    debianPackage: 'webkit2gtk-driver',
    advice: 'set WEBKIT_WEBDRIVER_PATH',
  },
  miniBrowser: {
    find: () => firstExisting([process.env.MINIBROWSER_PATH, ...miniBrowserCandidates()]),
    // MiniBrowser comes with the library WebKitWebDriver needs.
    debianPackage: 'webkit2gtk-driver',
    advice: 'set MINIBROWSER_PATH',
  },
  xvfb: {
    find: () => firstExisting([process.env.XVFB_PATH, '/usr/bin/Xvfb']),
    debianPackage: 'xvfb',
    advice: 'set XVFB_PATH',
  },
  firefox: {
    find: () =>
      firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']),
    debianPackage: 'firefox-esr',
    advice: 'set FIREFOX_PATH',
  },
};

/** What each engine needs. */
export const ENGINE_PROGRAMS = {
  webkit: ['webKitWebDriver', 'miniBrowser', 'xvfb'],
  firefox: ['firefox'],
};

/** The paths of the programs, each undefined where it is missing. */
export function findEnginePrograms() {
  return Object.fromEntries(Object.entries(PROGRAMS).map(([name, p]) => [name, p.find()]));
}

function isDebianRoot() {
  return existsSync('/etc/debian_version') && process.getuid?.() === 0;
}

function missingFor(engines) {
  return engines
    .flatMap((engine) => ENGINE_PROGRAMS[engine])
    .filter((name) => !PROGRAMS[name].find());
}

/** The paths of what the engines need; throws, with advice, when any is missing. */
export function requireEngines(engines = Object.keys(ENGINE_PROGRAMS)) {
  const missing = missingFor(engines);
  if (missing.length > 0) {
    const advice = missing.map((name) => {
      const p = PROGRAMS[name];
      return `${name} (apt-get install ${p.debianPackage}, or ${p.advice})`;
    });
    throw new Error(
      `Missing for the engine smoke: ${advice.join('; ')}. As root on Debian, ` +
        '`npm run test:engines` installs them.',
    );
  }
  return findEnginePrograms();
}

/**
 * Finds the programs the engines need, first installing the missing ones' Debian packages
 * with apt-get (Debian, root); throws with advice otherwise.
 */
export function ensureEngines(engines = Object.keys(ENGINE_PROGRAMS)) {
  const missing = missingFor(engines);
  if (missing.length > 0 && isDebianRoot()) {
    const packages = [...new Set(missing.map((name) => PROGRAMS[name].debianPackage))];
    console.error(`Installing Debian packages for the engine smoke: ${packages.join(', ')}…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  }
  return requireEngines(engines);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureEngines(process.argv.slice(2).length ? process.argv.slice(2) : undefined));
}
