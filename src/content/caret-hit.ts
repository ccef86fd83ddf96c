/** A caret position: the text node under a point and the offset in it. */
export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretPositionFn = (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;

/**
 * The caret position under a viewport point. `caretPositionFromPoint` is the standard (Firefox,
 * Chromium 128+) and, given the open shadow roots we mark, reaches into them; older Chromium has
 * only `caretRangeFromPoint`.
 */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): CaretPoint | null {
  const byPosition = (doc as unknown as { caretPositionFromPoint?: CaretPositionFn }).caretPositionFromPoint;
  if (typeof byPosition === 'function') {
    const p = shadowRoots.length ? byPosition.call(doc, x, y, { shadowRoots }) : byPosition.call(doc, x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/**
 * Whether a point lies on a range's text. The caret position is only the nearest insertion
 * point (it may sit beside the word, or at the end of a line when the pointer is in the margin),
 * so a hit is confirmed against the range's own boxes.
 */
export function rangeContainsPoint(range: Range, x: number, y: number, slack = 1): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return true;
  }
  return false;
}
