import { realClock, WorkAccount, type Clock } from './clock.ts';
import { isBlock } from './element-rules.ts';

/** What the watcher needs to know about us. */
export interface MutationWatchOptions {
  /** Our own nodes (the card host): changes to them are never a reason to read the page again. */
  isOurs(node: Node): boolean;
  /**
   * Called with the blocks to read again, none inside another, and the elements the page took
   * out since the last call that are still out of it (what was marked inside them is gone).
   * `now` is true when the change came after a quiet moment and is reported from the observer's
   * own callback, before the page's next frame: what is read at once is painted in that frame.
   */
  onBlocks(roots: Node[], removed: Node[], now: boolean): void;
  /**
   * Called when the page navigated without loading a new document (a single-page app). Without
   * it the address is never read: the changed blocks alone are reported.
   */
  onNavigate?(): void;
  /**
   * Coalescing delay in ms: changes within it of the last report are handled together; a change
   * after that long without a report is reported at once.
   */
  delay?: number;
  clock?: Clock;
  /** Where the time of the observer's callbacks and of batched reports is added up. */
  account?: WorkAccount;
}

/** The block (or shadow root) a changed node belongs to: what must be read again. */
export function blockOf(node: Node): Node {
  for (let n: Node | null = node.nodeType === 1 ? node : node.parentNode; n; n = n.parentNode) {
    if (n.nodeType === 1 && isBlock(n as Element)) return n;
    if (n.nodeType === 11 || n.nodeType === 9) return n;
  }
  return node;
}

/**
 * Follows a changing page with ONE MutationObserver (observing the document and each open shadow
 * root we read). A change after a quiet moment (a feed adding an item) is reported at once, from
 * the observer's callback; changes that follow it closely are batched over a short delay and
 * coalesced to the blocks that hold them, so a page that edits a thousand nodes a second costs a
 * rescan of the few blocks involved every so often.
 * Single-page-app navigations show up as a changed address; those read the page again whole.
 */
export class MutationWatch {
  private readonly observer: MutationObserver;
  private dirty = new Set<Node>();
  private removed = new Set<Node>();
  private timer: unknown = null;
  /** When the last report was made (the clock's time). */
  private lastFlush = -Infinity;
  private readonly clock: Clock;
  private href = '';
  private readonly observed = new WeakSet<Node>();

  constructor(
    private readonly doc: Document,
    private readonly opts: MutationWatchOptions,
    signal: AbortSignal,
  ) {
    const view = doc.defaultView!;
    const clock = (this.clock = opts.clock ?? realClock);
    const account = opts.account ?? new WorkAccount(() => clock.now());
    this.observer = new view.MutationObserver((records) => account.time(() => {
      this.take(records);
      if (!this.dirty.size && !this.removed.size) return;
      const delay = this.opts.delay ?? 80;
      if (this.timer === null && clock.now() - this.lastFlush >= delay) this.report(true);
      else this.timer ??= clock.setTimeout(() => account.time(() => this.flush()), delay);
    }));
    this.observe(doc);
    signal.addEventListener('abort', () => this.stop(), { once: true });
    if (!opts.onNavigate) return;
    this.href = addressOf(view);
    const nav = () => this.checkAddress();
    view.addEventListener('popstate', nav, { signal });
    const navigation = (view as unknown as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener?.('navigatesuccess', nav, { signal });
  }

  /** Adds a root (the document, or an open shadow root found while reading). */
  observe(root: Node): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private take(records: MutationRecord[]): void {
    for (const r of records) {
      const t = r.target;
      if (this.opts.isOurs(t)) continue;
      if (r.type !== 'childList') {
        this.dirty.add(blockOf(t));
        continue;
      }
      // Node lists read by index: spreading them cost a page that changes all the time more than
      // the rest of this loop (bench/page-notes.md).
      const added = r.addedNodes;
      const gone = r.removedNodes;
      let changed = false;
      let alone = true;
      for (let i = 0; i < gone.length; i++) {
        const n = gone[i]!;
        if (this.opts.isOurs(n)) continue;
        changed = true;
        if (n.nodeType === 1) this.removed.add(n);
        alone &&= standsAlone(n);
      }
      for (let i = 0; i < added.length; i++) {
        const n = added[i]!;
        if (this.opts.isOurs(n)) continue;
        changed = true;
        alone &&= standsAlone(n);
      }
      if (!changed) continue;
      // Whole blocks added beside others (a feed appending items) are read alone; anything
      // inline changes the text of the block around it, which is then read again whole.
      if (alone) {
        for (let i = 0; i < added.length; i++) {
          const n = added[i]!;
          if (n.nodeType === 1 && !this.opts.isOurs(n)) this.dirty.add(n);
        }
      } else {
        this.dirty.add(blockOf(t));
      }
    }
  }

  /** Handles what has piled up now. */
  flush(): void {
    this.report(false);
  }

  private report(now: boolean): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.lastFlush = this.clock.now();
    const pending = this.observer.takeRecords();
    if (pending.length) this.take(pending);
    const changed = this.dirty;
    const removed = this.removed;
    this.dirty = new Set();
    this.removed = new Set();
    if (this.checkAddress()) return;
    const roots = [...changed].filter((b) => b.isConnected && !hasAncestorIn(b, changed));
    // Taken out and put back elsewhere (moved) is still in the page, and read again where it went.
    this.opts.onBlocks(roots, [...removed].filter((n) => !n.isConnected && !hasAncestorIn(n, removed)), now);
  }

  private checkAddress(): boolean {
    if (!this.opts.onNavigate) return false;
    const view = this.doc.defaultView;
    const href = view ? addressOf(view) : this.href;
    if (href === this.href) return false;
    this.href = href;
    this.dirty.clear();
    this.removed.clear();
    this.opts.onNavigate();
    return true;
  }

  private stop(): void {
    this.observer.disconnect();
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.dirty.clear();
    this.removed.clear();
  }
}

/** The address without its fragment: moving to an anchor in the same page is not a navigation. */
function addressOf(view: Window): string {
  const { origin, pathname, search } = view.location;
  return `${origin}${pathname}${search}`;
}

/**
 * A letter or digit. Built on first use from a string: a literal with Unicode properties is
 * checked when the script is parsed, which costs every page about 0.1–0.3 ms before it runs.
 */
let wordChar: RegExp | undefined;

/** A node whose addition or removal leaves the text around it as it was: a block, a comment, blank text. */
function standsAlone(n: Node): boolean {
  if (n.nodeType === 1) return isBlock(n as Element);
  if (n.nodeType === 3) return !(wordChar ??= new RegExp('[\\p{L}\\p{N}]', 'u')).test((n as Text).data);
  return n.nodeType === 8;
}

function hasAncestorIn(node: Node, set: Set<Node>): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (set.has(p)) return true;
  return false;
}
