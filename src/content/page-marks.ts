import { compareComposed, containsComposed } from './doc-order.ts';
import type { MarkPainter } from './view-window.ts';
import { RangeIndex, type NodeSpan } from './range-index.ts';

/** One mention found in the page. */
export interface PageMention {
  entityId: string;
  range: Range;
  /** The block it was found in: what a rescan of that block replaces. */
  key: Node;
  spans: NodeSpan[];
}

/** Which found mentions are shown, by entity, given the reader's settings. */
export interface MarkFilter {
  allow(entityId: string): boolean;
  firstOnly: boolean;
}

/**
 * Every mention found in the page, grouped by the block it lies in, with the index used for
 * hit-testing and the painter that shows them. All found mentions are kept; the filter decides
 * which are painted and counted, so a settings change applies without reading the page again.
 */
export class PageMarks {
  private readonly byKey = new Map<Node, PageMention[]>();
  /** Keys inside shadow trees (shadow roots included): found from below, since a walk of the light tree misses them. */
  private readonly shadowKeys = new Set<Node>();
  /** Keys not yet sorted into light or shadow: sorted at the first drop, so reading a page whole asks nothing more of it. */
  private unsorted: Node[] = [];
  private readonly index = new RangeIndex<PageMention>();
  private shown: PageMention[] = [];
  private shownSet = new Set<PageMention>();
  /** Whether `shown` is in reading order: sorting costs a DOM comparison per step, so it waits until someone reads the list. */
  private sorted = true;
  private dirty = false;
  /** Found since the last commit; while nothing was dropped, a commit only has to show these. */
  private pending: PageMention[] = [];
  private dropped = false;

  constructor(
    private readonly painter: MarkPainter,
    private filter: MarkFilter,
  ) {}

  /**
   * Forgets every mention in blocks inside `root` (itself included): before it is read again, or
   * once it has left the page. Costs the smaller of the blocks with mentions and the elements
   * under `root`, so a page that has been marked for a long while (a feed read for an hour) does
   * not pay for all it has marked at every change.
   */
  dropUnder(root: Node): void {
    for (const key of this.unsorted) if (this.byKey.has(key) && key.getRootNode().nodeType === 11) this.shadowKeys.add(key);
    this.unsorted = [];
    for (const key of this.shadowKeys) if (containsComposed(root, key)) this.dropKey(key);
    const light = this.byKey.size - this.shadowKeys.size;
    if (light === 0) return;
    if (this.byKey.has(root)) this.dropKey(root);
    // An element with no elements in it (most paragraphs a page rewrites) holds no other block.
    if (root.nodeType === 1 && (root as Element).firstElementChild === null) return;
    const below = elementsUnder(root);
    if (below && below.length < light) {
      for (let i = 0; i < below.length; i++) {
        const el = below[i]!;
        if (this.byKey.has(el)) this.dropKey(el);
      }
      return;
    }
    for (const key of [...this.byKey.keys()]) if (!this.shadowKeys.has(key) && root.contains(key)) this.dropKey(key);
  }

  /** Forgets the mentions of one block. */
  dropKey(key: Node): void {
    const list = this.byKey.get(key);
    if (!list) return;
    for (const m of list) {
      this.index.remove(m);
      this.painter.delete(m.range);
    }
    this.byKey.delete(key);
    this.shadowKeys.delete(key);
    this.dirty = true;
    this.dropped = true;
  }

  add(m: PageMention): void {
    let list = this.byKey.get(m.key);
    if (!list) {
      this.byKey.set(m.key, (list = []));
      this.unsorted.push(m.key);
    }
    list.push(m);
    this.pending.push(m);
    this.dirty = true;
  }

  /** Applies new settings to what is already found. */
  setFilter(filter: MarkFilter): void {
    this.filter = filter;
    this.dirty = true;
    this.dropped = true;
    this.commit();
  }

  /**
   * Brings the painted marks and the index in line with what was found; cheap when nothing
   * changed. `now`: what was found lies in blocks just changed or in view (see {@link MarkPainter.add}).
   */
  commit(now = false): void {
    if (!this.dirty) return;
    this.dirty = false;
    const pending = this.pending;
    this.pending = [];
    if (!this.dropped && !this.filter.firstOnly) {
      for (const m of pending) {
        if (!this.filter.allow(m.entityId)) continue;
        this.painter.add(m.range, m.key, now);
        this.index.add(m, m.spans);
        this.shown.push(m);
        this.shownSet.add(m);
        this.sorted = false;
      }
      return;
    }
    this.dropped = false;
    const all = [...this.byKey.values()].flat().filter((m) => this.filter.allow(m.entityId));
    let next = all;
    this.sorted = this.filter.firstOnly;
    if (this.filter.firstOnly) {
      inReadingOrder(all);
      const seen = new Set<string>();
      next = all.filter((m) => !seen.has(m.entityId) && seen.add(m.entityId));
    }
    const nextSet = new Set(next);
    for (const m of this.shown) {
      if (!nextSet.has(m)) {
        this.painter.delete(m.range);
        this.index.remove(m);
      }
    }
    for (const m of next) {
      if (!this.shownSet.has(m)) {
        this.painter.add(m.range, m.key);
        this.index.add(m, m.spans);
      }
    }
    this.shown = next;
    this.shownSet = nextSet;
  }

  /** Shown mentions in reading order. */
  get list(): readonly PageMention[] {
    if (!this.sorted) {
      inReadingOrder(this.shown);
      this.sorted = true;
    }
    return this.shown;
  }

  /** How many mentions are shown, without putting them in order. */
  get size(): number {
    return this.shown.length;
  }

  /** Shown mentions at a caret position. */
  at(node: Node, offset: number): PageMention[] {
    return this.index.at(node, offset);
  }

  /** Sizes for the structural checks: found, shown (marked), index entries, and painted (near the view on a long page). */
  get stats(): { found: number; shown: number; indexed: number; painted: number } {
    let found = 0;
    for (const l of this.byKey.values()) found += l.length;
    return { found, shown: this.shown.length, indexed: this.index.entryCount, painted: this.painter.size };
  }

  clear(): void {
    this.byKey.clear();
    this.shadowKeys.clear();
    this.unsorted = [];
    this.index.clear();
    this.painter.clear();
    this.shown = [];
    this.shownSet = new Set();
    this.pending = [];
    this.dropped = false;
    this.dirty = false;
  }
}

/** The elements under `root` (not itself), as the browser lists them without walking in script; null for other nodes. */
function elementsUnder(root: Node): ArrayLike<Element> | null {
  if (root.nodeType === 1 || root.nodeType === 9) return (root as Element).getElementsByTagName('*');
  if (root.nodeType === 11) return (root as DocumentFragment).querySelectorAll('*');
  return null;
}

function inReadingOrder(list: PageMention[]): void {
  list.sort((a, b) => compareComposed(a.spans[0]!.node, b.spans[0]!.node) || a.spans[0]!.start - b.spans[0]!.start);
}
