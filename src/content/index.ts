import entities from 'factlens:entities';
import tables from 'factlens:tables';
import { decodeCompiled, loadMatcher } from '../core/matcher/index.ts';
import { getPlatform } from '../platform/index.ts';
import { runContent } from './lifecycle.ts';

runContent(getPlatform(), window, loadMatcher(decodeCompiled(tables)), entities);
