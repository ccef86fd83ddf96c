import type { DocumentContext } from './context.ts';
import { scanText } from './scanner.ts';
import type { CompiledMatcher } from './types.ts';

/** Triples of the last scan, kept from one scan to the next so a long page does not grow a new array each time. */
let found = new Int32Array(3 * 1024);
let count = 0;

function push(start: number, end: number, entity: number): void {
  if (count + 3 > found.length) {
    const grown = new Int32Array(found.length * 2);
    grown.set(found);
    found = grown;
  }
  found[count] = start;
  found[count + 1] = end;
  found[count + 2] = entity;
  count += 3;
}

/**
 * Scans `text` into a buffer shared by all scans, valid until the next one: `(start, end, entity)`
 * triples in `[0, length)`. For callers that read the triples at once and keep something else.
 */
export function scanInto(m: CompiledMatcher, text: string, ctx: DocumentContext): { triples: Int32Array; length: number } {
  count = 0;
  scanText(m, text, ctx, push);
  return { triples: found, length: count };
}

/**
 * Mentions as flat `(start, end, entity)` triples in one typed array: `start` and `end` are
 * UTF-16 offsets into `text`, `entity` an index into `ids`. Nothing is allocated per mention,
 * which matters on a long page where the caller only needs positions (and where a million small
 * objects would cost more in the collector than finding them did).
 */
export function scanOffsets(m: CompiledMatcher, text: string, ctx: DocumentContext): Int32Array {
  const r = scanInto(m, text, ctx);
  return r.triples.slice(0, r.length);
}
