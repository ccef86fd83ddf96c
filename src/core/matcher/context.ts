/**
 * What one document has said so far, for guards that depend on earlier text (`afterFullName`:
 * "Peskov" links only once "Dmitry Peskov" appeared; an alias two entities share links to the one
 * named in full before). Keep one per document and pass it to every scan of that document, in
 * document order: slices scanned that way give the same answer as one whole scan. Content
 * appended later (infinite scroll, live blogs) can be scanned with the same context; after a
 * change elsewhere in the page, scan the whole page again with a fresh context, or the earlier
 * names would count for text that now precedes them.
 */
export class DocumentContext {
  /** Ids of the entities named by an alias without an `afterFullName` guard so far. */
  readonly named = new Set<string>();

  /** A copy to scan a tentative slice with, leaving this context as it was. */
  clone(): DocumentContext {
    const c = new DocumentContext();
    for (const id of this.named) c.named.add(id);
    return c;
  }
}
