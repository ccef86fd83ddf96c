import type { DocumentContext } from './context.ts';
import { scanOffsets } from './offsets.ts';
import type { CompiledMatcher, PieceMention } from './types.ts';

/**
 * Stands between pieces at a block boundary. U+FFFF is a noncharacter: it is never part of a word
 * or of a pattern, so no match reaches across it.
 */
export const BLOCK_BARRIER = '\uffff';

/**
 * Joins the pieces into one string (a barrier at each block boundary, nothing at inline ones),
 * scans it and maps the offsets back to (piece, offset) pairs. Mentions come in text order, so
 * one cursor walks the piece starts forward instead of searching them per mention.
 */
export function scanPieceText(
  m: CompiledMatcher,
  pieces: readonly string[],
  breaks: ArrayLike<number>,
  ctx: DocumentContext,
): PieceMention[] {
  const count = pieces.length;
  const starts = new Int32Array(count);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; i < count; i++) {
    const piece = pieces[i] as string;
    if (i > 0 && breaks[i] === 1) {
      parts.push(BLOCK_BARRIER);
      length++;
    }
    starts[i] = length;
    parts.push(piece);
    length += piece.length;
  }
  const found = scanOffsets(m, parts.join(''), ctx);
  const out: PieceMention[] = new Array<PieceMention>(found.length / 3);
  let cursor = 0;
  for (let k = 0; k < found.length; k += 3) {
    const start = found[k] as number;
    const end = found[k + 1] as number;
    // Last piece starting at or before `start`; an empty piece shares its start with the next one.
    while (cursor + 1 < count && (starts[cursor + 1] as number) <= start) cursor++;
    const startPiece = cursor;
    let endPiece = cursor;
    while (endPiece + 1 < count && (starts[endPiece + 1] as number) <= end - 1) endPiece++;
    out[k / 3] = {
      entityId: m.ids[found[k + 2] as number] as string,
      startPiece,
      startOffset: start - (starts[startPiece] as number),
      endPiece,
      endOffset: end - (starts[endPiece] as number),
    };
  }
  return out;
}
