import type { EntityCard } from '../core/card-types.ts';
import type { Source } from '../core/dataset-schema.ts';
import type { Timeline } from '../core/timeline-types.ts';
import { onMessage, sendToTab, type Handlers } from '../platform/messaging.ts';
import type { MenuClick, Platform } from '../platform/platform.ts';
import { parseToBackground } from '../shared/message-schemas.ts';
import { isCardRequest, PAGE_REQUEST } from '../shared/script-requests.ts';
import type { ToBackground } from '../shared/messages.ts';
import { timelinePath } from '../ui/timeline-path.ts';
import { acceptSender } from './sender-policy.ts';
import { TabCounts, badgeText } from './tab-counts.ts';

/** An answer now, or once stored data packs are loaded (the background may just have woken). */
export type Answer<T> = T | Promise<T>;

/** What the background answers from; index.ts builds it from the bundled dataset and the imported packs. */
export interface DataService {
  lookup(entityId: string): Answer<EntityCard | null>;
  search(query: string, limit: number): Answer<EntityCard[]>;
  source(sourceId: string): Answer<Source | null>;
  /** Everything dated, oldest first; optional so that stand-ins in tests need not build one (the call then goes unanswered). */
  timeline?(): Answer<Timeline>;
}

export const MENU_LOOKUP = 'factlens-lookup';
export const COMMAND_NEXT = 'next-mention';
const SEARCH_LIMIT = 20;

/** The seams the browser calls; exported so tests can call them exactly as the browser would. */
export interface Background {
  handlers: Handlers<ToBackground>;
  onMenuClicked(click: MenuClick): Promise<boolean>;
  onCommand(command: string, tabId: number | undefined): Promise<boolean>;
  onTabReset(tabId: number, closed: boolean): void;
  counts: TabCounts;
}

/** The background's behaviour, with the browser and the data passed in. */
export function createBackground(platform: Platform, data: DataService): Background {
  const counts = new TabCounts(platform.session);
  const handlers: Handlers<ToBackground> = {
    lookup: (m) => data.lookup(m.entityId),
    search: (m) => (m.query.trim() ? data.search(m.query, m.limit ?? SEARCH_LIMIT) : []),
    source: (m) => data.source(m.sourceId),
    tabState: (m) => counts.state(m.tabId),
    async reportCount(m, sender) {
      const tabId = sender.tabId as number;
      const total = await counts.report(tabId, sender.frameId ?? 0, m.count, sender.url);
      await platform.setBadge(tabId, badgeText(total)).catch(() => undefined);
      return null;
    },
    async openSource(m, sender) {
      const q = new URLSearchParams({ source: m.sourceId, start: String(m.start), end: String(m.end) });
      await platform.openPage(`viewer.html?${q.toString()}`, sender.tabId);
      return null;
    },
    async openTimeline(m, sender) {
      await platform.openPage(timelinePath(m.entityId), sender.tabId);
      return null;
    },
  };
  if (data.timeline) {
    const timeline = data.timeline.bind(data);
    handlers.timeline = () => timeline();
  }
  return {
    handlers,
    counts,
    async onMenuClicked(click) {
      if (click.menuItemId !== MENU_LOOKUP || click.tabId === undefined || !click.selectionText) return false;
      const [tabId, frameId] = [click.tabId, click.frameId ?? 0];
      const ask = () => sendToTab(platform, tabId, { type: 'lookupSelection', text: click.selectionText!.slice(0, 2000) }, frameId);
      // A frame whose page named nothing has only the cue probe, which answers no message: the page app is brought in, then asked.
      return ask().catch(async () => {
        await platform.injectScript(tabId, frameId, 'page.js');
        return ask();
      }).then(Boolean, () => false);
    },
    async onCommand(command, tabId) {
      if (command !== COMMAND_NEXT) return false;
      const target = tabId ?? (await platform.activeTabId());
      if (target === null) return false;
      return sendToTab(platform, target, { type: 'nextMention' }).then(Boolean, () => false);
    },
    onTabReset(tabId, closed) {
      counts.forget(tabId, closed);
      if (!closed) void platform.setBadge(tabId, '').catch(() => undefined);
    },
  };
}

/** Connects the background to the browser's events. */
export function startBackground(platform: Platform, data: DataService): Background {
  const bg = createBackground(platform, data);
  onMessage(platform, parseToBackground, bg.handlers, {
    accept: acceptSender(platform.extensionId, platform.extensionUrl('')),
  });
  // The card UI and the page app go only into the frame whose content script asks for them, and only ours may ask.
  platform.onMessage((raw, sender) => {
    const file = isCardRequest(raw) ? 'card.js' : isCardRequest(raw, PAGE_REQUEST) ? 'page.js' : null;
    if (!file || sender.extensionId !== platform.extensionId || sender.tabId === undefined) return undefined;
    return platform.injectScript(sender.tabId, sender.frameId ?? 0, file).then(() => true);
  });
  void platform.setMenus([{ id: MENU_LOOKUP, title: platform.locale.t('extMenuLookup'), contexts: ['selection'] }]);
  platform.onMenuClicked((c) => void bg.onMenuClicked(c));
  platform.onCommand((c, t) => void bg.onCommand(c, t));
  platform.onTabReset((t, closed) => bg.onTabReset(t, closed));
  return bg;
}
