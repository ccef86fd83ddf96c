import { describe, expect, it } from 'vitest';
import { startBackground, type DataService } from '../../../src/background/background.ts';
import { TabCounts } from '../../../src/background/tab-counts.ts';
import { createFakePlatform } from '../../../src/platform/fake.ts';
import { createMemorySessionStore } from '../../../src/platform/session-store.ts';

const ID = 'ext-id';
const data: DataService = { lookup: () => null, search: () => [], source: () => null };
const fromTab = (tabId: number, frameId = 0, url = 'https://news.example/a') => ({ extensionId: ID, tabId, frameId, url });
const fromPage = { extensionId: ID, url: `chrome-extension://${ID}/popup.html?tab=3` };

/** A background started afresh over the same session storage, as after the browser stopped it. */
function restart(session: Map<string, unknown>) {
  const p = createFakePlatform(ID, session);
  startBackground(p, data);
  return p;
}

describe('tab state across a background restart', () => {
  it('answers the popup from session storage after a restart', async () => {
    const session = new Map<string, unknown>();
    const before = restart(session);
    await before.deliver({ type: 'reportCount', count: 3 }, fromTab(7, 0, 'https://News.Example/x'));
    await before.deliver({ type: 'reportCount', count: 4 }, fromTab(7, 2, 'https://ads.example/'));
    const after = restart(session);
    expect(await after.deliver({ type: 'tabState', tabId: 7 }, fromPage)).toEqual({ host: 'news.example', count: 7 });
  });

  it('adds a late frame to the restored frames for the badge', async () => {
    const session = new Map<string, unknown>();
    await restart(session).deliver({ type: 'reportCount', count: 3 }, fromTab(7));
    const after = restart(session);
    await after.deliver({ type: 'reportCount', count: 5 }, fromTab(7, 4, 'https://other.example/'));
    expect(after.state.badges.get(7)).toBe('8');
    // A frame reporting again replaces its own count rather than adding to it.
    await after.deliver({ type: 'reportCount', count: 1 }, fromTab(7));
    expect(after.state.badges.get(7)).toBe('6');
  });

  it('drops a closed tab from session storage and a reloaded one too', async () => {
    const session = new Map<string, unknown>();
    const p = restart(session);
    await p.deliver({ type: 'reportCount', count: 3 }, fromTab(1));
    await p.deliver({ type: 'reportCount', count: 2 }, fromTab(2));
    p.resetTab(1, true);
    p.resetTab(2, false);
    await Promise.resolve();
    expect([...session.keys()]).toEqual([]);
    const after = restart(session);
    expect(await after.deliver({ type: 'tabState', tabId: 1 }, fromPage)).toEqual({ host: null, count: 0 });
    expect(await after.deliver({ type: 'tabState', tabId: 2 }, fromPage)).toEqual({ host: null, count: 0 });
  });

  it('ignores what it cannot trust in session storage', async () => {
    const session = new Map<string, unknown>([
      ['tab:1', 'nonsense'],
      ['tab:2', { host: 42, frames: { 0: 2, x: 9, 3: -1, 4: 1.5, 5: '7' } }],
    ]);
    const counts = new TabCounts(createMemorySessionStore(session));
    expect(await counts.state(1)).toEqual({ host: null, count: 0 });
    expect(await counts.state(2)).toEqual({ host: null, count: 2 });
  });

  it('reads the store once for concurrent first uses, and counts a report racing a reset as the new page', async () => {
    const session = new Map<string, unknown>([['tab:5', { host: 'a.example', frames: { 0: 10 } }]]);
    const store = createMemorySessionStore(session);
    let reads = 0;
    const counting = { ...store, get: (k: string) => (reads++, store.get(k)) };
    const counts = new TabCounts(counting);
    const [a, b] = await Promise.all([counts.report(5, 1, 2, undefined), counts.report(5, 2, 3, undefined)]);
    expect(reads).toBe(1);
    expect(Math.max(a, b)).toBe(15);

    const racing = counts.report(6, 0, 4, 'https://b.example/');
    counts.forget(6);
    expect(await racing).toBe(4);
    expect(await counts.state(6)).toEqual({ host: 'b.example', count: 4 });
  });

  it('still answers when session storage fails', async () => {
    const broken = { get: () => Promise.reject(new Error('gone')), set: () => Promise.reject(new Error('gone')), remove: () => Promise.reject(new Error('gone')) };
    const counts = new TabCounts(broken);
    expect(await counts.report(1, 0, 3, 'https://c.example/')).toBe(3);
    expect(await counts.state(1)).toEqual({ host: 'c.example', count: 3 });
    counts.forget(1, true);
    expect(await counts.state(1)).toEqual({ host: null, count: 0 });
  });
});
