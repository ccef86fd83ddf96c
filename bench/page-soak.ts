/**
 * The soak: the mutation-storm page rewritten about 1,000 times a second for a minute (or
 * `--soak SECONDS`), with and without FactLens, sampled every few seconds: main-thread share,
 * JS heap after a collection (Chromium), and the content script's own slice share and sizes
 * (what it has found, shows and indexes), so that growth over time would show.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { TestBrowser } from '../test/e2e/harness/types.ts';

/** One sample: seconds since the storm began, and the figures of the interval before it. */
export interface SoakPoint {
  at: number;
  cpu: number;
  heapMB: number;
  sliceCpu: number;
  /** Our slices and mutation callbacks. */
  workCpu: number;
  found: number;
  indexed: number;
  painted: number;
}

interface Stats {
  found: number;
  indexed: number;
  painted: number;
  sliceTotal: { ms: number };
  workMs: number;
}

interface StormProbe {
  startStorm(seconds: number): Promise<number>;
  stats(): Stats | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs the storm on a freshly opened page and samples it every `every` seconds. */
export async function soakSample(b: TestBrowser, path: string, seconds: number, every = 5): Promise<SoakPoint[]> {
  const tp = await b.openPage('about:blank');
  let cdp: CDPSession | null = null;
  try {
    if (tp.browser === 'chromium') {
      const page = (tp as unknown as { page: Page }).page;
      cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
    }
    const read = async () => {
      if (!cdp) return { task: NaN, heap: NaN };
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const m = (name: string) => metrics.find((x) => x.name === name)?.value ?? NaN;
      return { task: m('TaskDuration') * 1000, heap: m('JSHeapUsedSize') };
    };
    const stats = () => tp.evaluate(() => (globalThis as unknown as { __bench: StormProbe }).__bench.stats());
    await tp.goto(path);
    await sleep(1500);
    const storm = tp.evaluate((s) => (globalThis as unknown as { __bench: StormProbe }).__bench.startStorm(s), seconds);
    const points: SoakPoint[] = [];
    let prev = await read();
    let prevStats = await stats();
    let prevAt = Date.now();
    const start = prevAt;
    for (let t = every; t <= seconds; t += every) {
      await sleep(start + t * 1000 - Date.now());
      const now = await read();
      const s = await stats();
      const at = Date.now();
      const wall = at - prevAt;
      points.push({
        at: Math.round((at - start) / 1000),
        cpu: ((now.task - prev.task) / wall) * 100,
        heapMB: now.heap / 1e6,
        sliceCpu: s && prevStats ? ((s.sliceTotal.ms - prevStats.sliceTotal.ms) / wall) * 100 : NaN,
        workCpu: s && prevStats ? ((s.workMs - prevStats.workMs) / wall) * 100 : NaN,
        found: s?.found ?? NaN,
        indexed: s?.indexed ?? NaN,
        painted: s?.painted ?? NaN,
      });
      prev = now;
      prevStats = s;
      prevAt = at;
    }
    await storm;
    return points;
  } finally {
    await cdp?.detach().catch(() => {});
    await tp.close();
  }
}
