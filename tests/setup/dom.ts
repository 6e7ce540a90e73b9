import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/preact';
import { afterAll, afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // Each test starts at the app's front door, whatever address the last one left.
  history.replaceState(null, '', location.pathname);
});

// Preact runs effects after paint, with a 100 ms timer as a fallback that calls
// cancelAnimationFrame. One still pending when a file's DOM is torn down would throw there
// (an unhandled error that fails the run, seen on a busy machine): let them all fire first.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 150)));

// Sections load lazily; on a busy 2-core CI machine the first import can take over the
// default second. Waiting longer costs nothing when things are quick.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no matchMedia; the app reads it for reduced motion and display mode.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// jsdom has <dialog> but not its modal methods: open and close it as a browser would.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// Browsers reflect the spellcheck property as an attribute; jsdom has neither, so give it
// the browsers' behaviour and let tests check the attribute the app renders.
Object.defineProperty(HTMLElement.prototype, 'spellcheck', {
  configurable: true,
  get(this: HTMLElement) {
    return this.getAttribute('spellcheck') !== 'false';
  },
  set(this: HTMLElement, value: boolean) {
    this.setAttribute('spellcheck', String(value));
  },
});

// jsdom's Blob (and so File) cannot be read the modern way; browsers' can. Read it as a
// browser would, through jsdom's own FileReader.
if (!Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
  Blob.prototype.text = async function text(this: Blob) {
    return new TextDecoder().decode(await this.arrayBuffer());
  };
  Blob.prototype.stream = function stream(this: Blob) {
    const reading = this.arrayBuffer();
    return new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(new Uint8Array(await reading));
        controller.close();
      },
    }) as ReturnType<Blob['stream']>;
  };
}

// jsdom's device says en-US; the app's users, like the end-to-end browser, are mostly
// British. Dates take their default format from the languages (read once, as the app starts)
// and the identifying-details check its default jurisdiction from the language. A test may
// redefine either to try another.
Object.defineProperty(navigator, 'language', { configurable: true, get: () => 'en-GB' });
Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['en-GB'] });
