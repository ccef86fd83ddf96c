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
  /** Ids of the entities named by an alias without an `afterFullName` guard so far. It only grows. */
  readonly named = new Set<string>();

  #ids: readonly string[] | null = null;
  #added = new Uint8Array(0);

  /**
   * Adds `ids[entity]` to {@link named}. A page names the same few entities again and again: a
   * repeat from the same matcher costs one byte read instead of hashing the id into the set.
   */
  addNamed(ids: readonly string[], entity: number): void {
    if (this.#ids !== ids) {
      this.#ids = ids;
      this.#added = new Uint8Array(ids.length);
    }
    if (this.#added[entity] === 1) return;
    this.#added[entity] = 1;
    this.named.add(ids[entity] as string);
  }

  /**
   * Whether `ids[entity]` is in {@link named}: for the matcher that added it, one byte read
   * instead of hashing the id.
   */
  hasNamed(ids: readonly string[], entity: number): boolean {
    return (this.#ids === ids && this.#added[entity] === 1) || this.named.has(ids[entity] as string);
  }

  /** A copy to scan a tentative slice with, leaving this context as it was. */
  clone(): DocumentContext {
    const c = new DocumentContext();
    for (const id of this.named) c.named.add(id);
    return c;
  }
}
