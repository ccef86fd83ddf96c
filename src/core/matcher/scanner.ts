import { CLASS_DROP, CLASS_OTHER, CLASS_SEP, CLASS_SURROGATE, CLASS_WORD, INFO, charInfo, isWordAt } from '../normalize.ts';
import type { DocumentContext } from './context.ts';
import { hasBit, pairHash, prefilterOf, quadHash, ROOT_UNITS, rootEntry, tripleHash, type Prefilter } from './prefilter.ts';
import { resolveOutputs } from './resolve.ts';
import type { CompiledMatcher } from './types.ts';
import { ASCII_IN_WORD, walkFrom, walkState } from './walk.ts';
import { ASCII_FOLD, hasWord, wordFilterOf, wordStep, type WordFilter } from './word-filter.ts';

/** Receives each linked mention: original offsets and the entity's index in `ids`. */
export type Emit = (start: number, end: number, entity: number) => void;

/**
 * Scans one string: at each word start, the longest pattern ending at a word boundary wins, its
 * span is consumed whether or not it links (a blocked or unsure name hides the names inside it),
 * and scanning resumes after it. One pass over the char codes with table reads; nothing is
 * allocated unless a pattern matches.
 */
export function scanText(m: CompiledMatcher, text: string, ctx: DocumentContext, emit: Emit): void {
  const n = text.length;
  const f = prefilterOf(m);
  const words = wordFilterOf(m, f.nodeInfo);
  const firstWords = words.first;
  const wordShift = words.shift;
  // Tables in locals: the optimiser then keeps their bounds and base out of the per-unit loops.
  const root = f.root;
  const info = INFO;
  const fold = ASCII_FOLD;
  const asciiInWord = ASCII_IN_WORD;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let v: number;
    if (c < 0x80) {
      // Between words: only a word start matters, and most units are ASCII read from one small table.
      const u1 = fold[c] as number;
      if (u1 <= 1) {
        i++;
        continue;
      }
      // An ASCII word: step over it, hashing its folded units, then ask the word filter once.
      let h = u1;
      let j = i + 1;
      let d = 0;
      for (; j < n; j++) {
        d = text.charCodeAt(j);
        const u = fold[d] as number;
        if (u <= 1) break;
        h = ((h << 5) | (h >>> 27)) ^ u;
      }
      if (j >= n || (d < 0x80 ? fold[d] === 0 : endsWord(d))) {
        // Most words are no pattern's first word: one bit read here settles them.
        if (hasWord(firstWords, h, wordShift) && wordMayStart(text, j, h, words)) {
          const r = root[u1] as number;
          if (r !== 0 && walkAt(m, f, text, i, r >>> 1, ctx, emit)) {
            i = walkState.best + 1;
            continue;
          }
        }
        // The unit that ended the word is not part of one: no need to read it again.
        i = j + 1;
        continue;
      }
      // The word goes on past ASCII (an accent, an invisible unit): the general way below.
      v = info[c] as number;
    } else {
      v = info[c] || charInfo(c);
      const cls = v >>> 16;
      if (cls !== CLASS_WORD && !(cls === CLASS_SURROGATE && isWordAt(text, i))) {
        i++;
        continue;
      }
    }
    const u1 = v & 0xffff;
    const r = u1 < ROOT_UNITS ? (root[u1] as number) : rootEntry(m, f.nodeInfo, u1);
    if (r !== 0 && ((r & 1) === 1 || worthWalking(text, i + 1, u1, f)) && walkAt(m, f, text, i, r >>> 1, ctx, emit)) {
      // A match ends before a unit that is not part of a word (or at the end): step over it.
      i = walkState.best + 1;
      continue;
    }
    // The rest of the word cannot start a match: skip it, invisible units included, without asking the trie.
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 0x80) {
        if (asciiInWord[d] === 0) break;
      } else {
        const k = (info[d] || charInfo(d)) >>> 16;
        if (k !== CLASS_WORD && k !== CLASS_DROP && !(k === CLASS_SURROGATE && isWordAt(text, i))) break;
      }
      i++;
    }
    // The unit that ended the word is not part of one: no need to read it again.
    i++;
  }
}

/**
 * Walks the trie from the word start `i`, whose first unit leads to `node`, and emits what the
 * longest match there links to. True when a pattern matched (linked or not): its span, up to
 * `walkState.best`, is consumed.
 */
function walkAt(m: CompiledMatcher, f: Prefilter, text: string, i: number, node: number, ctx: DocumentContext, emit: Emit): boolean {
  walkState.best = -1;
  walkState.count = 0;
  walkFrom(m, f, text, node, i + 1);
  const best = walkState.best;
  if (best < 0) return false;
  const entity = resolveOutputs(m, walkState.nodes, walkState.count, text, i, best, ctx);
  if (entity >= 0) emit(i, best, entity);
  return true;
}

/** Whether a non-ASCII unit ends a word for certain: a separator or punctuation. */
function endsWord(d: number): boolean {
  const cls = (INFO[d] || charInfo(d)) >>> 16;
  return cls === CLASS_SEP || cls === CLASS_OTHER;
}

/**
 * Whether a pattern may start with the ASCII word hashed to `h` and ended at `j` (by a separator,
 * punctuation or the end of the text), given that it is a pattern's first word: it must be the
 * whole pattern or go on as one does.
 */
function wordMayStart(text: string, j: number, h: number, w: WordFilter): boolean {
  const shift = w.shift;
  if (hasWord(w.always, h, shift)) return true;
  const n = text.length;
  if (j >= n) return false;
  const v = INFO[text.charCodeAt(j)] || charInfo(text.charCodeAt(j));
  if (v >>> 16 !== CLASS_SEP) return hasWord(w.follow, wordStep(h, v & 0xffff), shift);
  // A run of separators is one space of a pattern; the unit after it says more.
  let k = j + 1;
  let cls = CLASS_SEP;
  let next = 0;
  for (; k < n; k++) {
    next = INFO[text.charCodeAt(k)] || charInfo(text.charCodeAt(k));
    cls = next >>> 16;
    if (cls !== CLASS_SEP) break;
  }
  if (k >= n) return false;
  if (cls === CLASS_DROP || cls === CLASS_SURROGATE) return true;
  return hasWord(w.follow, wordStep(wordStep(h, 0x20), next & 0xffff), shift);
}

/**
 * Whether the units after a word's first unit `u1` (from `j`) can continue a pattern starting with
 * it, from its next three units; anything the prefilter does not settle (invisible characters,
 * surrogates) is walked.
 */
function worthWalking(text: string, j: number, u1: number, f: Prefilter): boolean {
  const n = text.length;
  if (j >= n) return false;
  let c = text.charCodeAt(j);
  let v = INFO[c] || charInfo(c);
  let cls = v >>> 16;
  if (cls === CLASS_DROP || cls === CLASS_SURROGATE) return true;
  const u2 = cls === CLASS_SEP ? 0x20 : v & 0xffff;
  let h = pairHash(u1, u2);
  if (!hasBit(f.pairs, h)) return false;
  if (hasBit(f.pairAlways, h)) return true;
  if (++j >= n) return false;
  c = text.charCodeAt(j);
  v = INFO[c] || charInfo(c);
  cls = v >>> 16;
  if (cls === CLASS_DROP || cls === CLASS_SURROGATE) return true;
  const u3 = cls === CLASS_SEP ? 0x20 : v & 0xffff;
  h = tripleHash(u1, u2, u3);
  if (!hasBit(f.triples, h)) return false;
  if (hasBit(f.tripleAlways, h)) return true;
  // A run of separators is one unit of a pattern.
  do {
    if (++j >= n) return false;
    c = text.charCodeAt(j);
    v = INFO[c] || charInfo(c);
    cls = v >>> 16;
  } while (u3 === 0x20 && cls === CLASS_SEP);
  if (cls === CLASS_DROP || cls === CLASS_SURROGATE) return true;
  return hasBit(f.quads, quadHash(u1, u2, u3, cls === CLASS_SEP ? 0x20 : v & 0xffff, f.quadShift));
}
