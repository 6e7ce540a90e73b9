// A small W3C WebDriver (classic, HTTP) client: the commands the smoke needs, and nothing
// else. WebKitGTK's WebKitWebDriver speaks only this protocol.
import { ENTER_KEY, type EnginePage, type PageFunction } from './engine';
import { describeQuery, inspectElement, type ElementQuery } from './page-queries';
import { sleep, STEP_TIMEOUT_MS, until } from './waiting';

/** How the protocol marks an element in JSON. */
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

type ElementReference = { [ELEMENT_KEY]: string };

interface WireError {
  error: string;
  message: string;
}

class WebDriverError extends Error {
  constructor(
    readonly command: string,
    readonly code: string,
    detail: string,
  ) {
    super(`${command}: ${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'WebDriverError';
  }
}

/** Errors worth another try: the element moved, or something was drawn over it for now. */
const TRANSIENT = new Set([
  'stale element reference',
  'element click intercepted',
  'element not interactable',
]);

async function send(base: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as { value: unknown };
  if (!response.ok) {
    const { error, message } = json.value as WireError;
    throw new WebDriverError(`${method} ${path.replace(/^\/session\/[^/]+/, '')}`, error, message);
  }
  return json.value;
}

export class WebDriverSession {
  private currentWindow: string | undefined;

  private constructor(
    private readonly base: string,
    readonly id: string,
    readonly capabilities: Record<string, unknown>,
  ) {}

  /** Starts a session on the driver at `base` (e.g. "http://127.0.0.1:4444"). */
  static async create(base: string, capabilities: Record<string, unknown>) {
    const value = (await send(base, 'POST', '/session', {
      capabilities: { alwaysMatch: capabilities },
    })) as { sessionId: string; capabilities: Record<string, unknown> };
    return new WebDriverSession(base, value.sessionId, value.capabilities);
  }

  command(method: string, path: string, body?: unknown): Promise<unknown> {
    return send(this.base, method, `/session/${this.id}${path}`, body);
  }

  /** Makes `handle` the window the next commands go to. */
  async useWindow(handle: string): Promise<void> {
    if (this.currentWindow === handle) return;
    await this.command('POST', '/window', { handle });
    this.currentWindow = handle;
  }

  async firstPage(): Promise<ClassicPage> {
    const handle = (await this.command('GET', '/window')) as string;
    this.currentWindow = handle;
    return new ClassicPage(this, handle);
  }

  async openWindow(): Promise<ClassicPage> {
    const { handle } = (await this.command('POST', '/window/new', { type: 'window' })) as {
      handle: string;
    };
    return new ClassicPage(this, handle);
  }

  async end(): Promise<void> {
    await this.command('DELETE', '');
  }
}

class ClassicPage implements EnginePage {
  constructor(
    private readonly session: WebDriverSession,
    private readonly handle: string,
  ) {}

  private async command(method: string, path: string, body?: unknown) {
    await this.session.useWindow(this.handle);
    return this.session.command(method, path, body);
  }

  async goto(url: string): Promise<void> {
    await this.command('POST', '/url', { url });
  }

  async reload(): Promise<void> {
    await this.command('POST', '/refresh', {});
  }

  async setSize(width: number, height: number): Promise<void> {
    await this.command('POST', '/window/rect', { width, height });
  }

  async evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R> {
    // The asynchronous form, so a returned promise is awaited in every driver; a throw in
    // the page comes back as data, with its message.
    const script = `const done = arguments[arguments.length - 1];
      const args = Array.prototype.slice.call(arguments, 0, -1);
      Promise.resolve()
        .then(() => (${fn.toString()}).apply(null, args))
        .then((value) => done({ value }), (error) => done({ error: String((error && error.stack) || error) }));`;
    const result = (await this.command('POST', '/execute/async', { script, args })) as {
      value?: R;
      error?: string;
    };
    if (result.error !== undefined) throw new Error(`In the page: ${result.error}`);
    return result.value as R;
  }

  private async element(query: ElementQuery): Promise<ElementReference> {
    return until(describeQuery(query), () =>
      this.evaluate(inspectElement, query, 'element').then((e) => e as ElementReference | null),
    );
  }

  /** Runs an element command, finding the element afresh while it is transient. */
  private async onElement(query: ElementQuery, act: (id: string) => Promise<unknown>) {
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    for (;;) {
      const id = (await this.element(query))[ELEMENT_KEY];
      try {
        await act(id);
        return;
      } catch (error) {
        const transient = error instanceof WebDriverError && TRANSIENT.has(error.code);
        if (!transient || Date.now() > deadline) throw error;
        await sleep(100);
      }
    }
  }

  click(query: ElementQuery): Promise<void> {
    return this.onElement(query, (id) => this.command('POST', `/element/${id}/click`, {}));
  }

  type(query: ElementQuery, text: string): Promise<void> {
    return this.onElement(query, async (id) => {
      await this.command('POST', `/element/${id}/clear`, {});
      await this.command('POST', `/element/${id}/value`, {
        text: text.replaceAll('\n', ENTER_KEY),
      });
    });
  }

  /** Classic WebDriver has no console events: app-copies.ts records errors in the page. */
  takeEngineErrors(): string[] {
    return [];
  }

  async close(): Promise<void> {
    await this.command('DELETE', '/window');
  }
}
