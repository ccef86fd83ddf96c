import type { ContentPlatform } from './platform.ts';

type StorageListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/** The slice of `storage` both platforms use: Chrome's and Firefox's own, or the polyfill's. */
export interface StorageApi {
  local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  onChanged: { addListener(l: StorageListener): void; removeListener(l: StorageListener): void };
}

/**
 * Settings live in `storage.local`: nothing is synced to an account, so which sites a reader
 * turned FactLens off on never leaves the machine. Shared by the page's platform and the
 * extension pages' one, so the two cannot read or watch settings differently.
 */
export function storageOver(storage: StorageApi): Pick<ContentPlatform, 'storageGet' | 'storageSet' | 'onStorageChanged'> {
  return {
    async storageGet(key) {
      return (await storage.local.get(key))[key];
    },
    async storageSet(key, value) {
      await storage.local.set({ [key]: value });
    },
    onStorageChanged(listener, signal) {
      const l: StorageListener = (changes, area) => {
        if (area !== 'local') return;
        for (const [key, change] of Object.entries(changes)) listener(key, change.newValue);
      };
      storage.onChanged.addListener(l);
      signal?.addEventListener('abort', () => storage.onChanged.removeListener(l), { once: true });
    },
  };
}
