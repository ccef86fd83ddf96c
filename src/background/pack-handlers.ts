import { onMessage, type Handlers } from '../platform/messaging.ts';
import type { MessageSender, Platform } from '../platform/platform.ts';
import { parseToBackground } from '../shared/message-schemas.ts';
import type { ToBackground } from '../shared/messages.ts';
import type { PackService } from './pack-service.ts';

/** The data-pack calls; the background's other handlers leave these messages to this listener. */
export function packHandlers(packs: PackService): Handlers<ToBackground> {
  return {
    packList: () => packs.list(),
    packImport: (m) => packs.importPack(m.fileName, m.text),
    packRemove: (m) => packs.remove(m.packId),
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
  onMessage(platform, parseToBackground, packHandlers(packs), { accept: fromOwnPage(platform) });
}
