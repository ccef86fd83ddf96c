import type { DocumentContext, Matcher } from '../core/matcher/index.ts';

/** The matcher a page is read with, and the reading context each pass starts from. */
export interface PageMatcher {
  matcher: Matcher;
  /** A fresh "named so far" context for a pass over a whole document. */
  context(): DocumentContext;
}

/** Where a page's matcher comes from: called once, on the first page text that may name something. */
export type MatcherSource = () => Promise<PageMatcher>;

/**
 * Loads the matcher over the bundled tables. The matcher's modules (fold table, scanner,
 * codec) are imported dynamically, which the build turns into code that runs on this first call
 * rather than when the content script starts: a page that names nothing never evaluates them.
 * Anything else a page should be matched with (user data packs) joins here.
 */
export async function loadPageMatcher(tables: () => Promise<{ default: string }>): Promise<PageMatcher> {
  const [core, t] = await Promise.all([import('../core/matcher/index.ts'), tables()]);
  const matcher = core.loadMatcher(core.decodeCompiled(t.default));
  return { matcher, context: () => new core.DocumentContext() };
}
