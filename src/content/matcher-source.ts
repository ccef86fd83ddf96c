import type { DocumentContext, Matcher } from '../core/matcher/index.ts';
import type { PackEntityInfo, PackTables } from '../core/pack-types.ts';

/** The matcher a page is read with, and the reading context each pass starts from. */
export interface PageMatcher {
  matcher: Matcher;
  /** A fresh "named so far" context for a pass over a whole document. */
  context(): DocumentContext;
  /** Entities the matcher knows that the bundle does not (from data packs): their names and kinds. */
  entities: readonly PackEntityInfo[];
}

/** Where a page's matcher comes from: called once, on the first page text that may name something. */
export type MatcherSource = () => Promise<PageMatcher>;

/**
 * Loads the matcher over the bundled tables. The matcher's modules (fold table, scanner,
 * codec) are imported dynamically, which the build turns into code that runs on this first call
 * rather than when the content script starts: a page that names nothing never evaluates them.
 * Anything else a page should be matched with (user data packs) joins here.
 */
export async function loadPageMatcher(tables: () => Promise<{ default: string }>, packs: () => Promise<PackTables | null> = async () => null): Promise<PageMatcher> {
  const [core, t, stored] = await Promise.all([import('../core/matcher/index.ts'), tables(), packs().catch(() => null)]);
  // Imported data packs: one automaton compiled at import over the bundle and the packs (pack-store.ts).
  let compiled = null;
  try {
    compiled = stored && core.decodeCompiled(stored.tables);
  } catch {
    compiled = null;
  }
  const matcher = core.loadMatcher(compiled ?? core.decodeCompiled(t.default));
  return { matcher, context: () => new core.DocumentContext(), entities: compiled ? stored!.entities : [] };
}
