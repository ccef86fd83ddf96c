/**
 * The timeline page's address, relative to the extension root, focused on an entity when one is
 * given. The page reads exactly these parameters, so everything that opens it builds it here.
 */
export function timelinePath(entityId?: string | null): string {
  return entityId ? `timeline.html?${new URLSearchParams({ entity: entityId }).toString()}` : 'timeline.html';
}

/** The entity a timeline page was opened for (`?entity=ID`), or null. */
export function timelineFocus(search: string): string | null {
  const id = new URLSearchParams(search).get('entity');
  return id && id.length <= 200 ? id : null;
}

/**
 * How a card opens the timeline focused on its entity. In a page the card must ask the
 * extension; in the popup the timeline is a view of the popup itself.
 */
export interface TimelineOpener {
  /** The href written on the link, so the address is visible and copyable. */
  href(entityId: string): string;
  /** Opens the timeline; the default navigation is prevented when this is given. */
  open?(entityId: string): void;
}
