import type { Entity } from '../dataset-schema.ts';
import { compileMatcher } from './compile.ts';
import { DocumentContext } from './context.ts';
import { scanOffsets } from './offsets.ts';
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
      const found = scanOffsets(compiled, text, context);
      const out: Mention[] = new Array<Mention>(found.length / 3);
      const spelled: (string | undefined)[] = [];
      const ids = compiled.ids;
      for (let k = 0; k < found.length; k += 3) {
        const start = found[k] as number;
        const end = found[k + 1] as number;
        const entity = found[k + 2] as number;
        let s = spelled[entity];
        let same = s !== undefined && s.length === end - start;
        // Compared unit by unit here: a call to startsWith cost more than the object does.
        for (let q = start; same && q < end; q++) same = (s as string).charCodeAt(q - start) === text.charCodeAt(q);
        if (!same) {
          s = text.slice(start, end);
          spelled[entity] = s;
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
