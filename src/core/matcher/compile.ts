import type { Entity } from '../dataset-schema.ts';
import { dictionaryKeys, type KeyEntry } from './keys.ts';
import type { CompiledMatcher } from './types.ts';

/** Version of the table layout; {@link decodeCompiled} refuses any other. */
export const COMPILED_VERSION = 2;

/**
 * Compiles a dictionary into flat arrays: a trie over normalised units laid out breadth first,
 * so that edge `e` always leads to node `e + 1` and no target array is needed. Keys are sorted
 * first; each node is then a range of sorted keys, and its children are the runs of keys sharing
 * the next unit. This costs one sort and one pass, which keeps 100k aliases well under a second.
 */
export function compileMatcher(entities: readonly Entity[]): CompiledMatcher {
  const entries = dictionaryKeys(entities);
  return compileEntries(entries, entities.map((e) => e.id));
}

/** {@link compileMatcher} for ready-made patterns; the benchmarks feed it synthetic dictionaries. */
export function compileEntries(entries: readonly KeyEntry[], ids: readonly string[]): CompiledMatcher {
  const keys = entries.map((e) => e.key);
  const order = Array.from(entries.keys()).sort((a, b) => {
    const ka = keys[a] as string;
    const kb = keys[b] as string;
    return ka < kb ? -1 : ka > kb ? 1 : a - b;
  });
  const sorted = order.map((i) => keys[i] as string);

  const firstEdge: number[] = [];
  const label: number[] = [];
  const outStart: number[] = [];
  const outEntity: number[] = [];
  const outFlags: number[] = [];
  // Queue of nodes as [lo, hi, depth] ranges of `sorted`, processed in id order.
  const queue: number[] = [0, sorted.length, 0];
  for (let q = 0; q < queue.length; q += 3) {
    let lo = queue[q] as number;
    const hi = queue[q + 1] as number;
    const depth = queue[q + 2] as number;
    firstEdge.push(label.length);
    outStart.push(outEntity.length);
    while (lo < hi && (sorted[lo] as string).length === depth) {
      const entry = entries[order[lo] as number] as KeyEntry;
      outEntity.push(entry.entity);
      outFlags.push(entry.flags);
      lo++;
    }
    while (lo < hi) {
      const unit = (sorted[lo] as string).charCodeAt(depth);
      let end = lo + 1;
      while (end < hi && (sorted[end] as string).charCodeAt(depth) === unit) end++;
      label.push(unit);
      queue.push(lo, end, depth + 1);
      lo = end;
    }
  }
  firstEdge.push(label.length);
  outStart.push(outEntity.length);
  return {
    version: COMPILED_VERSION,
    ids: [...ids],
    firstEdge: Int32Array.from(firstEdge),
    label: Uint16Array.from(label),
    outStart: Int32Array.from(outStart),
    outEntity: Int32Array.from(outEntity),
    outFlags: Uint8Array.from(outFlags),
  };
}
