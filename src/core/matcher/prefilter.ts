import { SLOT_BASE } from './keys.ts';
import type { CompiledMatcher } from './types.ts';

/**
 * What the scanner asks before walking the trie at a word start. Most words of a page start no
 * pattern, and most of those sharing a first letter or two with one part ways by the third unit,
 * so a few table reads settle them without a walk. Bits are set from hashes: a collision costs a
 * walk, never a missed match.
 */
export interface Prefilter {
  /**
   * Root edges as a direct table for folded units below {@link ROOT_UNITS} (Latin, Greek,
   * Cyrillic and more): `(node << 1) | always`, 0 when no pattern starts so. `node` is the root's
   * child for that unit; `always` says it ends a pattern or takes an ending, so it is always walked.
   * Units above the table ask {@link rootEntry}.
   */
  root: Int32Array;
  /** Bit set of hashed (first, second) units of every pattern. */
  pairs: Int32Array;
  /** Pairs whose node ends a pattern, takes an ending or is followed by a separator: always walked. */
  pairAlways: Int32Array;
  /** Bit set of hashed (first, second, third) units of every pattern. */
  triples: Int32Array;
  /** Triples whose node ends a pattern or takes an ending: always walked. */
  tripleAlways: Int32Array;
  /**
   * Bit set of hashed first four units of every pattern. "the" starts a hundred thousand words of
   * 10 MB of news and "The Moscow Times" too: the fourth unit tells them apart without a walk.
   */
  quads: Int32Array;
  /** Right shift of {@link quadHash} for {@link quads}, whose size follows the number of patterns. */
  quadShift: number;
  /** Per trie node, {@link NODE_OUTPUT} | {@link NODE_SLOTS} | {@link NODE_LEAF}: one read per step of a walk. */
  nodeInfo: Uint8Array;
  /**
   * Per trie node inside a name (no output, no endings, one edge, labelled with an ASCII unit):
   * `(child << 7) | label`, else 0. Most steps of a walk along a name are one read of it.
   */
  chain: Int32Array;
}

/** Node flag: the node ends a pattern. */
export const NODE_OUTPUT = 1;
/** Node flag: the node has Russian ending slots. */
export const NODE_SLOTS = 2;
/** Node flag: the node has no edges. */
export const NODE_LEAF = 4;

/** Folded units with a direct entry in {@link Prefilter.root}. */
export const ROOT_UNITS = 0x800;

const PAIR_BITS = 17;
const TRIPLE_BITS = 18;

/**
 * Slot of the pair (u1, u2). Injective on ASCII pairs and on Cyrillic pairs (131 exceeds either
 * block's span).
 */
export function pairHash(u1: number, u2: number): number {
  return (u1 * 131 + u2) & ((1 << PAIR_BITS) - 1);
}

/**
 * Slot of the triple (u1, u2, u3). The third unit is mixed in before the multiply: mixed in after
 * it, it only reached the low bits the shift drops, and every triple of a pair shared one slot.
 */
export function tripleHash(u1: number, u2: number, u3: number): number {
  return Math.imul((u1 * 131 + u2) * 131 + u3, 0x9e3779b1) >>> (32 - TRIPLE_BITS);
}

/** Slot of the first four units (u1, u2, u3, u4), mixed as {@link tripleHash} mixes three. */
export function quadHash(u1: number, u2: number, u3: number, u4: number, shift: number): number {
  return Math.imul(((u1 * 131 + u2) * 131 + u3) * 131 + u4, 0x9e3779b1) >>> shift;
}

/** Whether bit `h` is set in `bits`. */
export function hasBit(bits: Int32Array, h: number): boolean {
  return ((bits[h >>> 5] as number) & (1 << (h & 31))) !== 0;
}

function setBit(bits: Int32Array, h: number): void {
  bits[h >>> 5] = (bits[h >>> 5] as number) | (1 << (h & 31));
}

function nodeTables(m: CompiledMatcher): { nodeInfo: Uint8Array; chain: Int32Array } {
  const { firstEdge, label, outStart } = m;
  const nodes = firstEdge.length - 1;
  const info = new Uint8Array(nodes);
  const chain = new Int32Array(nodes);
  // Each node's start is the previous node's end: one read per array per node, as this runs cold.
  let lo = firstEdge[0] as number;
  let outLo = outStart[0] as number;
  for (let v = 0; v < nodes; v++) {
    const hi = firstEdge[v + 1] as number;
    const outHi = outStart[v + 1] as number;
    if (outLo < outHi || hi === lo || (label[hi - 1] as number) >= SLOT_BASE) {
      info[v] = (outLo < outHi ? NODE_OUTPUT : 0) | (hi === lo ? NODE_LEAF : (label[hi - 1] as number) >= SLOT_BASE ? NODE_SLOTS : 0);
    } else if (hi - lo === 1 && (label[lo] as number) < 0x80 && lo + 1 < 1 << 24) chain[v] = ((lo + 1) << 7) | (label[lo] as number);
    lo = hi;
    outLo = outHi;
  }
  return { nodeInfo: info, chain };
}

function stops(nodeInfo: Uint8Array, node: number): boolean {
  return ((nodeInfo[node] as number) & (NODE_OUTPUT | NODE_SLOTS)) !== 0;
}

/** {@link Prefilter.root}'s entry for any folded unit, from a search of the root's edges. */
export function rootEntry(m: CompiledMatcher, nodeInfo: Uint8Array, unit: number): number {
  const { firstEdge, label } = m;
  let lo = firstEdge[0] as number;
  let hi = firstEdge[1] as number;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((label[mid] as number) < unit) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= (firstEdge[1] as number) || label[lo] !== unit) return 0;
  return ((lo + 1) << 1) | (stops(nodeInfo, lo + 1) ? 1 : 0);
}

const cache = new WeakMap<CompiledMatcher, Prefilter>();

/**
 * The prefilter of a compiled matcher, built once from the trie's first four levels and one pass
 * over its nodes (about a byte per node), and kept with the tables.
 */
export function prefilterOf(m: CompiledMatcher): Prefilter {
  let f = cache.get(m);
  if (f) return f;
  const { firstEdge, label } = m;
  const { nodeInfo, chain } = nodeTables(m);
  // About sixteen bits per pattern, from 512 bytes (a page's tables are ready sooner) to 64 KB.
  let quadBits = 12;
  while (quadBits < 19 && 1 << quadBits < m.outEntity.length * 16) quadBits++;
  f = {
    root: new Int32Array(ROOT_UNITS),
    pairs: new Int32Array(1 << (PAIR_BITS - 5)),
    pairAlways: new Int32Array(1 << (PAIR_BITS - 5)),
    triples: new Int32Array(1 << (TRIPLE_BITS - 5)),
    tripleAlways: new Int32Array(1 << (TRIPLE_BITS - 5)),
    quads: new Int32Array(1 << (quadBits - 5)),
    quadShift: 32 - quadBits,
    nodeInfo,
    chain,
  };
  for (let e = firstEdge[0] as number; e < (firstEdge[1] as number); e++) {
    const u1 = label[e] as number;
    if (u1 < ROOT_UNITS) f.root[u1] = ((e + 1) << 1) | (stops(nodeInfo, e + 1) ? 1 : 0);
    for (let g = firstEdge[e + 1] as number; g < (firstEdge[e + 2] as number); g++) {
      const u2 = label[g] as number;
      setBit(f.pairs, pairHash(u1, u2));
      if (u2 === 0x20 || stops(nodeInfo, g + 1)) setBit(f.pairAlways, pairHash(u1, u2));
      for (let t = firstEdge[g + 1] as number; t < (firstEdge[g + 2] as number); t++) {
        const u3 = label[t] as number;
        setBit(f.triples, tripleHash(u1, u2, u3));
        if (stops(nodeInfo, t + 1)) setBit(f.tripleAlways, tripleHash(u1, u2, u3));
        for (let q = firstEdge[t + 1] as number; q < (firstEdge[t + 2] as number); q++) setBit(f.quads, quadHash(u1, u2, u3, label[q] as number, f.quadShift));
      }
    }
  }
  cache.set(m, f);
  return f;
}
