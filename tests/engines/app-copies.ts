// The built app as the engines get it: dist/ copied, with a few lines at the top of each
// script that record every error in the page (uncaught, unhandled rejection, console.error,
// a resource that failed to load, a request the security policy blocked). Classic
// WebDriver has no console events, so this is how WebKit's errors are heard; Firefox's are
// heard this way and through BiDi's log. The lines ride inside the app's own scripts, so
// the service worker precaches them and they run offline too. The page is otherwise
// byte for byte the build, served with the real headers.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(import.meta.dirname, '../../dist');

/** Where the page keeps what it recorded, for `takePageErrors`. */
interface Recorder {
  __engineSmoke?: { errors: string[] };
}

/**
 * In the page, before the app's code: starts recording errors. Self-contained (it travels
 * as text). In a worker it does nothing: a worker's errors reach the page that made it.
 */
function recordPageErrors(): void {
  const scope = globalThis as typeof globalThis & Recorder;
  if (typeof document === 'undefined' || scope.__engineSmoke) return;
  const errors: string[] = [];
  scope.__engineSmoke = { errors };
  const describe = (value: unknown) =>
    value instanceof Error ? `${value.name}: ${value.message}` : String(value);
  addEventListener(
    'error',
    (event) => {
      const target = event.target as (Element & { src?: string; href?: string }) | null;
      if (target && 'tagName' in target) {
        errors.push(
          `failed to load: <${target.tagName.toLowerCase()}> ${target.src ?? target.href}`,
        );
      } else {
        errors.push(`uncaught: ${describe(event.error ?? event.message)}`);
      }
    },
    true,
  );
  addEventListener('unhandledrejection', (event) =>
    errors.push(`unhandled rejection: ${describe(event.reason)}`),
  );
  document.addEventListener('securitypolicyviolation', (event) =>
    errors.push(`blocked by the security policy: ${event.effectiveDirective} ${event.blockedURI}`),
  );
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(describe).join(' ')}`);
    consoleError(...args);
  };
}

/** In the page: what it recorded since the last call, or null where nothing records. */
export function takePageErrors(): string[] | null {
  const recorder = (globalThis as typeof globalThis & Recorder).__engineSmoke;
  return recorder ? recorder.errors.splice(0) : null;
}

const RECORDER_LINE = `;(${recordPageErrors.toString()})();\n`;

function prepend(file: string, text: string): void {
  writeFileSync(file, text + readFileSync(file, 'utf8'));
}

/** Copies dist/ into `folder`, each script starting by recording errors. */
export function copyAppRecordingErrors(folder: string): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('No built app in dist/: run "npx vite build" first.');
  }
  cpSync(DIST, folder, { recursive: true });
  const assets = join(folder, 'assets');
  for (const name of readdirSync(assets).filter((file) => file.endsWith('.js'))) {
    prepend(join(assets, name), RECORDER_LINE);
  }
}

/** Faults an app could have at start, each with the words that prove it was caught. */
export const FAULTS_AT_START = {
  throws: {
    code: "throw new Error('Thrown at start on purpose');",
    caught: 'Thrown at start on purpose',
  },
  rejects: {
    code: "Promise.reject(new Error('Rejected at start on purpose'));",
    caught: 'Rejected at start on purpose',
  },
  logs: {
    code: "console.error('Logged at start on purpose');",
    caught: 'Logged at start on purpose',
  },
} as const;

/**
 * Copies the recording app into `folder` with `code` run first thing in its entry script
 * (after the recorder), as a bug at start would.
 */
export function copyAppWithFaultAtStart(folder: string, code: string): void {
  copyAppRecordingErrors(folder);
  const html = readFileSync(join(folder, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*\ssrc="\.\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('index.html names no entry script.');
  const file = join(folder, entry);
  const source = readFileSync(file, 'utf8');
  writeFileSync(file, source.replace(RECORDER_LINE, `${RECORDER_LINE}${code}\n`));
}
