import type { Platform } from '../platform/platform.ts';
import { watchSettings } from '../platform/settings-store.ts';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings.ts';

/**
 * Keeps `file` registered as a content script (at document_start, in the frames the manifest's
 * content script runs in) exactly while `wanted()` says so. Such a file only sets a flag in the
 * content scripts' world (src/shared/slots.ts) for the cue probe to read, and has a probe already
 * running in an open page start again with what the flag now says. So when the file is registered
 * anew, or when the call says the flag's meaning changed (a pack imported beside others), the
 * file is also run once in the pages already open: their probes would otherwise test the old
 * cues until reloaded. Calls run one after another.
 */
export function flagScriptSync(platform: Pick<Platform, 'setContentScript' | 'injectEverywhere'>, id: string, file: string, wanted: () => Promise<boolean>): (changed?: boolean) => Promise<void> {
  let chain = Promise.resolve();
  return (changed = false) => (chain = chain.then(async () => {
    const on = await wanted();
    const added = await platform.setContentScript(id, on ? file : null);
    // Not waited for: a reader with many tabs open gets the answer to an import before they are all told.
    if (on && (added || changed)) void platform.injectEverywhere(file).catch(() => undefined);
  }).catch(() => undefined));
}

/** The id under which `all-kinds.js` is registered while the reader marks a kind that is off by default. */
export const ALL_KINDS_SCRIPT_ID = 'factlens-all-kinds';

/** Whether the reader marks some kind that is off by default (places, topics). */
export function marksMoreKinds(settings: Settings): boolean {
  return settings.kinds.some((k) => !DEFAULT_SETTINGS.kinds.includes(k));
}

/**
 * Keeps `all-kinds.js` registered exactly while the reader marks a kind that is off by default,
 * from the background's start and on every change of the settings: the cue probe in each new page
 * then tests the cues of every kind, and otherwise only those of the kinds marked by default. Pages
 * open when it is registered have their probes start again with every kind's cues.
 */
export function startKindsFlag(platform: Pick<Platform, 'setContentScript' | 'injectEverywhere' | 'storageGet' | 'onStorageChanged'>): void {
  let settings = DEFAULT_SETTINGS;
  const sync = flagScriptSync(platform, ALL_KINDS_SCRIPT_ID, 'all-kinds.js', async () => marksMoreKinds(settings));
  watchSettings(platform, (s) => {
    settings = s;
    void sync();
  });
}
