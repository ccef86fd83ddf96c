import { CLASS_DROP, CLASS_SEP, CLASS_SURROGATE, CLASS_WORD, INFO, charInfo, isWordAt } from '../normalize.ts';
import type { DocumentContext } from './context.ts';
import { ENDING_CLASSES, MAX_ENDING } from './endings.ts';
import { SLOT_BASE, SLOT_END } from './keys.ts';
import { resolveOutputs } from './resolve.ts';
import type { CompiledMatcher } from './types.ts';

const ENDING_SETS = ENDING_CLASSES.map((c) => new Set(c));

/** Receives each linked mention: original offsets and the entity's index in `ids`. */
export type Emit = (start: number, end: number, entity: number) => void;

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
  if (p < text.length && text.charCodeAt(p) >= 0x20 && text.charCodeAt(p) < 0x7f) return p;
  while (p < text.length && (INFO[text.charCodeAt(p)] || charInfo(text.charCodeAt(p))) >>> 16 === CLASS_DROP) p++;
  return p;
}

/**
 * Walks the trie from a word start, following every path the text allows (a Russian stem may go
 * on as a longer stem or take an ending), and keeps the nodes that end a pattern at the furthest
 * word boundary: leftmost is given by the caller, this finds longest.
 */
class Walker {
  best = -1;
  nodes: number[] = [];
  constructor(private readonly m: CompiledMatcher, private readonly text: string) {}

  reset(): void {
    this.best = -1;
    this.nodes.length = 0;
  }

  walk(node: number, pos: number): void {
    const { firstEdge, label, outStart } = this.m;
    const text = this.text;
    const n = text.length;
    for (;;) {
      if ((outStart[node] as number) < (outStart[node + 1] as number)) {
        const e = skipDrops(text, pos);
        if (e >= n || !isWordAt(text, e)) this.record(e, node);
      }
      const lo = firstEdge[node] as number;
      const hi = firstEdge[node + 1] as number;
      if (lo === hi) return;
      if ((label[hi - 1] as number) >= SLOT_BASE) this.endings(lo, hi, pos);
      let p = skipDrops(text, pos);
      if (p >= n) return;
      const v = INFO[text.charCodeAt(p)] || charInfo(text.charCodeAt(p));
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
      const e = findEdge(label, lo, hi, unit);
      if (e < 0) return;
      node = e + 1;
      pos = p;
    }
  }

  /** Follows the ending slots of a stem node when the rest of the word is an ending of their class. */
  private endings(lo: number, hi: number, pos: number): void {
    const label = this.m.label;
    let s = lo;
    while (s < hi && (label[s] as number) < SLOT_BASE) s++;
    if (s >= hi || (label[s] as number) >= SLOT_END) return;
    const text = this.text;
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
      if (ENDING_SETS[(label[s] as number) - SLOT_BASE]?.has(rest)) this.walk(s + 1, p);
    }
  }

  private record(end: number, node: number): void {
    if (end > this.best) {
      this.best = end;
      this.nodes.length = 0;
      this.nodes.push(node);
    } else if (end === this.best && !this.nodes.includes(node)) this.nodes.push(node);
  }
}

const roots = new WeakMap<CompiledMatcher, Uint16Array>();

/**
 * The root's edges as a direct table, unit -> edge index + 1 (0: none). Every word start asks the
 * root, so this one lookup replaces a search; it is built on first use from the root's edges
 * alone (a few hundred entries), not from the dictionary.
 */
function rootTable(m: CompiledMatcher): Uint16Array {
  let t = roots.get(m);
  if (!t) {
    t = new Uint16Array(0x10000);
    for (let e = m.firstEdge[0] as number; e < (m.firstEdge[1] as number); e++) t[m.label[e] as number] = e + 1;
    roots.set(m, t);
  }
  return t;
}

/**
 * Scans one string: at each word start, the longest pattern ending at a word boundary wins, its
 * span is consumed whether or not it links (a blocked or unsure name hides the names inside it),
 * and scanning resumes after it.
 */
export function scanText(m: CompiledMatcher, text: string, ctx: DocumentContext, emit: Emit): void {
  const n = text.length;
  const root = rootTable(m);
  const w = new Walker(m, text);
  let i = 0;
  let prevWord = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    const v = INFO[c] || charInfo(c);
    const cls = v >>> 16;
    if (cls === CLASS_WORD || (cls === CLASS_SURROGATE && isWordAt(text, i))) {
      if (!prevWord) {
        const e = root[v & 0xffff] as number;
        if (e !== 0) {
          w.reset();
          w.walk(e, i + 1);
          if (w.best >= 0) {
            const entity = resolveOutputs(m, w.nodes, text, i, w.best, ctx);
            if (entity >= 0) emit(i, w.best, entity);
            i = w.best;
            prevWord = false;
            continue;
          }
        }
      }
      // The rest of the word cannot start a match: skip it without asking the trie.
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        const k = (INFO[d] || charInfo(d)) >>> 16;
        if (k !== CLASS_WORD && k !== CLASS_DROP) break;
        i++;
      }
      prevWord = true;
      continue;
    }
    if (cls !== CLASS_DROP) prevWord = false;
    i++;
  }
}
