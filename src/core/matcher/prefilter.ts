import { SLOT_BASE } from './keys.ts';
import type { CompiledMatcher } from './types.ts';

/**
 * What the scanner asks before walking the trie at a word start. Most words of a page start no
 * pattern, and most of those that share a first letter with one part ways at the second, so two
 * table reads settle them without a walk.
 */
export interface Prefilter {
  /** Root edges as a direct table, folded unit -> edge index + 1 (0: no pattern starts so). */
  root: Uint16Array;
  /** Root units whose child ends a pattern or takes an ending: always walked, never filtered. */
  walkAlways: Uint8Array;
  /** Bit set over hashed pairs of first and second folded units of every pattern. */
  pairs: Int32Array;
}

const PAIR_BITS = 17;

/**
 * Slot of the pair (u1, u2) in {@link Prefilter.pairs}. Injective on ASCII pairs and on Cyrillic
 * pairs (131 exceeds either block's span); any collision only costs a walk, never a miss.
 */
export function pairHash(u1: number, u2: number): number {
  return (u1 * 131 + u2) & ((1 << PAIR_BITS) - 1);
}

const cache = new WeakMap<CompiledMatcher, Prefilter>();

/**
 * The prefilter of a compiled matcher, built on first use from the root's edges and their
 * children's edges (a few thousand entries even at 100k aliases), and kept with the tables.
 */
export function prefilterOf(m: CompiledMatcher): Prefilter {
  let f = cache.get(m);
  if (f) return f;
  const { firstEdge, label, outStart } = m;
  const root = new Uint16Array(0x10000);
  const walkAlways = new Uint8Array(0x10000);
  const pairs = new Int32Array(1 << (PAIR_BITS - 5));
  for (let e = firstEdge[0] as number; e < (firstEdge[1] as number); e++) {
    const u1 = label[e] as number;
    const child = e + 1;
    root[u1] = e + 1;
    const lo = firstEdge[child] as number;
    const hi = firstEdge[child + 1] as number;
    if ((outStart[child] as number) < (outStart[child + 1] as number) || (hi > lo && (label[hi - 1] as number) >= SLOT_BASE)) walkAlways[u1] = 1;
    for (let g = lo; g < hi; g++) {
      const h = pairHash(u1, label[g] as number);
      pairs[h >>> 5] = (pairs[h >>> 5] as number) | (1 << (h & 31));
    }
  }
  f = { root, walkAlways, pairs };
  cache.set(m, f);
  return f;
}
