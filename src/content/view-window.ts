import type { HighlightPainter } from './highlight-painter.ts';

/** What the page's marks are painted through: a range, and the block it lies in. */
export interface MarkPainter {
  /** `now`: the block was just changed or is in view, so it is painted before the window hears of it. */
  add(range: Range, key: Node, now?: boolean): void;
  delete(range: Range): void;
  clear(): void;
  /** Ranges painted now. */
  readonly size: number;
}

/**
 * Shown marks past which only those near the view are painted. Chromium rebuilds the markers of
 * every painted range at each change of the page, so a feed with a few hundred painted marks paid
 * milliseconds per frame (bench/page-notes.md); under a hundred that is small.
 */
export const WINDOW_FROM = 100;

/** How far beyond the view marks stay painted: a screen above and below. */
const MARGIN = '100% 0px 100% 0px';

/** How long marks that left the window stay painted, so that taking them away rides on a later paint. */
const UNPAINT_AFTER_MS = 500;

/**
 * Paints the marks near the view only, once a page has many. Every change of a highlight makes
 * Chromium revalidate and repaint all of its ranges, on screen or not: on a long page that was
 * most of our cost. An IntersectionObserver on the blocks holding marks (no layout forced by us)
 * says which are within a screen of the view; marks come and go with them as the reader scrolls.
 * Marks in a block just changed are painted at once, before any report (the report would cost a
 * frame more), and marks whose block left the window are taken away with the next paint rather
 * than on a frame of their own. Everything found stays marked for the rest of FactLens (counts,
 * next mention, hover); this only decides what the browser is asked to paint.
 */
export class ViewWindow implements MarkPainter {
  private readonly keyOf = new Map<Range, Node>();
  private readonly byKey = new Map<Node, Set<Range>>();
  /** Blocks last reported near the view, and blocks reported at all. */
  private readonly near = new Set<Node>();
  private readonly reported = new Set<Node>();
  /** Blocks reported far whose marks are still painted, until the next paint or the timer. */
  private readonly leaving = new Set<Node>();
  private leaveTimer: ReturnType<typeof setTimeout> | null = null;
  private observer: IntersectionObserver | null = null;

  constructor(
    private readonly painter: HighlightPainter,
    private readonly view: Window,
    private readonly from = WINDOW_FROM,
  ) {}

  get size(): number {
    return this.painter.size;
  }

  add(range: Range, key: Node, now = false): void {
    const target = targetOf(key);
    this.keyOf.set(range, target);
    let set = this.byKey.get(target);
    if (!set) {
      this.byKey.set(target, (set = new Set()));
      if (target.nodeType === 1) this.observer?.observe(target as Element);
    }
    set.add(range);
    if (!this.observer && this.keyOf.size > this.from) this.open();
    // A block not yet reported is painted at once when it was just changed (a feed's new item,
    // mostly where the reader is): waiting for the report would cost the page a frame more.
    const unreported = !this.reported.has(target) && (target.nodeType !== 1 || now);
    if (!this.observer || this.near.has(target) || unreported) {
      this.unpaintLeaving();
      this.painter.add(range);
    }
  }

  delete(range: Range): void {
    const target = this.keyOf.get(range);
    this.painter.delete(range);
    if (!target) return;
    this.keyOf.delete(range);
    const set = this.byKey.get(target);
    set?.delete(range);
    if (set && set.size === 0) {
      this.byKey.delete(target);
      this.near.delete(target);
      this.reported.delete(target);
      this.leaving.delete(target);
      if (target.nodeType === 1) this.observer?.unobserve(target as Element);
    }
  }

  clear(): void {
    this.painter.clear();
    this.keyOf.clear();
    this.byKey.clear();
    this.near.clear();
    this.reported.clear();
    this.leaving.clear();
    if (this.leaveTimer !== null) clearTimeout(this.leaveTimer);
    this.leaveTimer = null;
    this.observer?.disconnect();
    this.observer = null;
  }

  /** Takes away the marks of blocks that left the window, if they have not come back. */
  private unpaintLeaving(): void {
    if (this.leaveTimer !== null) clearTimeout(this.leaveTimer);
    this.leaveTimer = null;
    for (const target of this.leaving) {
      if (this.near.has(target)) continue;
      for (const r of this.byKey.get(target) ?? []) this.painter.delete(r);
    }
    this.leaving.clear();
  }

  /** From now on, only blocks near the view are painted; what is painted stays until reported far. */
  private open(): void {
    const IO = (this.view as Window & typeof globalThis).IntersectionObserver;
    const observer = new IO((entries) => {
      let painted = false;
      for (const e of entries) {
        const set = this.byKey.get(e.target);
        if (!set) continue;
        this.reported.add(e.target);
        // A block without a box of its own (display: contents) never intersects: paint it rather than lose it.
        const boxless = e.boundingClientRect.width === 0 && e.boundingClientRect.height === 0;
        if (e.isIntersecting || boxless) {
          this.near.add(e.target);
          this.leaving.delete(e.target);
          for (const r of set) {
            if (this.painter.has(r)) continue;
            this.painter.add(r);
            painted = true;
          }
        } else {
          this.near.delete(e.target);
          this.leaving.add(e.target);
        }
      }
      // Marks that left are taken away with the next paint, or after a while: not each on a frame of its own.
      if (painted) this.unpaintLeaving();
      else if (this.leaving.size && this.leaveTimer === null) this.leaveTimer = setTimeout(() => this.unpaintLeaving(), UNPAINT_AFTER_MS);
    }, { rootMargin: MARGIN });
    this.observer = observer;
    for (const target of this.byKey.keys()) if (target.nodeType === 1) observer.observe(target as Element);
  }
}

/** What the observer watches for a block: the block, or the host of a shadow root; a document is always near. */
function targetOf(key: Node): Node {
  if (key.nodeType === 11) return (key as ShadowRoot).host ?? key;
  return key;
}
