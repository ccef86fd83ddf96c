import { describe, expect, it } from 'vitest';
import { createFakePlatform } from '../../../src/platform/fake.ts';
import { SETTINGS_KEY, loadSettings, saveSettings, updateSettings, watchSettings } from '../../../src/platform/settings-store.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings.ts';
import { withSite } from '../../../src/shared/settings-parse.ts';

describe('settings storage', () => {
  it('repairs a corrupted stored record when reading it', async () => {
    const p = createFakePlatform();
    await p.storageSet(SETTINGS_KEY, { version: 1, enabled: false, kinds: 'all' });
    expect(await loadSettings(p)).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });

  it('stores only clean settings', async () => {
    const p = createFakePlatform();
    await saveSettings(p, { ...DEFAULT_SETTINGS, markStyle: 'glow' } as unknown as Settings);
    expect(p.state.storage.get(SETTINGS_KEY)).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers the current settings and every later change, until aborted', async () => {
    const p = createFakePlatform();
    const seen: Settings[] = [];
    const ctl = new AbortController();
    watchSettings(p, (s) => seen.push(s), ctl.signal);
    await new Promise((r) => setTimeout(r, 0));
    await updateSettings(p, (s) => withSite(s, 'news.example', false));
    ctl.abort();
    await updateSettings(p, (s) => ({ ...s, enabled: false }));
    expect(seen.map((s) => s.disabledSites)).toEqual([[], ['news.example']]);
    expect(seen.every((s) => s.enabled)).toBe(true);
  });

  it('ignores changes to other keys', async () => {
    const p = createFakePlatform();
    const seen: Settings[] = [];
    watchSettings(p, (s) => seen.push(s));
    await new Promise((r) => setTimeout(r, 0));
    await p.storageSet('other', 1);
    expect(seen).toHaveLength(1);
  });
});
