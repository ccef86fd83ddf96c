import type { Entity } from '../dataset-schema.ts';
import { compileMatcher } from './compile.ts';
import { DocumentContext } from './context.ts';
import { scanInto, scanOffsets } from './offsets.ts';
import { scanPieceText } from './pieces.ts';
import type { CompiledMatcher, Matcher, Mention } from './types.ts';

/**
 * Wraps compiled tables as a {@link Matcher}, building nothing: the content script loads one as
 * the page starts. The scanner's own lookup tables (a byte per trie node and about 70 KB of fixed
 * tables, one linear pass) are derived by the first scan and kept with the compiled tables.
 */
export function loadMatcher(compiled: CompiledMatcher): Matcher {
  return {
    ids: compiled.ids,
    scan(text: string, context = new DocumentContext()): Mention[] {
      // Built from the triples in one loop, into an array of the final size; as fast as pushing
      // them from the scanner's callback, and the scanner then has one caller's callback only.
      const { triples, length } = scanInto(compiled, text, context);
      const out: Mention[] = new Array<Mention>(length / 3);
      // A page names the same entity the same way again and again: reuse the last string sliced
      // for it when the text there is the same, so a long page's mentions do not each hold a copy.
      const spelled: (string | undefined)[] = [];
      const spelledAt: number[] = [];
      const ids = compiled.ids;
      for (let k = 0; k < length; k += 3) {
        const start = triples[k] as number;
        const end = triples[k + 1] as number;
        const entity = triples[k + 2] as number;
        let s = spelled[entity];
        let same = s !== undefined && s.length === end - start;
        // Compared in the text itself, unit by unit: cheaper than startsWith or reading the slice.
        for (let p = spelledAt[entity] as number, q = start; same && q < end; p++, q++) same = text.charCodeAt(p) === text.charCodeAt(q);
        if (!same) {
          s = text.slice(start, end);
          spelled[entity] = s;
          spelledAt[entity] = start;
        }
        out[k / 3] = { start, end, entityId: ids[entity] as string, text: s as string };
      }
      return out;
    },
    scanOffsets(text: string, context = new DocumentContext()): Int32Array {
      return scanOffsets(compiled, text, context);
    },
    scanPieces(pieces, breaks, context = new DocumentContext()) {
      return scanPieceText(compiled, pieces, breaks, context);
    },
  };
}

/**
 * Compiles a dictionary and wraps it, for the pipeline, the CLI, tests and imported data packs.
 * To combine dictionaries, pass them through `mergeDictionaries` first.
 */
export function buildMatcher(entities: readonly Entity[]): Matcher {
  return loadMatcher(compileMatcher(entities));
}
