/**
 * Storage that outlives the background but not the browser session: Chrome stops its service
 * worker and Firefox unloads its event page when idle, and what the background knew about open
 * tabs must still be there when they wake it. Never synced, never written to disk.
 */
export interface SessionStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

/** An in-memory session store for tests; values are cloned on the way in and out, as the browser's are. */
export function createMemorySessionStore(data = new Map<string, unknown>()): SessionStore {
  const clone = <T>(x: T): T => (x === undefined ? x : structuredClone(x));
  return {
    get: async (key) => clone(data.get(key)),
    set: async (key, value) => void data.set(key, clone(value)),
    remove: async (key) => void data.delete(key),
  };
}
