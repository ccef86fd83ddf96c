import browser from 'webextension-polyfill';
import { browserLocale } from './i18n.ts';
import type { MenuClick, MenuItem, Platform, RawHandler } from './platform.ts';
import { toSender } from './sender.ts';
import { storageOver } from './storage-area.ts';

function whenAborted(signal: AbortSignal | undefined, undo: () => void): void {
  signal?.addEventListener('abort', undo, { once: true });
}

/** Chrome calls it `contextMenus`, Firefox prefers `menus` (and only declares that permission). */
function menusApi(): typeof browser.menus {
  const b = browser as unknown as { menus?: typeof browser.menus; contextMenus?: typeof browser.menus };
  const api = b.menus ?? b.contextMenus;
  if (!api) throw new Error('no context-menu API');
  return api;
}

/**
 * The platform over the WebExtension API (webextension-polyfill gives Chrome the promise-based
 * `browser` namespace Firefox has). Storage: see `storageOver`.
 */
export function createWebExtPlatform(): Platform {
  const base = browser.runtime.getURL('');
  return {
    browser: base.startsWith('moz-extension:') ? 'firefox' : 'chrome',
    extensionId: browser.runtime.id,
    extensionUrl: (path) => browser.runtime.getURL(path),
    locale: browserLocale(),

    ...storageOver(browser.storage),

    session: {
      async get(key) {
        const got = await browser.storage.session.get(key);
        return got[key];
      },
      set: (key, value) => browser.storage.session.set({ [key]: value }),
      remove: (key) => browser.storage.session.remove(key),
    },

    sendMessage: (msg) => browser.runtime.sendMessage(msg),
    sendToTab: (tabId, msg, frameId = 0) => browser.tabs.sendMessage(tabId, msg, { frameId }),
    onMessage(handler: RawHandler, signal) {
      const l = (msg: unknown, s: browser.Runtime.MessageSender) => handler(msg, toSender(s, base));
      browser.runtime.onMessage.addListener(l);
      whenAborted(signal, () => browser.runtime.onMessage.removeListener(l));
    },

    async setBadge(tabId, text) {
      await browser.action.setBadgeText({ tabId, text });
    },
    async setMenus(items: MenuItem[]) {
      const menus = menusApi();
      await menus.removeAll();
      for (const item of items) menus.create({ id: item.id, title: item.title, contexts: item.contexts });
    },
    onMenuClicked(listener: (click: MenuClick) => void) {
      menusApi().onClicked.addListener((info, tab) => {
        listener({
          menuItemId: String(info.menuItemId),
          selectionText: info.selectionText,
          tabId: tab?.id,
          frameId: info.frameId,
        });
      });
    },
    onCommand(listener) {
      browser.commands.onCommand.addListener((command: string, tab?: browser.Tabs.Tab) => listener(command, tab?.id));
    },

    async activeTabId() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    async tabUrl(tabId) {
      const tab = await browser.tabs.get(tabId).catch(() => null);
      return tab?.url ?? null;
    },
    onTabReset(listener) {
      browser.tabs.onUpdated.addListener((tabId, change) => {
        if (change.status === 'loading') listener(tabId, false);
      });
      browser.tabs.onRemoved.addListener((tabId) => listener(tabId, true));
    },
    async injectScript(tabId, frameId, file) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    },
    async tabWorldHas(tabId, key) {
      const [r] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        func: (k: string) => Symbol.for(k) in globalThis,
        args: [key],
      });
      return r?.result === true;
    },
    async setContentScript(id, file) {
      const have = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
      if (file === null) {
        if (have.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
        return false;
      }
      if (have.length) return false;
      // Where the manifest's content script runs, so the two always meet in the same frames.
      const matches = browser.runtime.getManifest().content_scripts?.[0]?.matches ?? [];
      await browser.scripting.registerContentScripts([{ id, js: [file], matches, allFrames: true, runAt: 'document_start', persistAcrossSessions: true }]);
      return true;
    },
    async injectEverywhere(file) {
      const tabs = await browser.tabs.query({});
      // One tab at a time: a reader with many tabs open should not feel every one wake at once.
      for (const tab of tabs) {
        if (tab.id === undefined || tab.discarded) continue;
        await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [file] }).catch(() => undefined);
      }
    },
    async openPage(path, openerTabId) {
      const opener = openerTabId === undefined ? null : await browser.tabs.get(openerTabId).catch(() => null);
      await browser.tabs.create({
        url: browser.runtime.getURL(path),
        ...(opener ? { openerTabId: opener.id, index: opener.index + 1, windowId: opener.windowId } : {}),
      });
    },
  };
}
