import { CLASS_DROP, CLASS_WORD, charInfo } from '../normalize.ts';
import { hasBit, NODE_OUTPUT } from './prefilter.ts';
import type { CompiledMatcher } from './types.ts';

/**
 * Folded unit of each ASCII unit inside a word (letters, digits, `_`), 1 for the invisible
 * controls (which a word goes on through), 0 for the units that end a word. Folded word units are
 * all above 1. Every other unit reads 0 too, so the scanner's loop over a word tests one byte per
 * unit (the table is 64 KB, of which ASCII text touches one cache line or two).
 */
export const ASCII_FOLD = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) {
  const v = charInfo(c);
  ASCII_FOLD[c] = v >>> 16 === CLASS_WORD ? v & 0xffff : v >>> 16 === CLASS_DROP ? 1 : 0;
}

/**
 * The hash of a word's folded units with one more unit `u`: a rotation and an exclusive or, two
 * cycles a unit where a multiply takes four (the scanner runs it on every unit of every word);
 * {@link wordSlot} mixes the bits afterwards. The scanner inlines it.
 */
export function wordStep(h: number, u: number): number {
  return ((h << 5) | (h >>> 27)) ^ u;
}

/**
 * What the scanner asks of a whole ASCII word it has just stepped over, hashing it as it went:
 * can a pattern start there? Most words of a page are not the first word of any alias, and a word
 * that is ("the" of "The Moscow Times", "president" of "President Putin") is mostly followed by
 * something the alias does not go on with. Bits are set from hashes: a collision costs a walk,
 * never a missed match.
 */
export interface WordFilter {
  /** Right shift that takes a mixed hash to a bit index. */
  shift: number;
  /** First words of patterns: the longest run of ASCII word units a pattern starts with. */
  first: Int32Array;
  /** First words that are a whole pattern: walked whatever follows ("Putin", "Putin's"). */
  always: Int32Array;
  /**
   * First words with the unit after them ("u" + "."), or with a space and the unit after that
   * ("president" + " " + "p").
   */
  follow: Int32Array;
}

/** Bit index of a word hash. */
export function wordSlot(h: number, shift: number): number {
  const x = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (x ^ (x >>> 12)) >>> shift;
}

function set(bits: Int32Array, h: number, shift: number): void {
  const s = wordSlot(h, shift);
  bits[s >>> 5] = (bits[s >>> 5] as number) | (1 << (s & 31));
}

/** Whether the word hash `h` is in `bits`. */
export function hasWord(bits: Int32Array, h: number, shift: number): boolean {
  return hasBit(bits, wordSlot(h, shift));
}

function isAsciiWordUnit(u: number): boolean {
  return u < 0x80 && (ASCII_FOLD[u] as number) > 1;
}

const cache = new WeakMap<CompiledMatcher, WordFilter>();

/** The word filter of a compiled matcher, built by its first scan and kept with the tables. */
export function wordFilterOf(m: CompiledMatcher, nodeInfo: Uint8Array): WordFilter {
  let f = cache.get(m);
  if (!f) {
    f = buildWordFilter(m, nodeInfo);
    cache.set(m, f);
  }
  return f;
}

/**
 * Builds the filter in one pass over the trie's nodes in order (breadth first, so a node's hash
 * is known before its children's): only nodes reached from the root by ASCII word units count.
 * About sixteen bits per pattern keep collisions rare.
 */
function buildWordFilter(m: CompiledMatcher, nodeInfo: Uint8Array): WordFilter {
  const { firstEdge, label } = m;
  const nodes = firstEdge.length - 1;
  let bits = 10;
  while (bits < 22 && 1 << bits < m.outEntity.length * 16) bits++;
  const shift = 32 - bits;
  const f: WordFilter = { shift, first: new Int32Array(1 << (bits - 5)), always: new Int32Array(1 << (bits - 5)), follow: new Int32Array(1 << (bits - 5)) };
  const hash = new Int32Array(nodes);
  const inWord = new Uint8Array(nodes);
  inWord[0] = 1;
  hash[0] = 0;
  for (let v = 0; v < nodes; v++) {
    if (inWord[v] === 0) continue;
    const h = hash[v] as number;
    let ends = v > 0 && ((nodeInfo[v] as number) & NODE_OUTPUT) !== 0;
    for (let e = firstEdge[v] as number; e < (firstEdge[v + 1] as number); e++) {
      const u = label[e] as number;
      if (isAsciiWordUnit(u)) {
        inWord[e + 1] = 1;
        hash[e + 1] = wordStep(h, u);
      } else if (v > 0) {
        ends = true;
        if (u !== 0x20) set(f.follow, wordStep(h, u), shift);
        else for (let g = firstEdge[e + 1] as number; g < (firstEdge[e + 2] as number); g++) set(f.follow, wordStep(wordStep(h, 0x20), label[g] as number), shift);
      }
    }
    if (ends) set(f.first, h, shift);
    if (v > 0 && ((nodeInfo[v] as number) & NODE_OUTPUT) !== 0) set(f.always, h, shift);
  }
  return f;
}
