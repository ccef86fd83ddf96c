import { describe, expect, it } from 'vitest';
import { createContentPlatform, type ContentExtensionApi } from '../../../src/platform/content-platform.ts';

type Listener = (...args: never[]) => unknown;

function fakeApi(origin: string, reply: (msg: unknown) => Promise<unknown>) {
  const listeners = { message: new Set<Listener>(), storage: new Set<Listener>() };
  const store: Record<string, unknown> = {};
  const event = (set: Set<Listener>) => ({ addListener: (l: Listener) => set.add(l), removeListener: (l: Listener) => set.delete(l) });
  const api = {
    runtime: { id: 'ext', getURL: (p: string) => `${origin}${p}`, sendMessage: reply, onMessage: event(listeners.message) },
    storage: {
      local: { get: async (k: string) => (k in store ? { [k]: store[k] } : {}), set: async (items: Record<string, unknown>) => void Object.assign(store, items) },
      onChanged: event(listeners.storage),
    },
  } as unknown as ContentExtensionApi;
  return { api, listeners };
}

const fromBackground = { id: 'ext', url: 'chrome-extension://ext/background.js' };

describe('content platform over the bare extension API', () => {
  it('answers through sendResponse in Chrome, with the polyfill\'s rejection shape for errors', async () => {
    const { api, listeners } = fakeApi('chrome-extension://ext/', async () => null);
    const p = createContentPlatform(api);
    p.onMessage((msg) => (msg === 'ok' ? Promise.resolve(1) : msg === 'bad' ? Promise.reject(new Error('refused')) : undefined));
    const [l] = listeners.message as Set<(m: unknown, s: unknown, r: (x: unknown) => void) => unknown>;
    const replies: unknown[] = [];
    expect(l!('other', fromBackground, (x) => replies.push(x))).toBe(false);
    expect(l!('ok', fromBackground, (x) => replies.push(x))).toBe(true);
    expect(l!('bad', fromBackground, (x) => replies.push(x))).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(replies).toEqual([1, { __mozWebExtensionPolyfillReject__: true, message: 'refused' }]);
  });

  it('returns the promise itself in Firefox, and names the sender as the full platform does', async () => {
    const { api, listeners } = fakeApi('moz-extension://uuid/', async () => null);
    const p = createContentPlatform(api);
    expect(p.browser).toBe('firefox');
    const seen: unknown[] = [];
    p.onMessage((_m, s) => (seen.push(s), Promise.resolve('yes')));
    const [l] = listeners.message as Set<(m: unknown, s: unknown, r: (x: unknown) => void) => unknown>;
    await expect(l!('x', { id: 'ext', url: 'https://page.example/', tab: { id: 4 }, frameId: 2 }, () => {})).resolves.toBe('yes');
    await l!('x', { id: 'ext', url: 'moz-extension://uuid/popup.html?tab=4', tab: { id: 4 } }, () => {});
    expect(seen).toEqual([
      { extensionId: 'ext', tabId: 4, frameId: 2, url: 'https://page.example/' },
      { extensionId: 'ext', tabId: undefined, frameId: undefined, url: 'moz-extension://uuid/popup.html?tab=4' },
    ]);
  });

  it('turns a rejection the background sent, and an invalidated context, into rejections', async () => {
    const rejecting = createContentPlatform(fakeApi('chrome-extension://ext/', async () => ({ __mozWebExtensionPolyfillReject__: true, message: 'no' })).api);
    await expect(rejecting.sendMessage({})).rejects.toThrow('no');
    const gone = createContentPlatform(fakeApi('chrome-extension://ext/', () => {
      throw new Error('Extension context invalidated.');
    }).api);
    await expect(gone.sendMessage({})).rejects.toThrow(/invalidated/);
    const silent = createContentPlatform(fakeApi('chrome-extension://ext/', () => Promise.reject(new Error('The message port closed before a response was received.'))).api);
    await expect(silent.sendMessage({})).resolves.toBeUndefined();
  });

  it('reads, writes and follows local storage only, and stops following once aborted', async () => {
    const { api, listeners } = fakeApi('chrome-extension://ext/', async () => null);
    const p = createContentPlatform(api);
    await p.storageSet('settings', { a: 1 });
    expect(await p.storageGet('settings')).toEqual({ a: 1 });
    expect(await p.storageGet('missing')).toBeUndefined();
    const seen: unknown[] = [];
    const ctl = new AbortController();
    p.onStorageChanged((k, v) => seen.push([k, v]), ctl.signal);
    const [l] = listeners.storage as Set<(c: unknown, a: string) => void>;
    l!({ settings: { newValue: 1 } }, 'sync');
    l!({ settings: { newValue: 2 } }, 'local');
    expect(seen).toEqual([['settings', 2]]);
    ctl.abort();
    expect(listeners.storage.size).toBe(0);
  });
});
