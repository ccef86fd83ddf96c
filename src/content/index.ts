import cues from 'factlens:cues';
import entities from 'factlens:entities';
import { getContentPlatform } from '../platform/content.ts';
import { PACK_CUES_KEY, readPackCues, readPackTables } from '../platform/pack-store.ts';
import { runContent } from './lifecycle.ts';
import { loadPageMatcher } from './matcher-source.ts';

const platform = getContentPlatform();
runContent(platform, window, () => loadPageMatcher(() => import('factlens:tables'), () => readPackTables(platform)), entities, cues, {
  read: () => readPackCues(platform),
  key: PACK_CUES_KEY,
});
