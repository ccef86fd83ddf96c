import { describe, expect, it } from 'vitest';
import { createFakePlatform } from '../platform/fake.ts';
import { BOOT_KEY, createPopupApi, resolveTabId } from './popup-api.ts';

describe('popup api', () => {
  it('takes the tab from ?tab=, else the active tab', async () => {
    const p = createFakePlatform();
    p.activeTab = 4;
    expect(await resolveTabId(p, '?tab=12')).toBe(12);
    expect(await resolveTabId(p, '?tab=abc')).toBe(4);
    expect(await resolveTabId(p, '')).toBe(4);
  });

  it('asks the top frame of its tab for mentions, and gives null when nothing answers', async () => {
    const p = createFakePlatform();
    expect(await createPopupApi(p, 3).pageMentions()).toBeNull();
    p.tabResponder = async () => [{ entityId: 'a', name: 'A', kind: 'person', count: 1 }];
    expect(await createPopupApi(p, 3).pageMentions()).toHaveLength(1);
    expect(p.state.tabMessages.at(-1)).toEqual({ tabId: 3, frameId: 0, msg: { type: 'pageMentions' } });
  });

  it('gives an empty list for a tab whose page has named nothing (the cue probe alone runs there, answering no message)', async () => {
    const p = createFakePlatform();
    p.tabWorlds.set(3, new Set([BOOT_KEY]));
    expect(await createPopupApi(p, 3).pageMentions()).toEqual([]);
    p.tabWorlds.set(3, new Set(['something.else']));
    expect(await createPopupApi(p, 3).pageMentions()).toBeNull();
  });

  it('falls back to the tab address for the host when the background has not heard from the tab', async () => {
    const p = createFakePlatform();
    p.onMessage(async () => ({ host: null, count: 0 }));
    p.tabUrls.set(3, 'https://News.Example/x');
    p.tabUrls.set(4, 'file:///tmp/a.html');
    p.tabUrls.set(5, 'about:blank');
    expect(await createPopupApi(p, 3).host()).toBe('news.example');
    expect(await createPopupApi(p, 4).host()).toBe('');
    expect(await createPopupApi(p, 5).host()).toBeNull();
  });

  it('stores a site switch', async () => {
    const p = createFakePlatform();
    const s = await createPopupApi(p, 3).setSiteActive('news.example', false);
    expect(s.disabledSites).toEqual(['news.example']);
    expect((p.state.storage.get('settings') as { disabledSites: string[] }).disabledSites).toEqual(['news.example']);
  });
});
