import type { MessageSender } from './platform.ts';

/** The fields of a browser's `runtime.MessageSender` that FactLens reads. */
export interface RawSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/**
 * One of our pages shown in a tab (the popup opened as `popup.html?tab=ID`, the viewer) is not
 * a content script: `tabId` marks content scripts only, in both browsers. `base` is our own
 * origin as `runtime.getURL('')` gives it.
 */
export function toSender(s: RawSender, base: string): MessageSender {
  const ours = (s.url ?? '').startsWith(base);
  return { extensionId: s.id, tabId: ours ? undefined : s.tab?.id, frameId: s.frameId, url: s.url };
}
