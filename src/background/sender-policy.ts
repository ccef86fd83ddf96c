import type { MessageSender } from '../platform/platform.ts';
import { CONTENT_ONLY } from '../shared/message-schemas.ts';
import type { ToBackground } from '../shared/messages.ts';

/**
 * Which senders may make which calls. Everything must come from this extension; a badge count
 * must come from a content script in a tab (it sets that tab's badge); the rest may come from
 * a content script or from one of our own pages.
 */
export function acceptSender(extensionId: string, extensionOrigin: string) {
  return (type: keyof ToBackground, sender: MessageSender): boolean => {
    if (sender.extensionId !== extensionId) return false;
    const fromTab = sender.tabId !== undefined && !(sender.url ?? '').startsWith(extensionOrigin);
    if (CONTENT_ONLY.has(type)) return fromTab;
    return fromTab || (sender.url ?? '').startsWith(extensionOrigin);
  };
}
