/**
 * Where the reader is looking: the first element under a few points down the left part of the
 * view, skipping elements fixed to the view (headers, banners) that say nothing about the
 * scroll position. The scan starts there, so the screenful is marked first.
 */
export function visibleStart(doc: Document): Node | null {
  const view = doc.defaultView;
  if (!view || view.scrollY === 0) return null;
  const w = view.innerWidth;
  const h = view.innerHeight;
  for (const fy of [0.1, 0.25, 0.4]) {
    for (const fx of [0.3, 0.5]) {
      const el = doc.elementFromPoint(w * fx, h * fy);
      if (!el || el === doc.body || el === doc.documentElement) continue;
      if (view.getComputedStyle(el).position === 'fixed') continue;
      return el;
    }
  }
  return null;
}
