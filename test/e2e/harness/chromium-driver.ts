import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAxTree, type AxNode } from './ax-reading.ts';
import { ErrorLog } from './error-log.ts';
import type { ExternalRequest, FixtureServer } from './fixture-server.ts';
import { browserBinary } from './paths.ts';
import { PageBase } from './page-base.ts';
import type { CardReading, LoggedError, ReadCardOptions, TestBrowser, TestPage } from './types.ts';

/**
 * Hosts that Chromium's own services reach whatever any page or extension does: the identity
 * manager lists Google accounts once a profile's network is up (IdentityManager::
 * OnNetworkInitialized, with no switch to turn it off), and the component updater and network
 * clock can still wake during a long run. Tunnels to them are reported by `browserServiceRequests`
 * instead, tunnelled or plain. A request that a page, a content script, an extension page or the service worker
 * makes is seen by the request listener below, whatever its host, so none of ours hides here.
 */
// Service-worker requests reach the context's request listener only with this switch.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const CHROMIUM_SERVICE_HOSTS = new Set(['accounts.google.com', 'update.googleapis.com', 'clients2.google.com']);

/** Flags that keep Chromium's own background traffic quiet, so any request counted is ours. */
const quiet = [
  '--headless=new', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync',
  '--disable-background-networking', '--disable-component-update', '--disable-domain-reliability',
  '--disable-client-side-phishing-detection', '--disable-default-apps', '--no-pings',
  '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,InterestFeedContentSuggestions',
  '--metrics-recording-only', '--safebrowsing-disable-auto-update',
];

class ChromiumPage extends PageBase {
  constructor(readonly page: Page, private readonly owner: ChromiumBrowser) {
    super('chromium', owner.server, page);
  }

  async press(key: string): Promise<void> { await this.page.keyboard.press(key); }

  async tabId(): Promise<number> {
    return this.owner.tabIdOf(this.page);
  }

  async readCard(options: ReadCardOptions = {}): Promise<CardReading | null> {
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: AxNode[] };
      return readAxTree(nodes, options.role ?? 'dialog');
    } finally {
      await cdp.detach();
    }
  }
}

/** Chromium through playwright-core, with the unpacked extension loaded and all traffic proxied to our server. */
export class ChromiumBrowser implements TestBrowser {
  readonly name = 'chromium';
  extensionOrigin = '';
  readonly #errors = new ErrorLog('chrome-extension:');
  #context!: BrowserContext;
  #worker!: Worker;
  #profile = '';
  readonly #targetRequests: ExternalRequest[] = [];
  #logOffset = 0;

  constructor(readonly server: FixtureServer, readonly extensionDir: string, readonly locale?: string, readonly colorScheme?: 'dark') {}

  /** Launches the browser and waits for the extension's service worker. */
  async launch(): Promise<this> {
    this.#profile = mkdtempSync(join(tmpdir(), 'factlens-chromium-'));
    this.#context = await chromium.launchPersistentContext(this.#profile, {
      executablePath: browserBinary('chromium'),
      headless: true,
      // Chromium takes its UI language (and so the extension's) from --lang, and on Linux from LANGUAGE.
      ...(this.locale ? { env: { ...process.env, LANGUAGE: this.locale }, locale: this.locale } : {}),
      ...(this.colorScheme ? { colorScheme: this.colorScheme } : {}),
      args: ['--enable-logging', `--log-file=${this.#profile}/chrome.log`, '--v=0',
        ...quiet, ...(this.locale ? [`--lang=${this.locale}`] : []),
        `--proxy-server=http://127.0.0.1:${this.server.proxyPort}`, '--proxy-bypass-list=<-loopback>',
        `--disable-extensions-except=${this.extensionDir}`, `--load-extension=${this.extensionDir}`,
      ],
    });
    this.#context.on('request', (r) => this.#recordRequest(r.url()));
    this.#context.on('page', (p) => this.#watch(p));
    this.#context.pages().forEach((p) => this.#watch(p));
    this.#context.on('serviceworker', (w) => this.#watchWorker(w));
    this.#worker = this.#context.serviceWorkers()[0] ?? (await this.#context.waitForEvent('serviceworker', { timeout: 20_000 }).catch(() => {
      // Chromium tells why an unpacked extension did not load only in its log.
      const why = this.#readLog().split('\n').filter((l) => l.includes('Extension error')).join('\n');
      throw new Error(`${this.extensionDir} did not start in Chromium: ${why || 'no service worker appeared'}`);
    }));
    this.#watchWorker(this.#worker);
    this.extensionOrigin = `chrome-extension://${new URL(this.#worker.url()).host}`;
    return this;
  }

  url(path: string, cross = false): string { return this.server.url(path, cross); }

  async openPage(pathOrUrl: string): Promise<TestPage> {
    const page = new ChromiumPage(await this.#context.newPage(), this);
    await page.goto(pathOrUrl);
    return page;
  }

  async openExtensionPage(path: string, readySelector = 'body'): Promise<TestPage> {
    const page = new ChromiumPage(await this.#context.newPage(), this);
    await page.page.goto(`${this.extensionOrigin}/${path.replace(/^\//, '')}`);
    await page.waitForSelector(readySelector);
    return page;
  }

  async evalInBackground<R, A = undefined>(fn: (bg: typeof globalThis, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const worker = this.#context.serviceWorkers().find((w) => w.url().startsWith(this.extensionOrigin)) ?? this.#worker;
    // A source string is evaluated over CDP, past the extension's CSP (which forbids eval):
    // a worker global cannot be passed as an argument, so the function travels as text.
    return worker.evaluate(`(${fn.toString()})(globalThis, ${JSON.stringify(arg ?? null)})`) as Promise<R>;
  }

  /** Finds the extension's tab id for a page: the tab showing its URL, else the active tab once the page is in front. */
  async tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    const id = await this.evalInBackground(async (_bg, url) => {
      const tabs = await chrome.tabs.query({});
      const byUrl = tabs.filter((t) => t.url === url);
      if (byUrl.length === 1) return byUrl[0]!.id ?? -1;
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return active?.id ?? -1;
    }, page.url());
    if (id < 0) throw new Error(`no tab id for ${page.url()}`);
    return id;
  }

  externalRequests(): ExternalRequest[] {
    const proxied = this.server.externalRequests().filter((r) => !this.#isBrowserService(r));
    return [...proxied, ...this.#targetRequests];
  }

  /** Chromium's own service traffic, kept apart from what the extension and pages send. */
  browserServiceRequests(): ExternalRequest[] {
    return this.server.externalRequests().filter((r) => this.#isBrowserService(r));
  }

  /** A tunnel or plain request the proxy saw for one of Chromium's own service hosts. */
  #isBrowserService(r: ExternalRequest): boolean {
    return CHROMIUM_SERVICE_HOSTS.has(new URL(r.url).hostname);
  }

  /** Any request a page, frame, extension page or the service worker makes that is not for our loopback origins. */
  #recordRequest(url: string): void {
    const u = new URL(url);
    if (!/^(https?|wss?):$/.test(u.protocol)) return;
    if (u.origin === new URL(this.server.url('/')).origin || u.origin === new URL(this.server.url('/', true)).origin) return;
    this.#targetRequests.push({ method: 'GET', url });
  }
  extensionErrors() { return [...this.#errors.extension(), ...this.#workerExceptions()]; }
  pageErrors() { return this.#errors.page(); }
  clearLogs(): void {
    this.#errors.clear();
    this.server.clearExternal();
    this.#targetRequests.length = 0;
    this.#logOffset = this.#readLog().length;
  }

  #readLog(): string {
    try {
      return readFileSync(join(this.#profile, 'chrome.log'), 'utf8');
    } catch {
      return '';
    }
  }

  /**
   * Uncaught errors in the service worker: Playwright reports its console calls but not its
   * exceptions, and Chromium's log file (`--enable-logging --log-file`) has them with their source.
   */
  #workerExceptions(): LoggedError[] {
    const out: LoggedError[] = [];
    const line = /INFO:CONSOLE[^\]]*\] "(Uncaught [^\n]*)", source: (chrome-extension:\/\/\S+)/g;
    for (const m of this.#readLog().slice(this.#logOffset).matchAll(line)) {
      if (this.#context.serviceWorkers().some((w) => w.url() === m[2]) || m[2] === this.#worker.url()) {
        out.push({ origin: 'extension', kind: 'exception', text: m[1]!, url: m[2]! });
      }
    }
    return out;
  }

  async close(): Promise<void> {
    await this.#context?.close().catch(() => {});
    if (this.#profile) rmSync(this.#profile, { recursive: true, force: true });
  }

  #watch(page: Page): void {
    const isExtensionPage = () => page.url().startsWith('chrome-extension:');
    page.on('pageerror', (e) => this.#errors.add('exception', `${e.name}: ${e.message}`, e.stack ?? '', isExtensionPage()));
    page.on('console', (m) => {
      if (m.type() === 'error') this.#errors.add('console', m.text(), m.location().url, isExtensionPage());
    });
    // Content scripts run in isolated worlds that Playwright's page events do not cover; CDP does.
    void this.#context.newCDPSession(page).then(async (cdp) => {
      cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
        const where = `${d.url ?? ''} ${d.stackTrace?.callFrames.map((f) => f.url).join(' ') ?? ''}`;
        if (where.includes('chrome-extension://') && !isExtensionPage()) this.#errors.add('exception', d.exception?.description ?? d.text, where, true);
      });
      cdp.on('Runtime.consoleAPICalled', (e) => {
        const where = e.stackTrace?.callFrames.map((f) => f.url).join(' ') ?? '';
        if (e.type === 'error' && where.includes('chrome-extension://') && !isExtensionPage()) {
          this.#errors.add('console', e.args.map((a) => a.value ?? a.description ?? '').join(' '), where, true);
        }
      });
      await cdp.send('Runtime.enable');
    }).catch(() => {});
  }

  #watchWorker(worker: Worker): void {
    worker.on('console', (m) => {
      if (m.type() === 'error') this.#errors.add('console', m.text(), worker.url(), true);
    });
  }
}
