import cues from 'factlens:cues';
import entities from 'factlens:entities';
import { getContentPlatform } from '../platform/content.ts';
import { PACK_CUES_KEY, readPackCues, readPackTables } from '../platform/pack-store.ts';
import { MATCHER_REQUEST } from '../shared/message-schemas.ts';
import { runContent } from './lifecycle.ts';
import { loadMatcherCode } from './matcher-code.ts';
import { loadPageMatcher } from './matcher-source.ts';

const platform = getContentPlatform();
const code = () => loadMatcherCode(() => platform.sendMessage({ type: MATCHER_REQUEST }));
runContent(platform, window, () => loadPageMatcher(code, () => readPackTables(platform)), entities, cues, {
  read: () => readPackCues(platform),
  key: PACK_CUES_KEY,
});
