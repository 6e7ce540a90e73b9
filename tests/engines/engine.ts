// The thin interface the smoke scenarios drive, so they are written once and run in WebKit
// (classic WebDriver) and Firefox (WebDriver BiDi) alike. Elements are found by what a
// person sees (role and name, or label), in the page, by page-queries.ts.
import type { ElementQuery } from './page-queries';

/** A function run in the page: self-contained, its arguments and result JSON. */
export type PageFunction<A extends unknown[], R> = (...args: A) => R | Promise<R>;

/** One window (top-level browsing context) of the browser. */
export interface EnginePage {
  /** Loads a URL and waits for the load event. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs a self-contained function in the page and returns its (awaited) JSON result. */
  evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R>;
  /** Clicks the element, as a pointer would, once it is there. */
  click(query: ElementQuery): Promise<void>;
  /** Types into the field (replacing what it held), as a keyboard would. */
  type(query: ElementQuery, text: string): Promise<void>;
  /** Errors the engine itself reported (console, uncaught) since the last call, if it can. */
  takeEngineErrors(): string[];
  close(): Promise<void>;
}

export interface EngineBrowser {
  /** The browser and version the session reported, e.g. "Firefox 153.8.0 (firefox-esr)". */
  readonly version: string;
  /** The window the browser opened with. */
  readonly page: EnginePage;
  /** Opens another window. */
  openWindow(): Promise<EnginePage>;
  /** Ends the session and every process started for it. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** False runs the browser with WebAssembly turned off (as iPad Lockdown Mode does). */
  webAssembly: boolean;
}

export type Launcher = (options: LaunchOptions) => Promise<EngineBrowser>;

/** A tablet in landscape, the size the app is mostly used at. */
export const VIEWPORT = { width: 1024, height: 768 };

/** Typing a line break in a field: WebDriver's Enter key, in both protocols. */
export const ENTER_KEY = '\uE007';
