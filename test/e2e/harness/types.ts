import type { ExternalRequest, FixtureServer } from './fixture-server.ts';

/** The browsers every real-browser spec runs in. */
export type BrowserName = 'chromium' | 'firefox';

/** A box in CSS pixels of the page's viewport. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An error or console error seen in a page or in one of the extension's own contexts. */
export interface LoggedError {
  /** `page`: the web page's own world; `extension`: background, content script or extension page. */
  origin: 'page' | 'extension';
  kind: 'exception' | 'console';
  text: string;
  /** The script or document it came from, when the browser says. */
  url?: string;
}

/** The card as a screen reader hears it: its accessible name and all its text, in reading order. */
export interface CardReading {
  name: string;
  role: string;
  text: string;
}

/** Options for reading the card. */
export interface ReadCardOptions {
  /** The card's ARIA role; `dialog` unless told. */
  role?: string;
}

/** A page or frame-less tab in either browser, driven the same way. */
export interface TestPage {
  readonly browser: BrowserName;
  /** The page's current URL. */
  url(): string;
  /** Navigates to a path on the main origin or to an absolute URL, and waits for `load`. */
  goto(pathOrUrl: string): Promise<void>;
  /** Runs `fn` in the page's main world (for extension pages: with the extension's APIs). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn` in the main world until it returns something truthy, and returns that. */
  waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs?: number): Promise<R>;
  /** Waits until `selector` matches in the main document. */
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>;
  /** Moves the real mouse, producing mousemove/mouseover on the way. */
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  /** A real click at a point. */
  click(x: number, y: number): Promise<void>;
  /** The viewport rect of the `occurrence`-th (0-based) occurrence of `text` in the page's text; scrolls it into view. */
  textRect(text: string, occurrence?: number): Promise<Rect | null>;
  /** Moves the mouse onto the middle of an occurrence of `text`; throws when the text is not on the page. */
  hoverText(text: string, occurrence?: number, steps?: number): Promise<Rect>;
  /** Presses a key or chord, e.g. `Escape`, `Tab`, `Alt+Shift+F` (Playwright key names). */
  press(key: string): Promise<void>;
  /** Types text into whatever has focus. */
  type(text: string): Promise<void>;
  /** Saves `test-results/screenshots/<browser>-<name>.png` and returns its path. */
  screenshot(name: string): Promise<string>;
  /** The extension's tab id for this page, for `popup.html?tab=<id>`. */
  tabId(): Promise<number>;
  /** The card in the page (closed shadow root included), or null when none is open. */
  readCard(options?: ReadCardOptions): Promise<CardReading | null>;
  /** Waits until a card is open and returns its reading. */
  waitForCard(options?: ReadCardOptions, timeoutMs?: number): Promise<CardReading>;
  /** Brings this tab to the front, as a user switching tabs would. */
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

/** One launched browser with the extension installed, plus its own loopback server. */
export interface TestBrowser {
  readonly name: BrowserName;
  readonly server: FixtureServer;
  /** The folder of the unpacked extension this browser runs. */
  readonly extensionDir: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  readonly extensionOrigin: string;
  /** An absolute URL on the main loopback origin (or the cross origin with `cross`). */
  url(path: string, cross?: boolean): string;
  /** Opens a new tab on a loopback path or absolute URL and waits for `load`. */
  openPage(pathOrUrl: string): Promise<TestPage>;
  /**
   * Opens an extension page, e.g. `popup.html?tab=12`, and waits for `readySelector`
   * (default `body`); Firefox never reports such loads finished, so a selector is the signal.
   */
  openExtensionPage(path: string, readySelector?: string): Promise<TestPage>;
  /**
   * Runs `fn(backgroundGlobal, arg)` against the extension's background, so a spec can call a
   * named seam (context menu, commands) as the browser would. Chromium: inside the service
   * worker. Firefox: from an extension page, on the event page's window.
   */
  evalInBackground<R, A = undefined>(fn: (bg: typeof globalThis, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Requests that left loopback since launch (or since `clearLogs`), from pages and the extension alike. */
  externalRequests(): ExternalRequest[];
  /** Exceptions and console errors from the extension's contexts. */
  extensionErrors(): LoggedError[];
  /** Exceptions and console errors from web pages' own scripts. */
  pageErrors(): LoggedError[];
  /** Forgets requests and errors seen so far. */
  clearLogs(): void;
  close(): Promise<void>;
}
