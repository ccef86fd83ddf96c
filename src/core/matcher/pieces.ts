import type { DocumentContext } from './context.ts';
import { scanText } from './scanner.ts';
import type { CompiledMatcher, PieceMention } from './types.ts';

/**
 * Stands between pieces at a block boundary. U+FFFF is a noncharacter: it is never part of a word
 * or of a pattern, so no match reaches across it.
 */
export const BLOCK_BARRIER = '\uffff';

/** Last index `i` with `starts[i] <= pos`. */
function pieceAt(starts: Int32Array, pos: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Joins the pieces into one string (a barrier at each block boundary, nothing at inline ones),
 * scans it and maps the offsets back to (piece, offset) pairs.
 */
export function scanPieceText(
  m: CompiledMatcher,
  pieces: readonly string[],
  breaks: ArrayLike<number>,
  ctx: DocumentContext,
): PieceMention[] {
  const starts = new Int32Array(pieces.length);
  const parts: string[] = [];
  let length = 0;
  pieces.forEach((piece, i) => {
    if (i > 0 && breaks[i] === 1) {
      parts.push(BLOCK_BARRIER);
      length++;
    }
    starts[i] = length;
    parts.push(piece);
    length += piece.length;
  });
  const out: PieceMention[] = [];
  scanText(m, parts.join(''), ctx, (start, end, entity) => {
    const startPiece = pieceAt(starts, start);
    const endPiece = pieceAt(starts, end - 1);
    out.push({
      entityId: m.ids[entity] as string,
      startPiece,
      startOffset: start - (starts[startPiece] as number),
      endPiece,
      endOffset: end - (starts[endPiece] as number),
    });
  });
  return out;
}
