import type { Entity } from '../dataset-schema.ts';
import { compileMatcher } from './compile.ts';
import { DocumentContext } from './context.ts';
import { scanPieceText } from './pieces.ts';
import { scanText } from './scanner.ts';
import type { CompiledMatcher, Matcher, Mention } from './types.ts';

/**
 * Wraps compiled tables as a {@link Matcher}. It builds nothing: the bundled tables were compiled
 * at build time and a page pays only for scanning.
 */
export function loadMatcher(compiled: CompiledMatcher): Matcher {
  return {
    ids: compiled.ids,
    scan(text: string, context = new DocumentContext()): Mention[] {
      const out: Mention[] = [];
      scanText(compiled, text, context, (start, end, entity) => {
        out.push({ start, end, entityId: compiled.ids[entity] as string, text: text.slice(start, end) });
      });
      return out;
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
