import { afterAll, beforeAll, describe } from 'vitest';
import { existsSync, rmSync } from 'node:fs';
import { ChromiumBrowser } from './chromium-driver.ts';
import { FixtureServer } from './fixture-server.ts';
import { FirefoxBrowser } from './firefox-driver.ts';
import { distDirs } from './paths.ts';
import { writeProbeExtension } from './probe-extension.ts';
import type { BrowserName, TestBrowser } from './types.ts';

export type { BrowserName, CardReading, LoggedError, Rect, TestBrowser, TestPage } from './types.ts';
export type { ExternalRequest, RouteBody } from './fixture-server.ts';
export { FixtureServer } from './fixture-server.ts';
export { distDirs, readManifest, repoRoot, screenshotDir } from './paths.ts';
export { firefoxExtensionUuid } from './firefox-driver.ts';

/** Which extension a suite runs: the build in `dist/` (the default), or the harness's own probe. */
export interface HarnessOptions {
  extension?: 'dist' | 'probe';
  /** Limit a suite to some browsers; both unless told. */
  browsers?: BrowserName[];
  /**
   * The browser's UI language, e.g. `ru`: Chromium gets `--lang` and `LANGUAGE`, Firefox
   * `intl.locale.requested` (its language pack must be installed: `firefox-esr-l10n-ru`).
   * The browser's default (English here) unless told.
   */
  locale?: string;
  /** The colour scheme pages are told the reader prefers (`prefers-color-scheme`); light unless told. */
  colorScheme?: 'dark';
}

/** Starts a server and a browser with the extension; the caller closes both. */
export async function launchBrowser(name: BrowserName, extensionDir: string, locale?: string, colorScheme?: 'dark'): Promise<TestBrowser> {
  if (!existsSync(`${extensionDir}/manifest.json`)) {
    throw new Error(`No extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const server = await new FixtureServer().start();
  const browser = name === 'chromium' ? new ChromiumBrowser(server, extensionDir, locale, colorScheme) : new FirefoxBrowser(server, extensionDir, locale, colorScheme);
  try {
    return await browser.launch();
  } catch (e) {
    await browser.close();
    await server.stop();
    throw e;
  }
}

/**
 * Registers `describe('chromium')` and `describe('firefox')` around `body`, so one spec runs
 * unchanged in both browsers. Each block launches its browser once (beforeAll) and closes it,
 * profile and server included, afterwards. `b` is usable inside tests and hooks; at
 * registration time only `b.name` is.
 */
export function forEachBrowser(body: (b: TestBrowser) => void, options: HarnessOptions = {}): void {
  for (const name of options.browsers ?? (['chromium', 'firefox'] as const)) {
    describe(options.locale || options.colorScheme ? `${name} (${[options.locale, options.colorScheme].filter(Boolean).join(', ')})` : name, () => {
      let current: TestBrowser | undefined;
      let probeRoot = '';
      beforeAll(async () => {
        let dir: string = distDirs[name];
        if (options.extension === 'probe') {
          const probe = writeProbeExtension();
          probeRoot = probe.root;
          dir = probe[name];
        }
        current = await launchBrowser(name, dir, options.locale, options.colorScheme);
      });
      afterAll(async () => {
        await current?.close();
        await current?.server.stop();
        if (probeRoot) rmSync(probeRoot, { recursive: true, force: true });
      });
      body(lateBound(name, () => current));
    });
  }
}

/** A stand-in that forwards to the browser once beforeAll has launched it. */
function lateBound(name: BrowserName, get: () => TestBrowser | undefined): TestBrowser {
  return new Proxy({ name } as TestBrowser, {
    get(target, key) {
      if (key === 'name') return name;
      const b = get();
      if (!b) throw new Error(`the ${name} browser is not running (use it inside a test or hook)`);
      const value = Reflect.get(b, key, b) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(b) : value;
    },
  });
}

/**
 * Whether a card reading contains `phrase`, ignoring whitespace: the two browsers split text
 * into pieces differently ("42" "%" vs "42%"), and a reader hears the same either way.
 */
export function says(reading: { text: string; name: string } | null, phrase: string): boolean {
  if (!reading) return false;
  const flat = (s: string) => s.replace(/\s+/g, '');
  return flat(`${reading.name} ${reading.text}`).includes(flat(phrase));
}
