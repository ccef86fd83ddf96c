/**
 * The mention engine: which known entities a text names, and exactly where. One engine serves the
 * content script (pieces of DOM text, precompiled tables), the pipeline and the `scan` CLI.
 */
export { buildMatcher, loadMatcher } from './matcher.ts';
export { compileMatcher, compileEntries, COMPILED_VERSION } from './compile.ts';
export { encodeCompiled, decodeCompiled, checkCompiled } from './codec.ts';
export { mergeDictionaries } from './merge.ts';
export { DocumentContext } from './context.ts';
export { BLOCK_BARRIER } from './pieces.ts';
export type { CompiledMatcher, Matcher, Mention, PieceMention } from './types.ts';
