import dataset from 'factlens:dataset';
import { getPlatform } from '../platform/index.ts';
import { browserLocalArea, createPackStore } from '../platform/pack-store.ts';
import { startBackground } from './background.ts';
import { datasetService } from './data-service.ts';
import { startKindsFlag } from './flag-scripts.ts';
import { startPackHandlers } from './pack-handlers.ts';
import { createPackService } from './pack-service.ts';

const platform = getPlatform();
const packs = createPackService(dataset, createPackStore(browserLocalArea()), datasetService);
startPackHandlers(platform, packs);
startKindsFlag(platform);
const bg = startBackground(platform, packs.data);
void packs.refreshIfStale();

/**
 * Named seams for the real-browser tests: a driver cannot click a context-menu item or press
 * an extension command, so it calls these exactly as the browser's events would.
 */
Object.assign(globalThis, {
  factlensSeams: {
    onMenuClicked: bg.onMenuClicked,
    onCommand: bg.onCommand,
    /** `openSource` as it arrives from the content script of tab `tabId` (a card's source link). */
    openSource: (m: { sourceId: string; start: number; end: number }, tabId: number) =>
      bg.handlers.openSource?.({ type: 'openSource', ...m }, { tabId, frameId: 0 }),
    /** `openTimeline` as it arrives from the content script of tab `tabId` (a card's timeline link). */
    openTimeline: (entityId: string, tabId: number) => bg.handlers.openTimeline?.({ type: 'openTimeline', entityId }, { tabId, frameId: 0 }),
  },
});
