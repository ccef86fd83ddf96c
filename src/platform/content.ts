import { createContentPlatform, type ContentExtensionApi } from './content-platform.ts';
import type { ContentPlatform } from './platform.ts';

export type { ContentPlatform, MessageSender } from './platform.ts';
export { onMessage, sendToBackground } from './messaging.ts';
export { watchSettings } from './settings-store.ts';

let current: ContentPlatform | null = null;

/**
 * The content script's entry to the platform: what it needs and no more, over `browser` in
 * Firefox and `chrome` in Chrome, created on first use so that importing this has no effect.
 */
export function getContentPlatform(): ContentPlatform {
  const g = globalThis as { browser?: ContentExtensionApi; chrome?: ContentExtensionApi };
  current ??= createContentPlatform((g.browser ?? g.chrome)!);
  return current;
}
