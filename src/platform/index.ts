import { createWebExtPlatform } from './webext.ts';
import type { Platform } from './platform.ts';

export type { MenuClick, MenuItem, MessageSender, Platform, RawHandler } from './platform.ts';
export type { SessionStore } from './session-store.ts';
export { onMessage, sendToBackground, sendToTab, type Handlers } from './messaging.ts';
export { SETTINGS_KEY, loadSettings, saveSettings, updateSettings, watchSettings } from './settings-store.ts';

let current: Platform | null = null;

/** The browser's platform, created on first use so that importing this module has no effect. */
export function getPlatform(): Platform {
  current ??= createWebExtPlatform();
  return current;
}
