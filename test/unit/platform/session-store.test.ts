import { describe, expect, it } from 'vitest';
import { createFakePlatform } from '../../../src/platform/fake.ts';
import { createMemorySessionStore } from '../../../src/platform/session-store.ts';

describe('memory session store', () => {
  it('keeps copies, not the caller\'s objects, and forgets removed keys', async () => {
    const store = createMemorySessionStore();
    const value = { frames: { 0: 1 } };
    await store.set('k', value);
    value.frames[0] = 99;
    const got = (await store.get('k')) as typeof value;
    expect(got).toEqual({ frames: { 0: 1 } });
    got.frames[0] = 5;
    expect(await store.get('k')).toEqual({ frames: { 0: 1 } });
    await store.remove('k');
    expect(await store.get('k')).toBeUndefined();
  });

  it('is the fake platform\'s session area, apart from local storage', async () => {
    const p = createFakePlatform();
    await p.session.set('a', 1);
    expect(p.state.session.get('a')).toBe(1);
    expect(await p.storageGet('a')).toBeUndefined();
  });
});
