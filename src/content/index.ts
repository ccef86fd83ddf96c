import cues from 'factlens:cues';
import entities from 'factlens:entities';
import { getContentPlatform } from '../platform/content.ts';
import { runContent } from './lifecycle.ts';
import { loadPageMatcher } from './matcher-source.ts';

runContent(getContentPlatform(), window, () => loadPageMatcher(() => import('factlens:tables')), entities, cues);
