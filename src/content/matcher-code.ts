import type { decodeCompiled, DocumentContext, loadMatcher } from '../core/matcher/index.ts';

/**
 * Where `matcher.js` leaves the matcher's code and the bundled tables: a property of our isolated
 * world's global, which the page cannot see, under a key no page script names.
 */
export const MATCHER_SLOT = Symbol.for('factlens.matcher');

/** What `matcher.js` brings: the engine's run-time half and the tables built with the extension. */
export interface MatcherCode {
  decodeCompiled: typeof decodeCompiled;
  loadMatcher: typeof loadMatcher;
  newContext(): DocumentContext;
  /** The bundled tables, `encodeCompiled` output. */
  tables: string;
}

type Slot = { [MATCHER_SLOT]?: MatcherCode };

/**
 * The matcher's code, brought in on the first page text that may name something. The content
 * script that runs in every page carries none of it: it asks the background, which injects
 * `matcher.js` into this frame's isolated world (as it does `card.js`), so a page that names
 * nothing never parses the engine or its tables.
 */
export async function loadMatcherCode(request: () => Promise<unknown>, slot: Slot = globalThis as Slot): Promise<MatcherCode> {
  if (!slot[MATCHER_SLOT]) await request();
  const code = slot[MATCHER_SLOT];
  if (!code) throw new Error('the matcher did not load');
  return code;
}
