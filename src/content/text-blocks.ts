import { isBlock, isBreak, isSkipped } from './element-rules.ts';

/**
 * A run of text nodes that a reader sees as one continuous line of text: inline elements may
 * separate the nodes ("<b>Levada</b> Centre"), blocks and line breaks may not. `key` is the
 * nearest block (or shadow root) around them: when something inside that block changes, every
 * run keyed by it or by a block inside it is read again, and nothing else is.
 */
export interface TextBlock {
  key: Node;
  nodes: Text[];
}

/** What the walk needs from its caller. */
export interface WalkOptions {
  /** Elements that belong to us (the card host): never read. */
  ignore?: (el: Element) => boolean;
  /** Told of every open shadow root the walk enters, so it can be observed too. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Where computed styles come from for custom elements; null decides by tag alone. */
  view?: Window | null;
  /** Start here instead of at the root (a node inside the root): the visible part first. */
  from?: Node;
  /**
   * Told when the page removed the node the walk was paused on, so the walk starts again from
   * the top of the root and may yield again what it yielded before.
   */
  onRestart?: () => void;
}

const MEANINGFUL = /[\p{L}\p{N}]/u;

function hasText(nodes: Text[]): boolean {
  return nodes.some((n) => MEANINGFUL.test(n.data));
}

/**
 * The blocks of text under `root`, in document order, entering open shadow roots. A generator,
 * so that a scheduler can stop after any block and go on later without walking anything twice.
 */
export function* textBlocks(root: Node, opts: WalkOptions = {}): Generator<TextBlock, void, undefined> {
  if (insideSkipped(root, opts)) return;
  const doc = root.ownerDocument ?? (root as Document);
  const view = opts.view ?? null;
  const keyOf = new Map<Node, Node>();
  const blockKey = (from: Node): Node => {
    const path: Node[] = [];
    let key: Node | undefined;
    for (let n: Node = from; ; ) {
      key = keyOf.get(n);
      if (key) break;
      path.push(n);
      const parent = n.parentNode;
      if ((n.nodeType === 1 && isBlock(n as Element, view)) || n.nodeType !== 1 || !parent) {
        key = n;
        break;
      }
      n = parent;
    }
    for (const n of path) keyOf.set(n, key);
    return key;
  };

  // No filter callback: calling into script for every node cost more than the walk itself on
  // large pages. Skipped elements are stepped over by hand, subtree and all.
  const walker = doc.createTreeWalker(root, 0x1 | 0x4);
  const skipped = (el: Element) => isSkipped(el) || opts.ignore?.(el) === true;
  const pastSubtree = (): Node | null => {
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  };
  let current: Text[] = [];
  let currentKey: Node | null = null;
  let paused = false;
  const flush = function* (): Generator<TextBlock> {
    if (currentKey && current.length && hasText(current)) {
      paused = true;
      yield { key: currentKey, nodes: current };
    }
    current = [];
    currentKey = null;
  };

  if (opts.from && opts.from !== root && root.contains(opts.from)) walker.currentNode = opts.from;
  const start = walker.currentNode;
  for (let node: Node | null = start; node; node = walker.nextNode()) {
    while (node && node !== start && node.nodeType === 1 && skipped(node as Element)) node = pastSubtree();
    if (!node) break;
    if (node.nodeType === 3) {
      const key = blockKey(node.parentNode ?? node);
      if (key !== currentKey) yield* flush();
      currentKey = key;
      current.push(node as Text);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (isBreak(el)) yield* flush();
      const shadow = el.shadowRoot;
      if (shadow && !(opts.ignore?.(el))) {
        yield* flush();
        opts.onShadowRoot?.(shadow);
        paused = true;
        yield* textBlocks(shadow, { ...opts, from: undefined });
      }
    }
    // The page may have removed where we stand while we were paused; walk again from the top
    // (the caller is told, and skips what it has already read) rather than stop short.
    if (paused) {
      paused = false;
      if (!root.contains(walker.currentNode)) {
        walker.currentNode = root;
        current = [];
        currentKey = null;
        opts.onRestart?.();
      }
    }
  }
  yield* flush();
}

/** Whether a rescan root lies in something never read (an editor, a textarea, our host). */
function insideSkipped(root: Node, opts: WalkOptions): boolean {
  for (let n: Node | null = root; n; n = n.parentNode ?? ((n as ShadowRoot).host || null)) {
    if (n.nodeType === 1 && (isSkipped(n as Element) || opts.ignore?.(n as Element))) return true;
  }
  return false;
}
