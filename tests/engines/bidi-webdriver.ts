// A small WebDriver BiDi client over a WebSocket: the commands the smoke needs, and the log
// events, which is how Firefox's built-in Remote Agent tells of console and page errors.
import WebSocket from 'ws';
import { ENTER_KEY, type EnginePage, type PageFunction } from './engine';
import { describeQuery, inspectElement, type ElementQuery } from './page-queries';
import { until } from './waiting';

interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

interface LogEntry {
  level: string;
  type: string;
  text: string | null;
  source: { context?: string };
}

/** A BiDi value (result of script.callFunction) as plain JSON; a node as its sharedId. */
function fromRemote(remote: RemoteValue): unknown {
  switch (remote.type) {
    case 'undefined':
    case 'null':
      return null;
    case 'string':
    case 'boolean':
      return remote.value;
    case 'number':
      return typeof remote.value === 'number' ? remote.value : Number(remote.value);
    case 'array':
      return (remote.value as RemoteValue[]).map(fromRemote);
    case 'object':
      return Object.fromEntries(
        (remote.value as [string, RemoteValue][]).map(([key, value]) => [key, fromRemote(value)]),
      );
    case 'node':
      return { sharedId: remote.sharedId };
    default:
      return `[${remote.type}]`;
  }
}

export class BidiConnection {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void; method: string }
  >();
  private readonly logListeners: ((entry: LogEntry) => void)[] = [];

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.receive(JSON.parse(String(data))));
    socket.on('close', () => {
      for (const { reject, method } of this.pending.values()) {
        reject(new Error(`${method}: the browser closed the connection`));
      }
      this.pending.clear();
    });
  }

  static async open(url: string): Promise<BidiConnection> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new BidiConnection(socket);
  }

  private receive(message: {
    id?: number;
    type: string;
    method?: string;
    params?: unknown;
    result?: unknown;
    error?: string;
    message?: string;
  }) {
    if (message.type === 'event') {
      if (message.method === 'log.entryAdded') {
        for (const listener of this.logListeners) listener(message.params as LogEntry);
      }
      return;
    }
    const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id!);
    if (message.type === 'error') {
      waiting.reject(new Error(`${waiting.method}: ${message.error}: ${message.message}`));
    } else {
      waiting.resolve(message.result);
    }
  }

  send<T = unknown>(method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, method });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  onLog(listener: (entry: LogEntry) => void): void {
    this.logListeners.push(listener);
  }

  close(): void {
    this.socket.close();
  }
}

export class BidiPage implements EnginePage {
  private readonly errors: string[] = [];

  constructor(
    private readonly connection: BidiConnection,
    readonly context: string,
  ) {
    connection.onLog((entry) => {
      // Entries from a worker or the service worker name no window: every page hears them.
      const mine = !entry.source.context || entry.source.context === context;
      if (mine && entry.level === 'error') this.errors.push(`${entry.type}: ${entry.text ?? ''}`);
    });
  }

  async goto(url: string): Promise<void> {
    await this.connection.send('browsingContext.navigate', {
      context: this.context,
      url,
      wait: 'complete',
    });
  }

  async reload(): Promise<void> {
    await this.connection.send('browsingContext.reload', {
      context: this.context,
      wait: 'complete',
    });
  }

  async setSize(width: number, height: number): Promise<void> {
    await this.connection.send('browsingContext.setViewport', {
      context: this.context,
      viewport: { width, height },
    });
  }

  /** Like evaluate, but the result as BiDi gives it (so an element keeps its reference). */
  private async call(fn: PageFunction<unknown[], unknown>, args: unknown[]): Promise<unknown> {
    const result = await this.connection.send<{
      type: 'success' | 'exception';
      result?: RemoteValue;
      exceptionDetails?: { text: string };
    }>('script.callFunction', {
      // Arguments travel as one JSON string, so any JSON value can be passed as it is.
      functionDeclaration: `(json) => (${fn.toString()}).apply(null, JSON.parse(json))`,
      arguments: [{ type: 'string', value: JSON.stringify(args) }],
      target: { context: this.context },
      awaitPromise: true,
      userActivation: true,
    });
    if (result.type === 'exception') {
      throw new Error(`In the page: ${result.exceptionDetails?.text ?? 'an exception'}`);
    }
    return fromRemote(result.result!);
  }

  evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R> {
    return this.call(fn as PageFunction<unknown[], unknown>, args) as Promise<R>;
  }

  private element(query: ElementQuery): Promise<{ sharedId: string }> {
    const find = inspectElement as PageFunction<unknown[], unknown>;
    return until(describeQuery(query), async () => {
      return (await this.call(find, [query, 'element'])) as { sharedId: string } | null;
    });
  }

  async click(query: ElementQuery): Promise<void> {
    // The element is scrolled into view when found, but the page may still move it (a
    // banner appearing above, the app drawing over the first screen) before the pointer
    // gets there: then find it again and move once more.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.clickOnce(query);
      } catch (error) {
        const outOfBounds =
          error instanceof Error && /move target out of bounds/.test(error.message);
        if (!outOfBounds || attempt === 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  private async clickOnce(query: ElementQuery): Promise<void> {
    const element = await this.element(query);
    await this.connection.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element } },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }

  async type(query: ElementQuery, text: string): Promise<void> {
    await this.click(query);
    // What the field held goes, as select-all then typing would replace it.
    const isField = await this.evaluate(() => {
      const field = document.activeElement;
      if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) {
        return false;
      }
      field.select();
      return true;
    });
    if (!isField)
      throw new Error(`Typing: a click on the ${describeQuery(query)} did not focus it`);
    const keys = [...text.replaceAll('\n', ENTER_KEY)].flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await this.connection.send('input.performActions', {
      context: this.context,
      actions: [{ type: 'key', id: 'keyboard', actions: keys }],
    });
  }

  takeEngineErrors(): string[] {
    return this.errors.splice(0);
  }

  async close(): Promise<void> {
    await this.connection.send('browsingContext.close', { context: this.context });
  }
}
