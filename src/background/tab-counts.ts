import type { SessionStore } from '../platform/session-store.ts';
import type { TabState } from '../shared/messages.ts';

/** One tab as kept in session storage: plain JSON, so it survives the store's cloning. */
interface TabEntry {
  host: string | null;
  /** Mention count per frame id. */
  frames: Record<string, number>;
}

const KEY_PREFIX = 'tab:';
const keyOf = (tabId: number): string => `${KEY_PREFIX}${tabId}`;
const empty = (): TabEntry => ({ host: null, frames: {} });

/** What a session store gives back, trusted only field by field; anything odd counts as nothing. */
function parseEntry(raw: unknown): TabEntry {
  if (typeof raw !== 'object' || raw === null) return empty();
  const { host, frames } = raw as Partial<Record<keyof TabEntry, unknown>>;
  const entry: TabEntry = { host: typeof host === 'string' ? host : null, frames: {} };
  if (typeof frames === 'object' && frames !== null) {
    for (const [frameId, n] of Object.entries(frames)) {
      if (/^\d+$/.test(frameId) && typeof n === 'number' && Number.isSafeInteger(n) && n >= 0) entry.frames[frameId] = n;
    }
  }
  return entry;
}

const totalOf = (entry: TabEntry): number => Object.values(entry.frames).reduce((a, b) => a + b, 0);

/**
 * Mentions per tab, summed over its frames (the content script runs in every frame and each
 * reports its own count), plus the top frame's host for the popup's "Turn off on this site".
 * Every change is written to the session store, and a tab is read back from it on first use,
 * since the browser may stop the background between a page's report and the popup's question.
 */
export class TabCounts {
  /** Loaded (or loading) tabs; one promise per tab so concurrent first uses read the store once. */
  readonly #tabs = new Map<number, Promise<TabEntry>>();
  readonly #store: SessionStore;

  constructor(store: SessionStore) {
    this.#store = store;
  }

  #entry(tabId: number): Promise<TabEntry> {
    let entry = this.#tabs.get(tabId);
    if (!entry) {
      entry = this.#store.get(keyOf(tabId)).then(parseEntry, empty);
      this.#tabs.set(tabId, entry);
    }
    return entry;
  }

  /** Records one frame's count; returns the tab's new total. */
  async report(tabId: number, frameId: number, count: number, url: string | undefined): Promise<number> {
    const pending = this.#entry(tabId);
    const entry = await pending;
    // The tab was reset while its entry loaded: the count belongs to the new document.
    if (this.#tabs.get(tabId) !== pending) return this.report(tabId, frameId, count, url);
    entry.frames[String(frameId)] = count;
    if (frameId === 0 && url !== undefined) entry.host = hostOf(url);
    await this.#store.set(keyOf(tabId), entry).catch(() => undefined);
    return totalOf(entry);
  }

  async total(tabId: number): Promise<number> {
    return totalOf(await this.#entry(tabId));
  }

  async state(tabId: number): Promise<TabState> {
    const entry = await this.#entry(tabId);
    return { host: entry.host, count: totalOf(entry) };
  }

  /**
   * A new document (`closed` false) or a closed tab: what its frames said no longer holds. A
   * closed tab's entry leaves memory too; a reloading one starts empty without reading the store.
   */
  forget(tabId: number, closed = false): void {
    if (closed) this.#tabs.delete(tabId);
    else this.#tabs.set(tabId, Promise.resolve(empty()));
    void this.#store.remove(keyOf(tabId)).catch(() => undefined);
  }
}

/** `location.hostname` of an address; empty for file pages and anything unparsable. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The badge shows nothing rather than "0", and stays short for long pages. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}
