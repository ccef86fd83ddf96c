import { onMessage, type Handlers } from '../platform/messaging.ts';
import type { MessageSender, Platform } from '../platform/platform.ts';
import { parseToBackground } from '../shared/message-schemas.ts';
import { flagScriptSync } from './flag-scripts.ts';
import type { ToBackground } from '../shared/messages.ts';
import type { PackService } from './pack-service.ts';

/** The id under which `packs.js` is registered as a content script while packs are imported. */
export const PACKS_SCRIPT_ID = 'factlens-packs';

/**
 * Keeps `packs.js` registered exactly while some pack is imported: it tells the content script in
 * each new page to read the packs' cues too (src/shared/slots.ts). Called with `changed` after an
 * import, it also runs `packs.js` in the pages already open, whose probes then read the packs'
 * cues again. Calls run one after another.
 */
export function packsScriptSync(platform: Pick<Platform, 'setContentScript' | 'injectEverywhere'>, packs: Pick<PackService, 'list'>): (changed?: boolean) => Promise<void> {
  return flagScriptSync(platform, PACKS_SCRIPT_ID, 'packs.js', async () => (await packs.list()).length > 0);
}

/**
 * The data-pack calls; the background's other handlers leave these messages to this listener. An
 * import or removal is answered once `changed` has run (told whether a pack was imported), so a
 * page opened next sees the new packs.
 */
export function packHandlers(packs: PackService, changed: (imported?: boolean) => Promise<void> = async () => undefined): Handlers<ToBackground> {
  return {
    packList: () => packs.list(),
    packImport: (m) => packs.importPack(m.fileName, m.text).then(async (r) => (await changed(r.ok), r)),
    packRemove: (m) => packs.remove(m.packId).then(async (r) => (await changed(), r)),
  };
}

/**
 * Only our own pages (the options page) may change packs: a content script runs beside pages
 * we do not trust, and what a pack says is shown on every page afterwards.
 */
export function fromOwnPage(platform: Pick<Platform, 'extensionId' | 'extensionUrl'>) {
  const origin = platform.extensionUrl('');
  return (_type: keyof ToBackground, sender: MessageSender): boolean =>
    sender.extensionId === platform.extensionId && sender.tabId === undefined && (sender.url ?? '').startsWith(origin);
}

/** Answers the data-pack calls in the background. */
export function startPackHandlers(platform: Platform, packs: PackService): void {
  const sync = packsScriptSync(platform, packs);
  // At every start too: the registration then follows packs changed while the background slept, or an update.
  void sync();
  onMessage(platform, parseToBackground, packHandlers(packs, sync), { accept: fromOwnPage(platform) });
}
