/** One measurement of one page in one browser: the numbers the benchmark takes medians of. */
import type { CDPSession, Page } from 'playwright-core';
import type { TestBrowser, TestPage } from '../test/e2e/harness/types.ts';

/** What the content script tells a flagged page (src/content/bench-seam.ts). */
interface ContentStats {
  shown: number;
  painted: number;
  /** When the number of marks first and last changed, on the page's clock. */
  shownAt: { first: number; last: number };
  slices: number[];
  sliceTotal: { ms: number; slices: number; max: number };
  /** Slices and mutation callbacks, in ms. */
  workMs: number;
  cardOpens: number[];
}

/** What bench/page-probe.js keeps in the page. */
interface Probe {
  longtasks: { start: number; duration: number }[] | null;
  firstMark: number;
  lastChange: number;
  count: number;
  chunks: { addedAt: number; markedAt: number }[];
  stats(): ContentStats | null;
  loadMark(): Promise<void>;
  runMark(aliases: readonly string[]): { ms: number; marks: number };
  startFeed(): Promise<void>;
  /** Time the poll itself took so far, in ms. */
  probeMs: number;
}


/** One run's figures; NaN where a browser cannot tell. Times in ms, heap in bytes. */
export type Sample = Record<string, number>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Chromium's own accounting of the page's renderer main thread, through CDP. */
class Metrics {
  private constructor(private readonly cdp: CDPSession | null) {}

  static async of(tp: TestPage): Promise<Metrics> {
    if (tp.browser !== 'chromium') return new Metrics(null);
    const page = (tp as unknown as { page: Page }).page;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    return new Metrics(cdp);
  }

  /** TaskDuration and ScriptDuration in ms, JSHeapUsedSize after a collection in bytes. */
  async read(): Promise<{ task: number; script: number; heap: number }> {
    if (!this.cdp) return { task: NaN, script: NaN, heap: NaN };
    await this.cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    const m = (name: string) => metrics.find((x) => x.name === name)?.value ?? NaN;
    return { task: m('TaskDuration') * 1000, script: m('ScriptDuration') * 1000, heap: m('JSHeapUsedSize') };
  }

  async close(): Promise<void> {
    await this.cdp?.detach().catch(() => {});
  }
}

/** Waits until highlights stopped changing for `quietMs` and the page has been up `minMs`. */
async function settle(tp: TestPage, quietMs = 1500, minMs = 2000): Promise<void> {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    const s = await tp.evaluate(() => ({ now: performance.now(), last: (globalThis as unknown as { __bench: Probe }).__bench.lastChange }));
    if (s.now >= minMs && s.now - Math.max(0, s.last) >= quietMs) return;
    await sleep(250);
  }
  throw new Error(`${tp.url()} kept changing for two minutes`);
}

async function open(b: TestBrowser): Promise<{ tp: TestPage; metrics: Metrics }> {
  const tp = await b.openPage('about:blank');
  const metrics = await Metrics.of(tp);
  return { tp, metrics };
}

/**
 * Loads `path` and lets everything settle: main-thread time, script time and heap for the whole
 * page life so far (load, parse and our work), long tasks, when marks appeared, and the content
 * script's own slice account. With `hover`, then rests the pointer on that text and records the
 * time from hover intent to the card in the DOM.
 */
export async function loadSample(b: TestBrowser, path: string, hover?: string): Promise<Sample> {
  const { tp, metrics } = await open(b);
  try {
    const m0 = await metrics.read();
    await tp.goto(`${path}?poll`);
    await settle(tp);
    const m1 = await metrics.read();
    const p = await tp.evaluate(() => {
      const x = (globalThis as unknown as { __bench: Probe }).__bench;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { longtasks: x.longtasks, firstMark: x.firstMark, lastChange: x.lastChange, count: x.count, stats: x.stats(), load: nav?.loadEventEnd ?? NaN };
    });
    const lt = p.longtasks;
    const sample: Sample = {
      task: m1.task - m0.task,
      script: m1.script - m0.script,
      heap: m1.heap,
      longest: lt ? Math.max(0, ...lt.map((t) => t.duration)) : NaN,
      longAfterLoad: lt ? Math.max(0, ...lt.filter((t) => t.start >= p.load).map((t) => t.duration)) : NaN,
      load: p.load,
      // Marks as FactLens keeps them: on a long page only those near the view are painted, so the
      // highlight registry the probe polls holds fewer (painted).
      firstMark: p.stats && p.stats.shown > 0 ? p.stats.shownAt.first : p.count > 0 ? p.firstMark : NaN,
      allMarked: p.stats && p.stats.shown > 0 ? p.stats.shownAt.last : p.count > 0 ? p.lastChange : NaN,
      ranges: p.stats?.shown ?? p.count,
      painted: p.stats?.painted ?? p.count,
      sliceMs: p.stats?.sliceTotal.ms ?? NaN,
      workMs: p.stats?.workMs ?? NaN,
      sliceMax: p.stats?.sliceTotal.max ?? NaN,
      slices: p.stats?.sliceTotal.slices ?? NaN,
    };
    if (hover) {
      await tp.hoverText(hover);
      const opens = await tp.waitFor(() => {
        const s = (globalThis as unknown as { __bench: Probe }).__bench.stats();
        return s && s.cardOpens.length > 0 ? s.cardOpens : null;
      }, undefined, 10_000);
      sample.cardOpen = opens?.[0] ?? NaN;
      await tp.mouseMove(1, 1);
    }
    return sample;
  } finally {
    await metrics.close();
    await tp.close();
  }
}

/** mark.js on the same page after it settled: the time, long task and heap its one call adds. */
export async function markSample(b: TestBrowser, path: string, aliases: readonly string[]): Promise<Sample> {
  const { tp, metrics } = await open(b);
  try {
    await tp.goto(path);
    await settle(tp, 500, 1000);
    await tp.evaluate(() => (globalThis as unknown as { __bench: Probe }).__bench.loadMark());
    const m0 = await metrics.read();
    const t0 = await tp.evaluate(() => performance.now());
    const r = await tp.evaluate((a) => (globalThis as unknown as { __bench: Probe }).__bench.runMark(a), aliases);
    await sleep(1000);
    const m1 = await metrics.read();
    const lt = await tp.evaluate(() => (globalThis as unknown as { __bench: Probe }).__bench.longtasks);
    return {
      task: m1.task - m0.task,
      script: m1.script - m0.script,
      heapAdded: m1.heap - m0.heap,
      markMs: r.ms,
      marks: r.marks,
      longest: lt ? Math.max(0, ...lt.filter((t) => t.start >= t0).map((t) => t.duration)) : r.ms,
    };
  } finally {
    await metrics.close();
    await tp.close();
  }
}

/** The feed page: 10 s of appends; main-thread share during them, and how soon each chunk got a mark. */
export async function feedSample(b: TestBrowser, path: string, markable: readonly boolean[]): Promise<Sample> {
  const { tp, metrics } = await open(b);
  try {
    await tp.goto(`${path}?poll`);
    await settle(tp, 1000, 1500);
    const s0 = await tp.evaluate(() => (globalThis as unknown as { __bench: Probe }).__bench.stats());
    const probe0 = await tp.evaluate(() => (globalThis as unknown as { __bench: Probe }).__bench.probeMs);
    const m0 = await metrics.read();
    const t0 = await tp.evaluate(() => performance.now());
    await tp.evaluate(() => (globalThis as unknown as { __bench: Probe }).__bench.startFeed());
    await sleep(1000);
    const t1 = await tp.evaluate(() => performance.now());
    const m1 = await metrics.read();
    const p = await tp.evaluate(() => {
      const x = (globalThis as unknown as { __bench: Probe }).__bench;
      return { chunks: x.chunks, stats: x.stats(), probeMs: x.probeMs };
    });
    // The benchmark's own poll, timed in the page, is not the page's work: it reads every painted
    // range while a chunk waits to be seen marked, so it would cost more the more FactLens paints.
    const probe = p.probeMs - probe0;
    const lat = p.chunks.filter((c, i) => c.markedAt >= 0 && markable[i]).map((c) => c.markedAt - c.addedAt).sort((a, b) => a - b);
    const at = (q: number) => (lat.length ? lat[Math.min(lat.length - 1, Math.floor(q * lat.length))]! : NaN);
    const window = t1 - t0;
    return {
      task: m1.task - m0.task - probe,
      cpu: ((m1.task - m0.task - probe) / window) * 100,
      probeCpu: (probe / window) * 100,
      sliceCpu: p.stats && s0 ? ((p.stats.sliceTotal.ms - s0.sliceTotal.ms) / window) * 100 : NaN,
      workCpu: p.stats && s0 ? ((p.stats.workMs - s0.workMs) / window) * 100 : NaN,
      sliceMax: p.stats?.sliceTotal.max ?? NaN,
      chunks: p.chunks.length,
      // A chunk that names only what the settings leave unmarked (a place) has nothing to be seen.
      markable: p.chunks.filter((_, i) => markable[i]).length,
      unmarked: p.chunks.filter((c, i) => markable[i] && c.markedAt < 0).length,
      latMedian: at(0.5),
      latP95: at(0.95),
      latMax: lat.length ? lat[lat.length - 1]! : NaN,
      painted: p.stats?.painted ?? NaN,
      shown: p.stats?.shown ?? NaN,
    };
  } finally {
    await metrics.close();
    await tp.close();
  }
}


