import entities from 'factlens:entities';
import tables from 'factlens:tables';
import { decodeCompiled, loadMatcher } from '../core/matcher/index.ts';
import { getContentPlatform } from '../platform/content.ts';
import { runContent } from './lifecycle.ts';

runContent(getContentPlatform(), window, loadMatcher(decodeCompiled(tables)), entities);
