import type { HighlightPainter } from './highlight-painter.ts';

/** What the page's marks are painted through: a range, and the block it lies in. */
export interface MarkPainter {
  add(range: Range, key: Node): void;
  delete(range: Range): void;
  clear(): void;
  /** Ranges painted now. */
  readonly size: number;
}

/** Shown marks past which only those near the view are painted; below it, painting all costs little. */
export const WINDOW_FROM = 400;

/** How far beyond the view marks stay painted: a screen above and below. */
const MARGIN = '100% 0px 100% 0px';

/**
 * Paints the marks near the view only, once a page has many. Every change of a highlight makes
 * Chromium revalidate and repaint all of its ranges, on screen or not: on a long page that was
 * most of our cost. An IntersectionObserver on the blocks holding marks (no layout forced by us)
 * says which are within a screen of the view; marks come and go with them as the reader scrolls.
 * Everything found stays marked for the rest of FactLens (counts, next mention, hover); this only
 * decides what the browser is asked to paint.
 */
export class ViewWindow implements MarkPainter {
  private readonly keyOf = new Map<Range, Node>();
  private readonly byKey = new Map<Node, Set<Range>>();
  /** Blocks last reported near the view, and blocks reported at all. */
  private readonly near = new Set<Node>();
  private readonly reported = new Set<Node>();
  private observer: IntersectionObserver | null = null;

  constructor(
    private readonly painter: HighlightPainter,
    private readonly view: Window,
    private readonly from = WINDOW_FROM,
  ) {}

  get size(): number {
    return this.painter.size;
  }

  add(range: Range, key: Node): void {
    const target = targetOf(key);
    this.keyOf.set(range, target);
    let set = this.byKey.get(target);
    if (!set) {
      this.byKey.set(target, (set = new Set()));
      if (target.nodeType === 1) this.observer?.observe(target as Element);
    }
    set.add(range);
    if (!this.observer && this.keyOf.size > this.from) this.open();
    if (!this.observer || this.near.has(target) || (!this.reported.has(target) && target.nodeType !== 1)) this.painter.add(range);
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
      if (target.nodeType === 1) this.observer?.unobserve(target as Element);
    }
  }

  clear(): void {
    this.painter.clear();
    this.keyOf.clear();
    this.byKey.clear();
    this.near.clear();
    this.reported.clear();
    this.observer?.disconnect();
    this.observer = null;
  }

  /** From now on, only blocks near the view are painted; what is painted stays until reported far. */
  private open(): void {
    const IO = (this.view as Window & typeof globalThis).IntersectionObserver;
    const observer = new IO((entries) => {
      for (const e of entries) {
        const set = this.byKey.get(e.target);
        if (!set) continue;
        this.reported.add(e.target);
        // A block without a box of its own (display: contents) never intersects: paint it rather than lose it.
        const boxless = e.boundingClientRect.width === 0 && e.boundingClientRect.height === 0;
        if (e.isIntersecting || boxless) {
          this.near.add(e.target);
          for (const r of set) this.painter.add(r);
        } else {
          this.near.delete(e.target);
          for (const r of set) this.painter.delete(r);
        }
      }
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
