import type { Locale } from './i18n.ts';
import { memoryLocale } from './i18n-memory.ts';
import { createMemorySessionStore } from './session-store.ts';
import type { MenuClick, MenuItem, MessageSender, Platform, RawHandler } from './platform.ts';

/** What a test can see of the fake browser after the code under test ran. */
export interface FakeState {
  storage: Map<string, unknown>;
  /** `storage.session`; a test keeps it and drops everything else to play a background restart. */
  session: Map<string, unknown>;
  badges: Map<number, string>;
  menus: MenuItem[];
  opened: { path: string; openerTabId?: number }[];
  /** Every message sent to a tab, in order. */
  tabMessages: { tabId: number; frameId: number; msg: unknown }[];
  /** Every script file injected, in order. */
  injected: { tabId: number; frameId: number; file: string }[];
  /** Script files registered as content scripts, by id. */
  contentScripts: Map<string, string>;
  /** Every script file run in all open tabs, in order. */
  everywhere: string[];
}

/** Test controls: play the browser's part (a click, a command, a message from a sender). */
export interface FakePlatform extends Platform {
  state: FakeState;
  /** Delivers `msg` to the registered handlers as the browser would, returning the first answer. */
  deliver(msg: unknown, sender: MessageSender): Promise<unknown>;
  clickMenu(click: MenuClick): void;
  pressCommand(command: string, tabId?: number): void;
  resetTab(tabId: number, closed: boolean): void;
  /** How tabs answer `sendToTab`; the default answers nothing (no content script there). */
  tabResponder: (tabId: number, msg: unknown, frameId: number) => Promise<unknown>;
  activeTab: number | null;
  tabUrls: Map<number, string>;
  /** Per tab, the keys its top frame's isolated world holds (`tabWorldHas`). */
  tabWorlds: Map<number, Set<string>>;
  /** Keys only until a test sets one over the catalogs (test/unit/i18n/locales.ts). */
  locale: Locale;
}

/**
 * An in-memory browser for unit tests: storage with change events, messaging between the
 * code's own handlers, badges, menus and commands. Values are cloned on the way in and out,
 * as the real structured-clone messaging and storage do.
 */
export function createFakePlatform(extensionId = 'fake-extension-id', session = new Map<string, unknown>()): FakePlatform {
  const state: FakeState = { storage: new Map(), session, badges: new Map(), menus: [], opened: [], tabMessages: [], injected: [], contentScripts: new Map(), everywhere: [] };
  const storageListeners = new Set<(key: string, value: unknown) => void>();
  const handlers = new Set<RawHandler>();
  const menuListeners: ((c: MenuClick) => void)[] = [];
  const commandListeners: ((c: string, t: number | undefined) => void)[] = [];
  const resetListeners: ((t: number, closed: boolean) => void)[] = [];
  const clone = <T>(x: T): T => (x === undefined ? x : structuredClone(x));
  const fake: FakePlatform = {
    browser: 'chrome',
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    locale: memoryLocale({}, 'en'),
    state,
    activeTab: null,
    tabUrls: new Map(),
    tabWorlds: new Map(),
    tabResponder: () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),

    async storageGet(key) {
      return clone(state.storage.get(key));
    },
    async storageSet(key, value) {
      state.storage.set(key, clone(value));
      for (const l of storageListeners) l(key, clone(value));
    },
    session: createMemorySessionStore(session),
    onStorageChanged(listener, signal) {
      storageListeners.add(listener);
      signal?.addEventListener('abort', () => storageListeners.delete(listener), { once: true });
    },

    sendMessage: (msg) => fake.deliver(msg, { extensionId, url: `chrome-extension://${extensionId}/popup.html` }),
    async sendToTab(tabId, msg, frameId = 0) {
      state.tabMessages.push({ tabId, frameId, msg: clone(msg) });
      return clone(await fake.tabResponder(tabId, clone(msg), frameId));
    },
    onMessage(handler, signal) {
      handlers.add(handler);
      signal?.addEventListener('abort', () => handlers.delete(handler), { once: true });
    },
    async deliver(msg, sender) {
      for (const h of handlers) {
        const answer = h(clone(msg), sender);
        if (answer !== undefined) return clone(await answer);
      }
      throw new Error('Could not establish connection. Receiving end does not exist.');
    },

    async setBadge(tabId, text) {
      state.badges.set(tabId, text);
    },
    async setMenus(items) {
      state.menus = clone(items);
    },
    onMenuClicked: (l) => void menuListeners.push(l),
    onCommand: (l) => void commandListeners.push(l),
    clickMenu: (click) => menuListeners.forEach((l) => l(click)),
    pressCommand: (command, tabId) => commandListeners.forEach((l) => l(command, tabId)),

    activeTabId: async () => fake.activeTab,
    tabUrl: async (tabId) => fake.tabUrls.get(tabId) ?? null,
    onTabReset: (l) => void resetListeners.push(l),
    resetTab: (tabId, closed) => resetListeners.forEach((l) => l(tabId, closed)),
    async injectScript(tabId, frameId, file) {
      state.injected.push({ tabId, frameId, file });
    },
    tabWorldHas: async (tabId, key) => fake.tabWorlds.get(tabId)?.has(key) ?? false,
    async setContentScript(id, file) {
      const had = state.contentScripts.has(id);
      if (file === null) state.contentScripts.delete(id);
      else state.contentScripts.set(id, file);
      return file !== null && !had;
    },
    async injectEverywhere(file) {
      state.everywhere.push(file);
    },
    async openPage(path, openerTabId) {
      state.opened.push(openerTabId === undefined ? { path } : { path, openerTabId });
    },
  };
  return fake;
}
