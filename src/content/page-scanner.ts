import type { DocumentContext } from '../core/matcher/index.ts';
import type { PageMatcher } from './matcher-source.ts';
import type { PageMarks, PageMention } from './page-marks.ts';
import type { NodeSpan } from './range-index.ts';
import type { SliceScheduler } from './slice-scheduler.ts';
import { textBlocks, type TextBlock, type WalkOptions } from './text-blocks.ts';

/** Characters handed to the matcher in one call: small enough that a slice ends near its deadline, in Firefox too. */
const BATCH_CHARS = 4_096;

/**
 * How often the full pass hands its marks to the painter. Every change of the highlights makes
 * the browser check all their ranges before the next frame (about a quarter of a second on a
 * 1 MB page when it happened after every slice); the visible part and the end of the pass are
 * painted at once regardless.
 */
export const PAINT_EVERY_MS = 250;

/**
 * Reads the page's text into the matcher and records what it finds. A full pass walks the
 * whole document in order with one {@link DocumentContext} (so "named in full earlier" holds as
 * in the CLI); rescans of changed blocks reuse a copy of what the page named so far.
 */
export class PageScanner {
  private ctx: DocumentContext;
  private pass = 0;
  private lastPaint = -Infinity;

  constructor(
    private readonly doc: Document,
    private readonly pm: PageMatcher,
    private readonly marks: PageMarks,
    private readonly scheduler: SliceScheduler,
    private readonly walk: WalkOptions,
    private readonly onChange: () => void,
  ) {
    this.ctx = pm.context();
  }

  /**
   * Marks the whole page: first, at once, the blocks from the top of the view down to its bottom
   * (with a tentative context), then everything in document order in idle slices, which settles
   * each block for good.
   */
  full(root: Node = this.doc.body ?? this.doc.documentElement, visibleFrom: Node | null = null): void {
    const pass = ++this.pass;
    this.scheduler.cancel();
    if (visibleFrom) {
      const view = this.doc.defaultView;
      const bottom = view ? view.innerHeight : Infinity;
      const walk = this.walkOf(root, () => this.pm.context(), visibleFrom, (b) => belowView(b, bottom));
      this.scheduler.push((deadline) => this.step(walk, deadline), true);
    }
    const walk = this.walkOf(root, () => (this.ctx = this.pm.context()));
    walk.paced = true;
    this.scheduler.push((deadline) => pass === this.pass && this.step(walk, deadline));
  }

  /**
   * Reads again the blocks under each root (roots must not contain one another): in idle slices,
   * or with `now`, a first slice at once, ahead of other work, so that what it finds is painted
   * in the page's next frame.
   */
  rescan(roots: Node[], now = false): void {
    const pass = this.pass;
    const tasks = roots.map((root) => {
      this.marks.dropUnder(root);
      // One copy of what the page named so far (another should the walk start over).
      const walk = this.walkOf(root, () => this.ctx.clone());
      return (deadline: () => boolean) => pass === this.pass && this.step(walk, deadline);
    });
    this.marks.commit();
    if (now) this.scheduler.first(tasks);
    else for (const task of tasks) this.scheduler.push(task);
  }

  /** A walk over the blocks under `root`, read with the context `fresh()` gives. */
  private walkOf(root: Node, fresh: () => DocumentContext, from?: Node, stop?: (b: TextBlock) => boolean): Walk {
    const walk: Walk = { blocks: null!, ctx: fresh(), fresh, done: new Set(), read: null, restarted: false, paced: false, stop };
    walk.blocks = textBlocks(root, { ...this.walk, from, onRestart: () => void (walk.restarted = true) });
    return walk;
  }

  /** One slice: blocks until the deadline; returns whether any are left. */
  private step(walk: Walk, deadline: () => boolean): boolean {
    let more = true;
    while (more && !deadline()) {
      const batch: TextBlock[] = [];
      let chars = 0;
      while (chars < BATCH_CHARS) {
        const r = walk.blocks.next();
        if (walk.restarted) {
          walk.restarted = false;
          // The page removed where the walk stood, and it starts again from the top. The first
          // time, everything is read again from scratch; from then on each text node is read
          // once, so a page that keeps removing cannot keep the walk from ending.
          if (!walk.read) {
            walk.read = new WeakSet();
            walk.done = new Set();
            walk.ctx = walk.fresh();
            batch.length = 0;
            chars = 0;
          }
        }
        if (r.done) {
          more = false;
          break;
        }
        const b = r.value;
        const read = walk.read;
        if (read) {
          if (read.has(b.nodes[0]!)) continue;
          for (const n of b.nodes) read.add(n);
        }
        if (walk.stop?.(b)) {
          more = false;
          break;
        }
        batch.push(b);
        for (const n of b.nodes) chars += n.length;
      }
      this.apply(batch, walk.ctx, walk.done);
    }
    const now = this.scheduler.now();
    if (!walk.paced || !more || now - this.lastPaint >= PAINT_EVERY_MS) {
      this.lastPaint = now;
      // The full pass reads the whole page: only its marks wait to hear whether they are near the view.
      this.marks.commit(!walk.paced);
      this.onChange();
    }
    return more;
  }

  private apply(batch: TextBlock[], ctx: DocumentContext, done: Set<Node>): void {
    if (batch.length === 0) return;
    const pieces: string[] = [];
    const nodes: Text[] = [];
    const keys: Node[] = [];
    const breaks: number[] = [];
    for (const b of batch) {
      if (!done.has(b.key)) {
        done.add(b.key);
        this.marks.dropKey(b.key);
      }
      b.nodes.forEach((n, i) => {
        pieces.push(n.data);
        nodes.push(n);
        keys.push(b.key);
        breaks.push(i === 0 ? 1 : 0);
      });
    }
    for (const pm of this.pm.matcher.scanPieces(pieces, breaks, ctx)) {
      const spans: NodeSpan[] = [];
      for (let p = pm.startPiece; p <= pm.endPiece; p++) {
        const node = nodes[p]!;
        const start = p === pm.startPiece ? pm.startOffset : 0;
        const end = p === pm.endPiece ? pm.endOffset : node.length;
        if (end > start) spans.push({ node, start, end });
      }
      if (spans.length === 0) continue;
      const range = this.doc.createRange();
      range.setStart(nodes[pm.startPiece]!, pm.startOffset);
      range.setEnd(nodes[pm.endPiece]!, pm.endOffset);
      const m: PageMention = { entityId: pm.entityId, range, key: keys[pm.startPiece]!, spans };
      this.marks.add(m);
    }
  }
}

/** One walk over the page or part of it, and what it has read. */
interface Walk {
  blocks: Generator<TextBlock>;
  ctx: DocumentContext;
  /** The context to read with when the walk starts over. */
  fresh: () => DocumentContext;
  /** Blocks whose old marks were dropped in this walk: what it finds there is added, not replaced. */
  done: Set<Node>;
  /** Text nodes read, kept only once the page made the walk start over (null until then). */
  read: WeakSet<Text> | null;
  restarted: boolean;
  /** The full pass: hands its marks to the painter every {@link PAINT_EVERY_MS}, not every slice. */
  paced: boolean;
  /** Where the walk ends early (the bottom of the view). */
  stop?: (b: TextBlock) => boolean;
}

/** Whether a block starts below the bottom of the view (the end of the visible-first pass). */
function belowView(b: TextBlock, bottom: number): boolean {
  const first = b.nodes[0]!;
  const el = first.parentElement;
  if (!el) return false;
  const r = el.getBoundingClientRect();
  return r.top > bottom;
}
