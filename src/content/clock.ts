/** Timers, passed in so that tests can drive time by hand instead of waiting for it. */
export interface Clock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

/** The real timers of the page the script runs in. */
export const realClock: Clock = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => performance.now(),
};

/**
 * Time spent in our own work (the scheduler's slices, the mutation observer's callbacks), a call
 * made inside another counted once. Firefox has no other account of it for the benchmark.
 */
export class WorkAccount {
  ms = 0;
  private busy = false;

  constructor(private readonly now: () => number) {}

  /** Runs `fn`, adding its time unless it runs inside another timed call. */
  time<T>(fn: () => T): T {
    if (this.busy) return fn();
    this.busy = true;
    const start = this.now();
    try {
      return fn();
    } finally {
      this.ms += this.now() - start;
      this.busy = false;
    }
  }
}
