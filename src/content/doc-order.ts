/** The chain of nodes from a node out to its document, stepping from shadow roots to their hosts. */
function composedChain(node: Node): Node[] {
  const chain: Node[] = [];
  for (let n: Node | null = node; n; ) {
    chain.push(n);
    n = n.parentNode ?? ((n as ShadowRoot).host || null);
  }
  return chain.reverse();
}

/**
 * Orders two nodes as a reader meets them, also across shadow roots (where
 * `compareDocumentPosition` only says "disconnected"): shadow content counts as where its host
 * is. Negative when `a` comes first.
 */
export function compareComposed(a: Node, b: Node): number {
  if (a === b) return 0;
  const pos = a.compareDocumentPosition(b);
  if (!(pos & Node.DOCUMENT_POSITION_DISCONNECTED)) {
    if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
    if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
    return 0;
  }
  const ca = composedChain(a);
  const cb = composedChain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  const x = ca[i];
  const y = cb[i];
  if (!x || !y) return ca.length - cb.length;
  // A shadow root comes before its host's light children (it is what renders first).
  if (x.nodeType === 11) return -1;
  if (y.nodeType === 11) return 1;
  const p = x.compareDocumentPosition(y);
  return p & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : p & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
}

/** Whether `node` lies inside `root`, looking through shadow roots. */
export function containsComposed(root: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? ((n as ShadowRoot).host || null)) {
    if (n === root) return true;
  }
  return false;
}
