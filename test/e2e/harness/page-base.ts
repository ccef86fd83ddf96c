import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FixtureServer } from './fixture-server.ts';
import { screenshotDir } from './paths.ts';
import { findTextRect } from './text-rect.ts';
import type { BrowserName, CardReading, ReadCardOptions, Rect, TestPage } from './types.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The part of a Playwright page and a puppeteer page that is the same in both libraries. */
export interface DriverPage {
  url(): string;
  goto(url: string, options: { waitUntil: 'load'; timeout?: number }): Promise<unknown>;
  evaluate(fn: unknown, arg?: unknown): Promise<unknown>;
  mouse: { move(x: number, y: number, o: { steps: number }): Promise<void>; click(x: number, y: number): Promise<void> };
  keyboard: { type(text: string): Promise<void> };
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  screenshot(): Promise<Uint8Array>;
}

/** What both drivers' pages do the same way; each driver adds keys, tab ids and reading the card. */
export abstract class PageBase implements TestPage {
  protected readonly driver: DriverPage;

  constructor(readonly browser: BrowserName, protected readonly server: FixtureServer, page: unknown) {
    this.driver = page as DriverPage;
  }

  abstract press(key: string): Promise<void>;
  abstract tabId(): Promise<number>;
  abstract readCard(options?: ReadCardOptions): Promise<CardReading | null>;

  url(): string { return this.driver.url(); }
  async goto(pathOrUrl: string): Promise<void> { await this.driver.goto(this.server.url(pathOrUrl), { waitUntil: 'load' }); }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> { return this.driver.evaluate(fn, arg) as Promise<R>; }
  async mouseMove(x: number, y: number, steps = 5): Promise<void> { await this.driver.mouse.move(x, y, { steps }); }
  async click(x: number, y: number): Promise<void> { await this.driver.mouse.click(x, y); }
  async type(text: string): Promise<void> { await this.driver.keyboard.type(text); }
  async bringToFront(): Promise<void> { await this.driver.bringToFront(); }
  async close(): Promise<void> { await this.driver.close(); }

  async waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs = 10_000): Promise<R> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    for (;;) {
      try {
        const value = await this.evaluate(fn, arg);
        if (value) return value;
        last = value;
      } catch (e) {
        last = e;
      }
      if (Date.now() > deadline) throw new Error(`waitFor timed out after ${timeoutMs} ms: ${fn.toString().slice(0, 120)} (last: ${String(last)})`);
      await sleep(100);
    }
  }

  async waitForSelector(selector: string, timeoutMs = 10_000): Promise<void> {
    await this.waitFor((s) => document.querySelector(s) !== null, selector, timeoutMs);
  }

  async textRect(text: string, occurrence = 0): Promise<Rect | null> {
    return this.evaluate(findTextRect, { text, occurrence });
  }

  async hoverText(text: string, occurrence = 0, steps = 5): Promise<Rect> {
    const rect = await this.textRect(text, occurrence);
    if (!rect) throw new Error(`"${text}" (occurrence ${occurrence}) is not on ${this.url()}`);
    await this.mouseMove(rect.x + rect.width / 2, rect.y + rect.height / 2, steps);
    return rect;
  }

  async waitForCard(options: ReadCardOptions = {}, timeoutMs = 10_000): Promise<CardReading> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const card = await this.readCard(options);
      if (card) return card;
      if (Date.now() > deadline) throw new Error(`no ${options.role ?? 'dialog'} card on ${this.url()} after ${timeoutMs} ms`);
      await sleep(100);
    }
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(screenshotDir, { recursive: true });
    const file = join(screenshotDir, `${this.browser}-${name}.png`);
    writeFileSync(file, await this.driver.screenshot());
    return file;
  }
}
