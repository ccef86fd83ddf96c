import type { decodeCompiled, DocumentContext, loadMatcher, Matcher } from '../core/matcher/index.ts';
import type { EntityInfo } from '../core/dataset-schema.ts';
import type { PackTables } from '../core/pack-types.ts';

/** The matcher a page is read with, and the reading context each pass starts from. */
export interface PageMatcher {
  matcher: Matcher;
  /** A fresh "named so far" context for a pass over a whole document. */
  context(): DocumentContext;
  /** Entities the matcher knows that the bundle does not (from data packs): their names and kinds. */
  entities: readonly EntityInfo[];
}

/** The matcher's run-time half and the tables built with the extension, as page.js carries them. */
export interface MatcherCode {
  decodeCompiled: typeof decodeCompiled;
  loadMatcher: typeof loadMatcher;
  newContext(): DocumentContext;
  /** The bundled tables, `encodeCompiled` output. */
  tables: string;
}

/** Where a page's matcher comes from: called once, on the first page text that may name something. */
export type MatcherSource = () => Promise<PageMatcher>;

/**
 * Loads the matcher over the bundled tables (page.js carries them; a page that names nothing
 * never gets page.js, so never parses or evaluates them). Anything else a page should be matched
 * with (user data packs) joins here.
 */
export async function loadPageMatcher(code: () => Promise<MatcherCode>, packs: () => Promise<PackTables | null> = async () => null): Promise<PageMatcher> {
  const [core, stored] = await Promise.all([code(), packs().catch(() => null)]);
  // Imported data packs: one automaton compiled at import over the bundle and the packs (pack-store.ts).
  let compiled = null;
  try {
    compiled = stored && core.decodeCompiled(stored.tables);
  } catch {
    compiled = null;
  }
  const matcher = core.loadMatcher(compiled ?? core.decodeCompiled(core.tables));
  return { matcher, context: () => core.newContext(), entities: compiled ? stored!.entities : [] };
}
