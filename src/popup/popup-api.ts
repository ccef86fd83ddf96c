import type { EntityCard } from '../core/card-types.ts';
import { sendToBackground, sendToTab } from '../platform/messaging.ts';
import type { Platform } from '../platform/platform.ts';
import { loadSettings, updateSettings, watchSettings } from '../platform/settings-store.ts';
import { isActiveOn, withSite } from '../shared/settings-parse.ts';
import type { PageEntityCount } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import { BOOT_SLOT } from '../shared/slots.ts';

/** The content script's handle in its isolated world (src/shared/slots.ts), by its key. */
export const BOOT_KEY = BOOT_SLOT.description!;

/** Everything the popup does to the world, so the view can be tested with a stand-in. */
export interface PopupApi {
  /** What the page mentions; null when no content script answers there (a browser page, a store page). */
  pageMentions(): Promise<PageEntityCount[] | null>;
  reveal(entityId: string): Promise<boolean>;
  search(query: string): Promise<EntityCard[]>;
  /** The tab's host name: '' for a file page, null when unknown. */
  host(): Promise<string | null>;
  settings(): Promise<Settings>;
  watch(listener: (s: Settings) => void, signal: AbortSignal): void;
  setSiteActive(host: string, active: boolean): Promise<Settings>;
  viewerHref(path: string): string;
  openPage(path: string): void;
}

/** Reads which tab a popup is for: `popup.html?tab=ID` (tests, a detached popup) or the active tab. */
export async function resolveTabId(platform: Platform, search: string): Promise<number | null> {
  const raw = new URLSearchParams(search).get('tab');
  if (raw !== null && /^\d+$/.test(raw)) return Number(raw);
  return platform.activeTabId();
}

/** The popup's doings for one tab, over the platform. */
export function createPopupApi(platform: Platform, tabId: number | null): PopupApi {
  return {
    async pageMentions() {
      if (tabId === null) return null;
      return sendToTab(platform, tabId, { type: 'pageMentions' }).then(
        (r) => (Array.isArray(r) ? r : null),
        // No answer: the cue probe alone runs there when its page has named nothing yet; otherwise FactLens does not run there.
        async () => ((await platform.tabWorldHas(tabId, BOOT_KEY).catch(() => false)) ? [] : null),
      );
    },
    async reveal(entityId) {
      if (tabId === null) return false;
      return sendToTab(platform, tabId, { type: 'revealEntity', entityId }).then(Boolean, () => false);
    },
    search: (query) => sendToBackground(platform, { type: 'search', query }),
    async host() {
      if (tabId === null) return null;
      const state = await sendToBackground(platform, { type: 'tabState', tabId }).catch(() => null);
      if (state?.host != null) return state.host;
      const url = await platform.tabUrl(tabId);
      if (!url) return null;
      try {
        const u = new URL(url);
        return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : u.protocol === 'file:' ? '' : null;
      } catch {
        return null;
      }
    },
    settings: () => loadSettings(platform),
    watch: (listener, signal) => watchSettings(platform, listener, signal),
    setSiteActive: (host, active) => updateSettings(platform, (s) => withSite(s, host, active)),
    viewerHref: (path) => platform.extensionUrl(path),
    openPage: (path) => void platform.openPage(path),
  };
}

export { isActiveOn };
