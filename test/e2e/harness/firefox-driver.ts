import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorLog } from './error-log.ts';
import { FirefoxStdout } from './firefox-stdout.ts';
import type { FixtureServer } from './fixture-server.ts';
import { browserBinary, readManifest } from './paths.ts';
import { PageBase } from './page-base.ts';
import { readShadowCard, type BidiNode } from './shadow-reading.ts';
import type { CardReading, ReadCardOptions, TestBrowser, TestPage } from './types.ts';

/** The moz-extension UUID every test run gives the extension, so its pages have a known origin. */
export const firefoxExtensionUuid = '5e3f1a52-7c1b-4d8e-9f00-fac7fac7fac7';

/** The BiDi side of puppeteer that the public API does not expose. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
  on(event: string, handler: (params: never) => void): void;
}
const bidi = (browser: Browser) => (browser as unknown as { connection: BidiConnection }).connection;
const contextId = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

/** Keys Playwright names that puppeteer spells differently. */
const keyNames: Record<string, string> = { Control: 'Control', Ctrl: 'Control', Esc: 'Escape' };

class FirefoxPage extends PageBase {
  constructor(readonly page: Page, private readonly owner: FirefoxBrowser) {
    super('firefox', owner.server, page);
  }

  /** Accepts Playwright-style chords (`Alt+Shift+F`) so specs read the same in both browsers. */
  async press(key: string): Promise<void> {
    const keys = key.split('+').map((k) => (keyNames[k] ?? k) as Parameters<Page['keyboard']['press']>[0]);
    const last = keys.pop()!;
    for (const k of keys) await this.page.keyboard.down(k);
    await this.page.keyboard.press(last);
    for (const k of keys.reverse()) await this.page.keyboard.up(k);
  }

  async tabId(): Promise<number> {
    return this.owner.tabIdOf(this.page);
  }

  /** Firefox has no full accessibility tree over BiDi: serialise the DOM with closed shadow roots instead. */
  async readCard(options: ReadCardOptions = {}): Promise<CardReading | null> {
    const res = (await bidi(this.owner.browser).send('browsingContext.locateNodes', {
      context: contextId(this.page),
      locator: { type: 'css', value: 'html > *, body > *' },
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: null },
    })) as { result: { nodes: BidiNode[] } };
    return readShadowCard(res.result.nodes, options.role ?? 'dialog');
  }
}

/** Firefox ESR through puppeteer-core over WebDriver BiDi, with the extension installed and all traffic proxied to our server. */
export class FirefoxBrowser implements TestBrowser {
  readonly name = 'firefox';
  readonly extensionOrigin = `moz-extension://${firefoxExtensionUuid}`;
  readonly #errors = new ErrorLog('moz-extension:');
  readonly #stdout = new FirefoxStdout();
  browser!: Browser;
  #profile = '';
  #helper: FirefoxPage | undefined;

  constructor(readonly server: FixtureServer, readonly extensionDir: string, readonly locale?: string, readonly colorScheme?: 'dark') {}

  /** Launches Firefox, installs the extension as a temporary add-on and waits for its content scripts to be registered. */
  async launch(): Promise<this> {
    const manifest = readManifest(this.extensionDir) as { browser_specific_settings?: { gecko?: { id?: string } } } | null;
    const geckoId = manifest?.browser_specific_settings?.gecko?.id;
    if (!geckoId) throw new Error(`${this.extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
    this.#profile = mkdtempSync(join(tmpdir(), 'factlens-firefox-'));
    const port = this.server.proxyPort;
    this.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: browserBinary('firefox'),
      protocol: 'webDriverBiDi',
      headless: true,
      userDataDir: this.#profile,
      args: ['-remote-allow-system-access'],
      // Release builds ignore a remote-settings server override unless this is set; without
      // it Firefox polls firefox.settings.services.mozilla.com and the counts are noise.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: firefoxExtensionUuid }),
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
        'network.dns.disablePrefetch': true,
        'network.prefetch-next': false,
        'devtools.console.stdout.content': true,
        'devtools.console.stdout.chrome': false,
        // The language pack lives in the application scope (browser/extensions), which the
        // launcher's enabledScopes (5) keeps enabled; the requested locale makes Firefox use it.
        ...(this.locale ? { 'intl.locale.requested': this.locale, 'intl.accept_languages': this.locale } : {}),
        // What web content is told the reader prefers: 0 is dark.
        ...(this.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': 0 } : {}),
      },
    });
    this.#watchLogs();
    this.#stdout.listen(this.browser.process()?.stdout);
    this.#stdout.listen(this.browser.process()?.stderr);
    await this.browser.installExtension(this.extensionDir);
    return this;
  }

  url(path: string, cross = false): string { return this.server.url(path, cross); }

  async openPage(pathOrUrl: string): Promise<TestPage> {
    const page = new FirefoxPage(await this.browser.newPage(), this);
    await page.goto(pathOrUrl);
    return page;
  }

  async openExtensionPage(path: string, readySelector = 'body'): Promise<TestPage> {
    const page = new FirefoxPage(await this.browser.newPage(), this);
    // Firefox never reports an extension page's load as finished: a short goto, then a selector.
    await page.page.goto(`${this.extensionOrigin}/${path.replace(/^\//, '')}`, { timeout: 1500 }).catch(() => {});
    await page.waitForSelector(readySelector);
    return page;
  }

  async evalInBackground<R, A = undefined>(fn: (bg: typeof globalThis, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const helper = await this.#helperPage();
    // Extension pages' CSP forbids eval, but BiDi evaluation runs outside it; the function
    // travels as text because the event page's window cannot be passed as an argument.
    return helper.page.evaluate(
      `(async () => (${fn.toString()})(await browser.runtime.getBackgroundPage(), ${JSON.stringify(arg ?? null)}))()`,
    ) as Promise<R>;
  }

  /** Finds the extension's tab id for a page: the tab showing its URL, else the active tab once the page is in front. */
  async tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    const id = await this.evalInBackground(async (bg, url) => {
      const api = (bg as unknown as { browser: typeof chrome }).browser;
      const byUrl = (await api.tabs.query({})).filter((t) => t.url === url);
      if (byUrl.length === 1) return byUrl[0]!.id ?? -1;
      const [active] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return active?.id ?? -1;
    }, page.url());
    if (id < 0) throw new Error(`no tab id for ${page.url()}`);
    return id;
  }

  externalRequests() { return this.server.externalRequests(); }
  extensionErrors() {
    const seen = [...this.#errors.extension(), ...this.#errors.page()];
    return [...this.#errors.extension(), ...this.#stdout.extensionErrors(seen)];
  }
  pageErrors() { return this.#errors.page(); }
  clearLogs(): void { this.#errors.clear(); this.#stdout.clear(); this.server.clearExternal(); }

  async close(): Promise<void> {
    await this.browser?.close().catch(() => {});
    if (this.#profile) rmSync(this.#profile, { recursive: true, force: true });
  }

  /** One extension page kept open for background calls; the manifest's popup or options page. */
  async #helperPage(): Promise<FirefoxPage> {
    if (!this.#helper) {
      const m = readManifest(this.extensionDir) as { action?: { default_popup?: string }; options_ui?: { page?: string } };
      const path = m.action?.default_popup ?? m.options_ui?.page ?? 'manifest.json';
      this.#helper = (await this.openExtensionPage(path)) as FirefoxPage;
    }
    return this.#helper;
  }

  /** Log entries from every context, content scripts included, arrive on the BiDi connection. */
  #watchLogs(): void {
    bidi(this.browser).on('log.entryAdded', (entry: { level: string; text: string; type: string; stackTrace?: { callFrames: { url: string }[] } }) => {
      if (entry.level !== 'error') return;
      const where = entry.stackTrace?.callFrames.map((f) => f.url).join(' ') ?? '';
      this.#errors.add(entry.type === 'javascript' ? 'exception' : 'console', entry.text, where);
    });
  }
}
