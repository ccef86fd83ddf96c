import type { DocumentContext } from './context.ts';

/** A mention in one string: UTF-16 offsets into the text as given, `text === input.slice(start, end)`. */
export interface Mention {
  start: number;
  end: number;
  entityId: string;
  text: string;
}

/**
 * A mention in text made of pieces (the content script's DOM text nodes). It starts at
 * `startOffset` in piece `startPiece` and ends before `endOffset` in piece `endPiece`, where
 * `endOffset` may equal that piece's length; start and end pieces differ when the mention spans
 * inline boundaries ("<b>Levada</b> Centre").
 */
export interface PieceMention {
  entityId: string;
  startPiece: number;
  startOffset: number;
  endPiece: number;
  endOffset: number;
}

/**
 * The automaton as plain arrays, ready to bundle or store. A trie over normalised UTF-16 units:
 * node `v` has edges `firstEdge[v] .. firstEdge[v + 1] - 1`, sorted by `label`, and edge `e`
 * leads to node `e + 1`. Labels in the private-use range `0xE000 + k` are Russian ending slots
 * of class k. Node `v` ends the patterns `outStart[v] .. outStart[v + 1] - 1`, each naming an
 * entity (index into `ids`) and the guard flags of that alias.
 */
export interface CompiledMatcher {
  version: number;
  ids: string[];
  firstEdge: Int32Array;
  label: Uint16Array;
  outStart: Int32Array;
  outEntity: Int32Array;
  outFlags: Uint8Array;
}

/** Finds the known entities a text names. One instance serves any number of documents. */
export interface Matcher {
  /** Entity ids in the order of the dictionary it was built from. */
  readonly ids: readonly string[];
  /**
   * Mentions in `text`, leftmost-longest, non-overlapping, in order. Pass a `context` to carry
   * "already named in full" across several calls for one document; without one, the text is a
   * document of its own.
   */
  scan(text: string, context?: DocumentContext): Mention[];
  /**
   * The mentions {@link scan} finds, as flat `(start, end, entity)` triples, `entity` indexing
   * {@link ids}: for callers that need only positions, without an object per mention.
   */
  scanOffsets(text: string, context?: DocumentContext): Int32Array;
  /**
   * Mentions in text made of pieces. `breaks[i]` says what separates piece i-1 from piece i:
   * 0 for nothing (an inline boundary, which a mention may span), 1 for a block boundary (which it
   * never spans); `breaks[0]` is ignored. Scanning a document in slices, in document order, with
   * one context gives the same mentions as scanning it whole.
   */
  scanPieces(pieces: readonly string[], breaks: ArrayLike<number>, context?: DocumentContext): PieceMention[];
}
