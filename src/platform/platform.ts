/**
 * Everything the extension asks of the browser, in one interface. The real implementation
 * (webext.ts) is the only code that touches the WebExtension API, so Chrome/Firefox differences
 * live in one place; tests swap in the in-memory fake (fake.ts).
 */

import type { Locale } from './i18n.ts';
import type { SessionStore } from './session-store.ts';

/** Who sent a message, as far as the browser vouches for it. */
export interface MessageSender {
  /** The sending extension's id; ours unless something is wrong. */
  extensionId?: string;
  /** Set when a content script in a tab sent it; never for our own pages, even shown in a tab. */
  tabId?: number;
  frameId?: number;
  /** The sending document's address (a page for content scripts, ours for extension pages). */
  url?: string;
}

/** Answers a message (its reply, possibly null), or returns undefined to leave it to others. */
export type RawHandler = (msg: unknown, sender: MessageSender) => Promise<unknown> | undefined;

/** A click on one of our context-menu items. */
export interface MenuClick {
  menuItemId: string;
  selectionText?: string;
  tabId?: number;
  frameId?: number;
}

export interface MenuItem {
  id: string;
  title: string;
  contexts: 'selection'[];
}

export interface Platform {
  readonly browser: 'chrome' | 'firefox';
  readonly extensionId: string;
  /** The absolute address of one of our pages, e.g. `viewer.html?source=...`. */
  extensionUrl(path: string): string;
  /** The UI's words and language, for what the background itself shows (the menu item). */
  readonly locale: Locale;

  storageGet(key: string): Promise<unknown>;
  storageSet(key: string, value: unknown): Promise<void>;
  /** Calls `listener` when a key changes in local storage, from any context. */
  onStorageChanged(listener: (key: string, value: unknown) => void, signal?: AbortSignal): void;

  /** `storage.session`: kept while the browser runs, across background restarts; background only. */
  readonly session: SessionStore;

  /** To the background (or, from the background, to extension pages). */
  sendMessage(msg: unknown): Promise<unknown>;
  sendToTab(tabId: number, msg: unknown, frameId?: number): Promise<unknown>;
  onMessage(handler: RawHandler, signal?: AbortSignal): void;

  setBadge(tabId: number, text: string): Promise<void>;
  /** Replaces all our context-menu items with `items`. */
  setMenus(items: MenuItem[]): Promise<void>;
  onMenuClicked(listener: (click: MenuClick) => void): void;
  onCommand(listener: (command: string, tabId: number | undefined) => void): void;

  activeTabId(): Promise<number | null>;
  /** A tab's address where the browser tells us (with activeTab after a toolbar click), else null. */
  tabUrl(tabId: number): Promise<string | null>;
  /** Called when a tab starts loading a new document, and when it closes. */
  onTabReset(listener: (tabId: number, closed: boolean) => void): void;
  /** Opens one of our pages in a new tab, beside `openerTabId` when given. */
  openPage(path: string, openerTabId?: number): Promise<void>;
  /**
   * Runs one of our script files in one frame of a tab, in our content scripts' isolated world:
   * how the card UI reaches a page only once a card is wanted, without exposing any file to pages.
   */
  injectScript(tabId: number, frameId: number, file: string): Promise<void>;
  /**
   * Registers one of our script files to run, at document_start, in every frame our content script
   * runs in, from the next page loaded on and across browser restarts, under `id`; with `file` null,
   * unregisters it. Idempotent. Resolves true when it registered the file just now (it was not before).
   */
  setContentScript(id: string, file: string | null): Promise<boolean>;
  /**
   * Runs one of our script files once in every frame of every open tab our content script may run
   * in, now: how pages already open learn what a registered script tells new ones. Tabs where we
   * cannot run (the browser's own pages) are passed over.
   */
  injectEverywhere(file: string): Promise<void>;
  /**
   * Whether our content scripts' isolated world in the top frame of a tab holds a global under
   * `Symbol.for(key)` (false where we cannot run there).
   */
  tabWorldHas(tabId: number, key: string): Promise<boolean>;
}

/**
 * The part of the platform a content script uses. It is small on purpose: the content script
 * runs in every page, so it gets its own adapter (content-platform.ts) without the polyfill.
 */
export type ContentPlatform = Pick<
  Platform,
  'browser' | 'extensionId' | 'extensionUrl' | 'storageGet' | 'storageSet' | 'onStorageChanged' | 'sendMessage' | 'onMessage'
>;
