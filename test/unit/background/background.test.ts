import { beforeEach, describe, expect, it } from 'vitest';
import type { EntityCard } from '../../../src/core/card-types.ts';
import type { Entity, Source } from '../../../src/core/dataset-schema.ts';
import { COMMAND_NEXT, MENU_LOOKUP, startBackground, type DataService } from '../../../src/background/background.ts';
import { createFakePlatform, type FakePlatform } from '../../../src/platform/fake.ts';
import { english, testLocale } from '../i18n/locales.ts';

const ID = 'ext-id';
const ORIGIN = `chrome-extension://${ID}/`;
const peskov: Entity = { id: 'dmitry-peskov', kind: 'person', name: 'Dmitry Peskov', aliases: ['Peskov'], description: 'Kremlin spokesman' };
const source: Source = { id: 's1', title: 'T', publisher: 'P', published: '2018-07-20', language: 'en', translated: false, text: 'Hello world' };
const card: EntityCard = { entity: peskov, polls: [], quotes: [] };
const data: DataService = {
  lookup: (id) => (id === peskov.id ? card : null),
  search: (q, limit) => (/pesk/i.test(q) ? [card].slice(0, limit) : []),
  source: (id) => (id === source.id ? source : null),
};
const fromTab = (tabId: number, frameId = 0, url = 'https://news.example/a') => ({ extensionId: ID, tabId, frameId, url });
const fromPage = { extensionId: ID, url: `${ORIGIN}popup.html?tab=3` };

let p: FakePlatform;
let bg: ReturnType<typeof startBackground>;
beforeEach(() => {
  p = createFakePlatform(ID);
  p.locale = english;
  bg = startBackground(p, data);
});

describe('messages', () => {
  it('answers lookup and search from content scripts and from our pages', async () => {
    expect(await p.deliver({ type: 'lookup', entityId: 'dmitry-peskov' }, fromTab(1))).toEqual(card);
    expect(await p.deliver({ type: 'lookup', entityId: 'nobody' }, fromPage)).toBeNull();
    expect(await p.deliver({ type: 'search', query: 'pesk' }, fromPage)).toEqual([card]);
    expect(await p.deliver({ type: 'search', query: '   ' }, fromPage)).toEqual([]);
  });

  it('leaves malformed and unknown messages unanswered', async () => {
    for (const msg of [null, 'lookup', { type: 'lookup' }, { type: 'lookup', entityId: 5 }, { type: 'lookup', entityId: 'x', extra: 1 }, { type: 'fetch', url: 'http://x' }, { type: 'search', query: 'a', limit: 1000 }]) {
      await expect(p.deliver(msg, fromTab(1))).rejects.toThrow(/Receiving end does not exist/);
    }
  });

  it('refuses senders that are not this extension', async () => {
    await expect(p.deliver({ type: 'lookup', entityId: 'dmitry-peskov' }, { ...fromTab(1), extensionId: 'other' })).rejects.toThrow(/refused/);
    await expect(p.deliver({ type: 'lookup', entityId: 'dmitry-peskov' }, { extensionId: ID, url: 'https://evil.example/' })).rejects.toThrow(/refused/);
  });

  it('takes badge counts only from content scripts in tabs', async () => {
    await expect(p.deliver({ type: 'reportCount', count: 3 }, fromPage)).rejects.toThrow(/refused/);
    await expect(p.deliver({ type: 'reportCount', count: 3 }, { ...fromPage, tabId: 9 })).rejects.toThrow(/refused/);
  });

  it('serves a source and opens the viewer beside the tab that asked', async () => {
    expect(await p.deliver({ type: 'source', sourceId: 's1' }, fromPage)).toEqual(source);
    await p.deliver({ type: 'openSource', sourceId: 's1', start: 2, end: 7 }, fromTab(4));
    expect(p.state.opened).toEqual([{ path: 'viewer.html?source=s1&start=2&end=7', openerTabId: 4 }]);
  });
});

describe('badge and tab state', () => {
  it('sums the counts of all frames of a tab and remembers the top frame host', async () => {
    await p.deliver({ type: 'reportCount', count: 3 }, fromTab(7, 0, 'https://News.Example/x'));
    await p.deliver({ type: 'reportCount', count: 2 }, fromTab(7, 5, 'https://frame.example/'));
    await p.deliver({ type: 'reportCount', count: 4 }, fromTab(7, 5, 'https://frame.example/'));
    expect(p.state.badges.get(7)).toBe('7');
    expect(await p.deliver({ type: 'tabState', tabId: 7 }, fromPage)).toEqual({ host: 'news.example', count: 7 });
  });

  it('shows no badge for no mentions, and clears it when the tab loads a new page', async () => {
    await p.deliver({ type: 'reportCount', count: 0 }, fromTab(2));
    expect(p.state.badges.get(2)).toBe('');
    await p.deliver({ type: 'reportCount', count: 5 }, fromTab(2));
    p.resetTab(2, false);
    expect(p.state.badges.get(2)).toBe('');
    expect(await p.deliver({ type: 'tabState', tabId: 2 }, fromPage)).toEqual({ host: null, count: 0 });
  });
});

describe('menu and command', () => {
  it('creates the context-menu item for selections, in the UI language', () => {
    expect(p.state.menus).toEqual([{ id: MENU_LOOKUP, title: 'Look up with FactLens', contexts: ['selection'] }]);
    const ru = createFakePlatform(ID);
    ru.locale = testLocale('ru');
    startBackground(ru, data);
    expect(ru.state.menus.map((m) => m.title)).toEqual(['Найти в FactLens']);
  });

  it('sends the selection to the frame it was made in', async () => {
    p.tabResponder = async () => true;
    expect(await bg.onMenuClicked({ menuItemId: MENU_LOOKUP, selectionText: 'Levada', tabId: 3, frameId: 2 })).toBe(true);
    expect(p.state.tabMessages).toEqual([{ tabId: 3, frameId: 2, msg: { type: 'lookupSelection', text: 'Levada' } }]);
  });

  it('brings the page app into a frame that does not answer (its page named nothing), then asks it', async () => {
    p.tabResponder = async () => {
      if (!p.state.injected.some((i) => i.file === 'page.js' && i.tabId === 3 && i.frameId === 2)) throw new Error('Could not establish connection. Receiving end does not exist.');
      return true;
    };
    expect(await bg.onMenuClicked({ menuItemId: MENU_LOOKUP, selectionText: 'Levada', tabId: 3, frameId: 2 })).toBe(true);
    expect(p.state.injected).toEqual([{ tabId: 3, frameId: 2, file: 'page.js' }]);
    expect(p.state.tabMessages).toHaveLength(2);
  });

  it('reports false when the tab has no content script, even with the page app brought in', async () => {
    expect(await bg.onMenuClicked({ menuItemId: MENU_LOOKUP, selectionText: 'Levada', tabId: 3 })).toBe(false);
    expect(p.state.injected.map((i) => i.file)).toEqual(['page.js']);
    expect(await bg.onMenuClicked({ menuItemId: 'other', selectionText: 'Levada', tabId: 3 })).toBe(false);
  });

  it('sends nextMention to the command tab, or to the active tab', async () => {
    p.tabResponder = async () => true;
    p.activeTab = 11;
    expect(await bg.onCommand(COMMAND_NEXT, undefined)).toBe(true);
    expect(await bg.onCommand(COMMAND_NEXT, 5)).toBe(true);
    expect(await bg.onCommand('other', 5)).toBe(false);
    expect(p.state.tabMessages.map((m) => [m.tabId, m.msg])).toEqual([[11, { type: 'nextMention' }], [5, { type: 'nextMention' }]]);
  });

  it('is reached through the browser events too', async () => {
    p.tabResponder = async () => true;
    p.clickMenu({ menuItemId: MENU_LOOKUP, selectionText: 'Peskov', tabId: 8 });
    p.pressCommand(COMMAND_NEXT, 8);
    await new Promise((r) => setTimeout(r, 0));
    expect(p.state.tabMessages.map((m) => m.msg)).toEqual([{ type: 'lookupSelection', text: 'Peskov' }, { type: 'nextMention' }]);
  });
});

describe('card UI on demand', () => {
  it('injects card.js into exactly the asking frame of the asking tab', async () => {
    expect(await p.deliver({ type: 'loadCard' }, { extensionId: ID, tabId: 7, frameId: 3, url: 'https://news.example/' })).toBe(true);
    expect(p.state.injected).toEqual([{ tabId: 7, frameId: 3, file: 'card.js' }]);
  });

  it('ignores the request from our own pages, other extensions, and with anything extra', async () => {
    for (const [msg, sender] of [
      [{ type: 'loadCard' }, { extensionId: ID, url: `chrome-extension://${ID}/popup.html` }],
      [{ type: 'loadCard' }, { extensionId: 'someone-else', tabId: 7, frameId: 0 }],
      [{ type: 'loadCard', file: 'x.js' }, { extensionId: ID, tabId: 7, frameId: 0 }],
    ] as const) {
      await expect(p.deliver(msg, sender)).rejects.toThrow(/Receiving end/);
    }
    expect(p.state.injected).toEqual([]);
  });
});
