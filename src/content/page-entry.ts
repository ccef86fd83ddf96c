import cues from 'factlens:cues';
import entities from 'factlens:entities';
import tables from 'factlens:tables';
import { DocumentContext, decodeCompiled, loadMatcher } from '../core/matcher/index.ts';
import { getContentPlatform } from '../platform/content.ts';
import { PACK_CUES_KEY, readPackCues, readPackTables } from '../platform/pack-store.ts';
import { runContent } from './lifecycle.ts';
import { loadPageMatcher } from './matcher-source.ts';
import { BOOT_SLOT, CUED_SLOT, PAGE_SLOT, slots } from '../shared/slots.ts';

// page.js: injected by the background into a frame on its first cue (or when a lookup needs it there).
// It brings the matcher and its tables, and runs FactLens in the frame for as long as it lives.
const g = slots();
if (!g[PAGE_SLOT]) {
  g[PAGE_SLOT] = true;
  g[BOOT_SLOT]?.stop();
  const cued = g[CUED_SLOT] ?? null;
  delete g[CUED_SLOT];
  const platform = getContentPlatform();
  const code = async () => ({ decodeCompiled, loadMatcher, newContext: () => new DocumentContext(), tables });
  runContent(platform, window, () => loadPageMatcher(code, () => readPackTables(platform)), entities, cues, {
    read: () => readPackCues(platform),
    key: PACK_CUES_KEY,
  }, cued);
}
