import { describe, expect, it } from 'vitest';
import { ALL_KINDS_SCRIPT_ID, startKindsFlag } from '../../../src/background/flag-scripts.ts';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cueRegExp, cuesByKind, cuesOfKinds } from '../../../src/core/cues.ts';
import type { Entity } from '../../../src/core/dataset-schema.ts';
import { textHasCue } from '../../../src/content/cue-probe.ts';
import { createFakePlatform } from '../../../src/platform/fake.ts';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings.ts';

const { entities } = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../data/entities.json'), 'utf8')) as { entities: Entity[] };
const all = cuesByKind(entities.map((e) => ({ kind: e.kind, names: [e.name, ...e.aliases] })));

describe('the all-kinds flag', () => {
  it('registers all-kinds.js exactly while the reader marks a kind that is off by default, from the start', async () => {
    const p = createFakePlatform('ext');
    await p.storageSet('settings', { ...DEFAULT_SETTINGS, kinds: ['person', 'place'] });
    startKindsFlag(p);
    await expect.poll(() => p.state.contentScripts.get(ALL_KINDS_SCRIPT_ID)).toBe('all-kinds.js');
    await p.storageSet('settings', { ...DEFAULT_SETTINGS, kinds: ['person'] });
    await expect.poll(() => p.state.contentScripts.has(ALL_KINDS_SCRIPT_ID)).toBe(false);
    await p.storageSet('settings', { ...DEFAULT_SETTINGS, kinds: ['topic'] });
    await expect.poll(() => p.state.contentScripts.get(ALL_KINDS_SCRIPT_ID)).toBe('all-kinds.js');
    // Settings that do not parse are the defaults: nothing more to test for.
    await p.storageSet('settings', 'garbage');
    await expect.poll(() => p.state.contentScripts.has(ALL_KINDS_SCRIPT_ID)).toBe(false);
  });

  it('runs all-kinds.js in the pages already open when it is registered anew, not at a start that finds it registered', async () => {
    const p = createFakePlatform('ext');
    await p.storageSet('settings', DEFAULT_SETTINGS);
    startKindsFlag(p);
    await new Promise((r) => setTimeout(r, 20));
    expect(p.state.everywhere).toEqual([]);
    await p.storageSet('settings', { ...DEFAULT_SETTINGS, kinds: [...DEFAULT_SETTINGS.kinds, 'place'] });
    await expect.poll(() => p.state.everywhere).toEqual(['all-kinds.js']);
    // Another kind on while it is registered: the open pages test every kind's cues already.
    await p.storageSet('settings', { ...DEFAULT_SETTINGS, kinds: [...DEFAULT_SETTINGS.kinds, 'place', 'topic'] });
    await expect.poll(() => p.state.contentScripts.get(ALL_KINDS_SCRIPT_ID)).toBe('all-kinds.js');
    await new Promise((r) => setTimeout(r, 20));
    expect(p.state.everywhere).toEqual(['all-kinds.js']);

    // The background starting again (a service worker woken) with the script still registered.
    const again = createFakePlatform('ext');
    again.state.contentScripts.set(ALL_KINDS_SCRIPT_ID, 'all-kinds.js');
    await again.storageSet('settings', { ...DEFAULT_SETTINGS, kinds: ['person', 'place'] });
    startKindsFlag(again);
    await new Promise((r) => setTimeout(r, 20));
    expect(again.state.everywhere).toEqual([]);
  });

  it('leaves the cue probe, without it, to the kinds marked by default: "used" and a place alone wake nothing', () => {
    const every = cueRegExp(Object.values(all))!;
    const byDefault = cueRegExp(Object.values(cuesOfKinds(all, DEFAULT_SETTINGS.kinds)))!;
    const text = 'We used the ferry to Helsinki, as the US team did.';
    expect(textHasCue(text, every)).toBe(true);
    expect(textHasCue(text, byDefault)).toBe(false);
    expect(textHasCue('Dmitry Peskov said so.', byDefault)).toBe(true);
    expect(Object.keys(cuesOfKinds(all, ['place', 'topic'])).sort()).toEqual(['place', 'topic']);
  });
});
