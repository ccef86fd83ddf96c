import type { DocumentContext } from './context.ts';
import { scanText } from './scanner.ts';
import type { CompiledMatcher } from './types.ts';

/**
 * Mentions as flat `(start, end, entity)` triples in one typed array: `start` and `end` are
 * UTF-16 offsets into `text`, `entity` an index into `ids`. Nothing is allocated per mention,
 * which matters on a long page where the caller only needs positions (and where a million small
 * objects would cost more in the collector than finding them did).
 */
export function scanOffsets(m: CompiledMatcher, text: string, ctx: DocumentContext): Int32Array {
  let out = new Int32Array(96);
  let k = 0;
  scanText(m, text, ctx, (start, end, entity) => {
    if (k + 3 > out.length) {
      const grown = new Int32Array(out.length * 2);
      grown.set(out);
      out = grown;
    }
    out[k] = start;
    out[k + 1] = end;
    out[k + 2] = entity;
    k += 3;
  });
  return out.subarray(0, k);
}
