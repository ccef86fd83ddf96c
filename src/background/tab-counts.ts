import type { TabState } from '../shared/messages.ts';

/**
 * Mentions per tab, summed over its frames (the content script runs in every frame and each
 * reports its own count), plus the top frame's host for the popup's "Turn off on this site".
 */
export class TabCounts {
  readonly #frames = new Map<number, Map<number, number>>();
  readonly #hosts = new Map<number, string>();

  /** Records one frame's count; returns the tab's new total. */
  report(tabId: number, frameId: number, count: number, url: string | undefined): number {
    let frames = this.#frames.get(tabId);
    if (!frames) this.#frames.set(tabId, (frames = new Map()));
    frames.set(frameId, count);
    if (frameId === 0 && url !== undefined) this.#hosts.set(tabId, hostOf(url));
    return this.total(tabId);
  }

  total(tabId: number): number {
    let sum = 0;
    for (const n of this.#frames.get(tabId)?.values() ?? []) sum += n;
    return sum;
  }

  state(tabId: number): TabState {
    return { host: this.#hosts.get(tabId) ?? null, count: this.total(tabId) };
  }

  /** A new document or a closed tab: what its frames said no longer holds. */
  forget(tabId: number): void {
    this.#frames.delete(tabId);
    this.#hosts.delete(tabId);
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
