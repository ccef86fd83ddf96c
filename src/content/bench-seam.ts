/**
 * The attribute a benchmark page puts on its `<html>` before the content script starts, to ask
 * for the content script's own timings. Firefox has neither CDP metrics nor long-task entries,
 * so these timings are the only account of our main-thread work there.
 */
export const BENCH_FLAG = 'data-factlens-bench';

/** The event a flagged page dispatches on its window to ask; the answer comes back synchronously. */
export const BENCH_REQUEST = 'factlens-bench-request';

/** The answer: a `CustomEvent` whose `detail` is the stats as a JSON string (a string crosses worlds in both browsers). */
export const BENCH_REPLY = 'factlens-bench-stats';

/** Benchmark pages are served over loopback; no site on the web can ask. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Answers a flagged loopback page's requests with `stats()`. Other pages (every real page) get
 * no listener at all, and what a flagged page learns is only numbers about our own work there.
 */
export function exposeBenchStats(win: Window, stats: () => unknown, signal: AbortSignal): void {
  // The attribute first: every real page stops there without touching `location`.
  if (!win.document.documentElement?.hasAttribute(BENCH_FLAG) || !LOOPBACK.has(win.location.hostname)) return;
  win.addEventListener(BENCH_REQUEST, () => {
    win.dispatchEvent(new CustomEvent(BENCH_REPLY, { detail: JSON.stringify(stats()) }));
  }, { signal });
}

/** The stats of a page where nothing has been marked and no slice has run (the page app's shape, `ContentApp.stats`). */
export function emptyStats() {
  return {
    found: 0, shown: 0, indexed: 0, painted: 0,
    shownAt: { first: -1, last: -1, count: 0 },
    slices: [] as number[],
    sliceTotal: { ms: 0, slices: 0, max: 0 },
    /** Slices and mutation callbacks, in ms: all our work that the page app times. */
    workMs: 0,
    cardOpens: [] as number[],
  };
}
