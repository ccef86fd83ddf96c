import { CLASS_DROP, CLASS_OTHER, CLASS_SEP, CLASS_SURROGATE, CLASS_WORD, INFO, charInfo, isWordAt } from '../normalize.ts';
import { ENDING_CLASSES, MAX_ENDING } from './endings.ts';
import { SLOT_BASE, SLOT_END } from './keys.ts';
import { NODE_LEAF, NODE_OUTPUT, NODE_SLOTS, type Prefilter } from './prefilter.ts';
import type { CompiledMatcher } from './types.ts';

const ENDING_SETS = ENDING_CLASSES.map((c) => new Set(c));

/**
 * Outcome of the last {@link walkFrom}: the furthest word boundary where a pattern ends
 * (`walkState.best`, -1 for none) and the distinct nodes ending a pattern there
 * (`walkState.nodes[0 .. count - 1]`). One shared record rather than an object per word start:
 * the scan asks at nearly every word, and a scan is never re-entered while its result is read.
 */
export const walkState = { best: -1, count: 0, nodes: new Int32Array(16) };

/** Index of the edge labelled `unit` among edges `[lo, hi)`, or -1. */
function findEdge(label: Uint16Array, lo: number, hi: number, unit: number): number {
  let top = hi;
  while (top - lo > 8) {
    const mid = (lo + top) >>> 1;
    if ((label[mid] as number) < unit) lo = mid + 1;
    else top = mid;
  }
  for (; lo < hi; lo++) {
    const l = label[lo] as number;
    if (l === unit) return lo;
    if (l > unit) return -1;
  }
  return -1;
}

function skipDrops(text: string, p: number): number {
  const n = text.length;
  for (; p < n; p++) {
    const c = text.charCodeAt(p);
    if (c >= 0x20 && c < 0x7f) return p;
    if ((INFO[c] || charInfo(c)) >>> 16 !== CLASS_DROP) return p;
  }
  return p;
}

/** 1 for the ASCII units inside words (letters, digits, `_`), from a table that stays in cache. */
export const ASCII_WORD = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_WORD[c] = charInfo(c) >>> 16 === CLASS_WORD ? 1 : 0;

/** Folded unit of each ASCII unit that is kept as one unit (words and marks), 0 for separators and controls. */
const ASCII_STEP = new Uint16Array(0x80);
for (let c = 0; c < 0x80; c++) {
  const cls = charInfo(c) >>> 16;
  ASCII_STEP[c] = cls === CLASS_WORD || cls === CLASS_OTHER ? charInfo(c) & 0xffff : 0;
}

/** 1 for the ASCII units a word goes on through: those of {@link ASCII_WORD} and the invisible controls. */
export const ASCII_IN_WORD = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_IN_WORD[c] = ASCII_WORD[c] === 1 || charInfo(c) >>> 16 === CLASS_DROP ? 1 : 0;

/** {@link isWordAt} with the ASCII case read from {@link ASCII_WORD}. */
function wordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 ? ASCII_WORD[c] === 1 : isWordAt(text, i);
}

function record(end: number, node: number): void {
  const s = walkState;
  if (end > s.best) {
    s.best = end;
    s.count = 0;
  } else if (end < s.best) return;
  else {
    for (let k = 0; k < s.count; k++) if (s.nodes[k] === node) return;
  }
  if (s.count === s.nodes.length) {
    const grown = new Int32Array(s.count * 2);
    grown.set(s.nodes);
    s.nodes = grown;
  }
  s.nodes[s.count++] = node;
}

/**
 * Walks the trie from a word start: from `node`, reading the text from `pos`, folding each unit
 * on the fly. It follows every path the text allows (a Russian stem may go on as a longer stem or
 * take an ending) and records in {@link walkState} the nodes that end a pattern at the furthest
 * word boundary: leftmost is given by the caller, this finds longest. Reset the state first.
 * `f` is the matcher's prefilter (`prefilterOf(m)`), for its node tables.
 */
export function walkFrom(m: CompiledMatcher, f: Prefilter, text: string, node: number, pos: number): void {
  const { firstEdge, label } = m;
  const { nodeInfo, chain } = f;
  const n = text.length;
  const asciiStep = ASCII_STEP;
  for (;;) {
    const link = chain[node] as number;
    if (link !== 0 && pos < n) {
      // Inside a name: one edge, compared with the folded ASCII unit.
      const c = text.charCodeAt(pos);
      if (c < 0x80) {
        const u = asciiStep[c] as number;
        if (u === (link & 0x7f)) {
          node = link >>> 7;
          pos++;
          continue;
        }
        if (u !== 0) return;
      }
    }
    const info = nodeInfo[node] as number;
    if (info === 0 && pos < n) {
      // The usual step inside a name: a plain node and an ASCII letter, digit or mark.
      const c = text.charCodeAt(pos);
      const u = c < 0x80 ? (asciiStep[c] as number) : 0;
      if (u !== 0) {
        const lo = firstEdge[node] as number;
        const hi = firstEdge[node + 1] as number;
        const e = hi - lo === 1 ? (label[lo] === u ? lo : -1) : findEdge(label, lo, hi, u);
        if (e < 0) return;
        node = e + 1;
        pos++;
        continue;
      }
    }
    if (info !== 0) {
      if (info & NODE_OUTPUT) {
        const e = skipDrops(text, pos);
        if (e >= n || !wordAt(text, e)) record(e, node);
      }
      if (info & NODE_LEAF) return;
      if (info & NODE_SLOTS) endings(m, f, text, firstEdge[node] as number, firstEdge[node + 1] as number, pos);
    }
    if (pos >= n) return;
    let p = pos;
    let c = text.charCodeAt(p);
    let v = INFO[c] || charInfo(c);
    if (v >>> 16 === CLASS_DROP) {
      p = skipDrops(text, p);
      if (p >= n) return;
      c = text.charCodeAt(p);
      v = INFO[c] || charInfo(c);
    }
    let unit = v & 0xffff;
    p++;
    if (v >>> 16 === CLASS_SEP) {
      unit = 0x20;
      while (p < n) {
        const cls = (INFO[text.charCodeAt(p)] || charInfo(text.charCodeAt(p))) >>> 16;
        if (cls !== CLASS_SEP && cls !== CLASS_DROP) break;
        p++;
      }
    } else if (unit >= SLOT_BASE && unit < SLOT_END) return;
    const lo = firstEdge[node] as number;
    const hi = firstEdge[node + 1] as number;
    // Inside a name most nodes have one edge: compare it without a search.
    const e = hi - lo === 1 ? (label[lo] === unit ? lo : -1) : findEdge(label, lo, hi, unit);
    if (e < 0) return;
    node = e + 1;
    pos = p;
  }
}

/** Follows the ending slots of a stem node when the rest of the word is an ending of their class. */
function endings(m: CompiledMatcher, f: Prefilter, text: string, lo: number, hi: number, pos: number): void {
  const label = m.label;
  let s = lo;
  while (s < hi && (label[s] as number) < SLOT_BASE) s++;
  if (s >= hi || (label[s] as number) >= SLOT_END) return;
  let rest = '';
  let p = pos;
  for (;;) {
    p = skipDrops(text, p);
    if (p >= text.length) break;
    const v = INFO[text.charCodeAt(p)] || charInfo(text.charCodeAt(p));
    const cls = v >>> 16;
    if (cls === CLASS_SURROGATE) {
      if (isWordAt(text, p)) return;
      break;
    }
    if (cls !== CLASS_WORD) break;
    if (rest.length === MAX_ENDING) return;
    rest += String.fromCharCode(v & 0xffff);
    p++;
  }
  for (; s < hi && (label[s] as number) < SLOT_END; s++) {
    if (ENDING_SETS[(label[s] as number) - SLOT_BASE]?.has(rest)) walkFrom(m, f, text, s + 1, p);
  }
}
