import tables from 'factlens:tables';
import { DocumentContext, decodeCompiled, loadMatcher } from '../core/matcher/index.ts';
import { MATCHER_SLOT, type MatcherCode } from './matcher-code.ts';

// Built alone as matcher.js and injected on a frame's first cue: hands the engine to the content script.
(globalThis as { [MATCHER_SLOT]?: MatcherCode })[MATCHER_SLOT] ??= { decodeCompiled, loadMatcher, newContext: () => new DocumentContext(), tables };
