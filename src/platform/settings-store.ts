import { parseSettings } from '../shared/settings-parse.ts';
import type { Settings } from '../shared/settings.ts';
import type { ContentPlatform } from './platform.ts';

/** The storage key; one record, so a write is all-or-nothing. */
export const SETTINGS_KEY = 'settings';

/** The reader's settings, repaired field by field if storage holds anything unexpected. */
export async function loadSettings(platform: Pick<ContentPlatform, 'storageGet'>): Promise<Settings> {
  return parseSettings(await platform.storageGet(SETTINGS_KEY));
}

/** Stores settings after passing them through the same parser that reads them. */
export async function saveSettings(platform: Pick<ContentPlatform, 'storageSet'>, settings: Settings): Promise<Settings> {
  const clean = parseSettings(settings);
  await platform.storageSet(SETTINGS_KEY, clean);
  return clean;
}

/** Reads, changes and stores in one step, so callers never write a stale copy back. */
export async function updateSettings(platform: Pick<ContentPlatform, 'storageGet' | 'storageSet'>, change: (s: Settings) => Settings): Promise<Settings> {
  return saveSettings(platform, change(await loadSettings(platform)));
}

/**
 * Calls `listener` with the current settings and again whenever any context changes them,
 * so a change on the options page or in the popup applies to open tabs at once.
 */
export function watchSettings(platform: Pick<ContentPlatform, 'storageGet' | 'onStorageChanged'>, listener: (s: Settings) => void, signal?: AbortSignal): void {
  platform.onStorageChanged((key, value) => {
    if (key === SETTINGS_KEY && !signal?.aborted) listener(parseSettings(value));
  }, signal);
  void loadSettings(platform).then((s) => {
    if (!signal?.aborted) listener(s);
  });
}
