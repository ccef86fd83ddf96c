import { WorkAccount } from './clock.ts';

/** A unit of background work: does some, returns whether any is left. */
export type SliceTask = (deadline: () => boolean) => boolean;

/** Where the scheduler gets its time from; a test passes its own. */
export interface IdleHost {
  requestIdleCallback?: (cb: (d: { timeRemaining(): number; didTimeout: boolean }) => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
  now: () => number;
}

/** Longest slice of our work, in ms: far below the 50 ms that counts as a long task. */
export const SLICE_MS = 8;

/**
 * Runs work in small slices when the page is idle, so no task of ours is long enough to make
 * the page stutter. The first slice can run at once (the part of the page in view); the rest
 * waits for idle time, with a timeout so a busy page still gets marked.
 */
export class SliceScheduler {
  private queue: SliceTask[] = [];
  private handle: { idle: number } | { timer: unknown } | null = null;
  /** Duration of each slice run, kept for the page benchmark (browsers without long-task timing). */
  readonly sliceTimes: number[] = [];
  /** All slices' time and count since start (the last 200 alone cannot account for a long-lived page). */
  readonly total = { ms: 0, slices: 0, max: 0 };

  constructor(
    private readonly host: IdleHost,
    signal: AbortSignal,
    private readonly sliceMs = SLICE_MS,
    /** Where the slices' time is also added up, with the rest of our work. */
    private readonly account = new WorkAccount(() => host.now()),
  ) {
    signal.addEventListener('abort', () => this.cancel(), { once: true });
  }

  /** Adds a task; `now` runs a first slice synchronously. */
  push(task: SliceTask, now = false): void {
    if (now) this.first([task]);
    else {
      this.queue.push(task);
      this.wake();
    }
  }

  /** Puts tasks ahead of all queued work, in order, and runs a first slice of them synchronously. */
  first(tasks: SliceTask[]): void {
    if (tasks.length === 0) return;
    this.queue.unshift(...tasks);
    this.unwake();
    this.run(this.sliceMs);
  }

  /** The host's clock, for work that paces itself by more than one slice. */
  now(): number {
    return this.host.now();
  }

  get busy(): boolean {
    return this.queue.length > 0;
  }

  /** Drops all queued work. */
  cancel(): void {
    this.queue = [];
    this.unwake();
  }

  private run(budget: number): void {
    this.account.time(() => this.slice(budget));
  }

  private slice(budget: number): void {
    const start = this.host.now();
    const end = start + budget;
    const over = () => this.host.now() >= end;
    while (this.queue.length && !over()) {
      const task = this.queue[0]!;
      if (!task(over)) this.queue.shift();
    }
    const took = this.host.now() - start;
    if (this.sliceTimes.length >= 200) this.sliceTimes.shift();
    this.sliceTimes.push(took);
    this.total.ms += took;
    this.total.slices++;
    this.total.max = Math.max(this.total.max, took);
    if (this.queue.length) this.wake();
  }

  private wake(): void {
    if (this.handle) return;
    const ric = this.host.requestIdleCallback;
    if (ric) {
      const idle = ric((d) => {
        this.handle = null;
        this.run(Math.min(this.sliceMs, Math.max(2, d.didTimeout ? this.sliceMs : d.timeRemaining())));
      }, { timeout: 200 });
      this.handle = { idle };
    } else {
      const timer = this.host.setTimeout(() => {
        this.handle = null;
        this.run(this.sliceMs);
      }, 0);
      this.handle = { timer };
    }
  }

  private unwake(): void {
    const h = this.handle;
    if (!h) return;
    if ('idle' in h) this.host.cancelIdleCallback?.(h.idle);
    else this.host.clearTimeout(h.timer);
    this.handle = null;
  }
}
