import { describe, expect, it, vi } from 'vitest';
import { createFakePlatform } from '../../../src/platform/fake.ts';
import { onMessage, sendToBackground, sendToTab } from '../../../src/platform/messaging.ts';
import { parseToBackground, parseToContent } from '../../../src/shared/message-schemas.ts';
import type { ToBackground, ToContent } from '../../../src/shared/messages.ts';

const page = { extensionId: 'fake-extension-id', url: 'chrome-extension://fake-extension-id/popup.html' };

describe('typed messaging over the fake platform', () => {
  it('routes each type to its handler and answers null for an empty answer', async () => {
    const p = createFakePlatform();
    const lookup = vi.fn(() => null);
    onMessage<ToBackground>(p, parseToBackground, { lookup, search: () => [] });
    expect(await sendToBackground(p, { type: 'lookup', entityId: 'a' })).toBeNull();
    expect(lookup).toHaveBeenCalledWith({ type: 'lookup', entityId: 'a' }, page);
    expect(await sendToBackground(p, { type: 'search', query: 'x' })).toEqual([]);
  });

  it('leaves types without a handler to other receivers', async () => {
    const p = createFakePlatform();
    onMessage<ToBackground>(p, parseToBackground, { lookup: () => null });
    onMessage<ToBackground>(p, parseToBackground, { source: () => null });
    expect(await p.deliver({ type: 'source', sourceId: 's' }, page)).toBeNull();
    await expect(p.deliver({ type: 'tabState', tabId: 1 }, page)).rejects.toThrow(/Receiving end/);
  });

  it('rejects a refused sender and stops listening once aborted', async () => {
    const p = createFakePlatform();
    const ctl = new AbortController();
    onMessage<ToContent>(p, parseToContent, { nextMention: () => true }, { accept: (_t, s) => s.tabId === undefined, signal: ctl.signal });
    expect(await p.deliver({ type: 'nextMention' }, page)).toBe(true);
    await expect(p.deliver({ type: 'nextMention' }, { ...page, tabId: 3 })).rejects.toThrow(/refused nextMention/);
    ctl.abort();
    await expect(p.deliver({ type: 'nextMention' }, page)).rejects.toThrow(/Receiving end/);
  });

  it('copies values on the way, as structured cloning does', async () => {
    const p = createFakePlatform();
    const stored = { list: ['a'] };
    await p.storageSet('k', stored);
    stored.list.push('b');
    expect(await p.storageGet('k')).toEqual({ list: ['a'] });
    p.tabResponder = async (_t, msg) => msg;
    const msg = { type: 'revealEntity', entityId: 'e' } as const;
    expect(await sendToTab(p, 4, msg)).toEqual(msg);
    expect(p.state.tabMessages).toEqual([{ tabId: 4, frameId: 0, msg }]);
  });
});

describe('message schemas', () => {
  it('accept exactly the documented payloads', () => {
    expect(parseToBackground({ type: 'openSource', sourceId: 's', start: 1, end: 4 })).not.toBeNull();
    expect(parseToBackground({ type: 'openSource', sourceId: 's', start: -1, end: 4 })).toBeNull();
    expect(parseToBackground({ type: 'reportCount', count: 1.5 })).toBeNull();
    expect(parseToBackground({ type: 'search', query: 'x'.repeat(501) })).toBeNull();
    expect(parseToContent({ type: 'pageMentions' })).toEqual({ type: 'pageMentions' });
    expect(parseToContent({ type: 'pageMentions', extra: true })).toBeNull();
    expect(parseToContent({ type: 'lookupSelection', text: 'Levada' })).not.toBeNull();
    expect(parseToContent({ type: 'lookupSelection' })).toBeNull();
  });
});
