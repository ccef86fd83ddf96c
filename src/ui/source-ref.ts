/** A passage in one source: what the source viewer opens and highlights. */
export interface SourceRef {
  sourceId: string;
  start: number;
  end: number;
}

/**
 * The source viewer's address for a passage, relative to the extension root. The viewer page
 * reads exactly these parameters, so every place that links to a source builds it here.
 */
export function viewerPath(ref: SourceRef): string {
  const q = new URLSearchParams({ source: ref.sourceId, start: String(ref.start), end: String(ref.end) });
  return `viewer.html?${q.toString()}`;
}

/**
 * How a card opens a source. The card itself cannot know where it runs: in a page it must ask
 * the extension to open the viewer, in the popup it may open a tab directly.
 */
export interface SourceOpener {
  /** The href written on the link, so the address is visible and copyable. */
  href(ref: SourceRef): string;
  /** Opens the viewer; the default navigation is prevented when this is given. */
  open?(ref: SourceRef): void;
}
