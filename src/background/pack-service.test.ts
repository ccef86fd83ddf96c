import { describe, expect, it } from 'vitest';
import type { Dataset } from '../core/dataset-schema.ts';
import { PACKS_BUDGET_BYTES } from '../core/pack-types.ts';
import { createFakePlatform } from '../platform/fake.ts';
import { createMemoryLocalArea, createPackStore, PACK_CUES_KEY, PACK_TABLES_KEY, PACKS_KEY } from '../platform/pack-store.ts';
import { datasetService } from './data-service.ts';
import { PACKS_SCRIPT_ID, startPackHandlers } from './pack-handlers.ts';
import { createPackService } from './pack-service.ts';

const article = (id: string, text: string) => ({ id, title: id, publisher: null, published: '2019-07-01', language: 'en', translated: false, text });
const peskov = { id: 'dmitry-peskov', kind: 'person' as const, name: 'Dmitry Peskov', aliases: ['Dmitry Peskov'], description: '' };
const bundled: Dataset = { version: 1, sources: [article('b1', 'x')], entities: [peskov], polls: [], quotes: [] };
const packText = (extra = {}) =>
  JSON.stringify({
    version: 1,
    sources: [article('a1', '"Nobody is coming," said Ekaterina Schulmann.')],
    entities: [peskov, { id: 'ekaterina-schulmann', kind: 'person', name: 'Ekaterina Schulmann', aliases: ['Ekaterina Schulmann'], description: '', auto: true }],
    polls: [],
    quotes: [{ id: 'q1', speakerId: 'ekaterina-schulmann', text: 'Nobody is coming,', sourceId: 'a1', start: 1, end: 18, topicIds: [] }],
    ...extra,
  });

function setup() {
  const area = createMemoryLocalArea();
  const clock = () => new Date('2026-03-01T10:00:00Z');
  const make = () => createPackService(bundled, createPackStore(area), datasetService, clock);
  return { area, make, packs: make() };
}

describe('pack service', () => {
  it('imports a pack: listed with counts, stored in one write, and answered by lookup and source', async () => {
    const { area, packs } = setup();
    expect(await packs.data.lookup('ekaterina-schulmann')).toBeNull();
    const r = await packs.importPack('osaka.json', packText());
    expect(r).toEqual({ ok: true, pack: expect.objectContaining({ id: 'osaka', name: 'osaka', counts: { sources: 1, entities: 1, quotes: 1, polls: 0 }, importedAt: '2026-03-01T10:00:00.000Z' }), packs: [expect.objectContaining({ id: 'osaka' })] });
    expect([...area.data.keys()].sort()).toEqual([PACK_CUES_KEY, PACK_TABLES_KEY, 'packData:osaka', PACKS_KEY].sort());
    // The small record every page reads: the cues of the pack's new person, as in the tables.
    expect(Object.keys(area.data.get(PACK_CUES_KEY) as object)).toEqual(['person']);
    expect(area.data.get(PACK_CUES_KEY)).toEqual((area.data.get(PACK_TABLES_KEY) as { cues: unknown }).cues);
    const card = await packs.data.lookup('ekaterina-schulmann');
    expect(card?.quotes.map((q) => q.source.id)).toEqual(['pack:osaka:a1']);
    expect((await packs.data.source('pack:osaka:a1'))?.title).toBe('a1');
    expect((await packs.data.search('schulmann', 5)).map((c) => c.entity.id)).toContain('ekaterina-schulmann');
  });

  it('a background that wakes later reads the packs back before its first answer', async () => {
    const { make, packs } = setup();
    await packs.importPack('osaka.json', packText());
    const woken = make();
    expect((await woken.data.lookup('ekaterina-schulmann'))?.entity.name).toBe('Ekaterina Schulmann');
    expect((await woken.list()).map((p) => p.name)).toEqual(['osaka']);
  });

  it('a bad pack, an oversized file or a refused write changes nothing', async () => {
    const { area, packs } = setup();
    await packs.importPack('first.json', packText());
    const before = structuredClone([...area.data]);
    expect(await packs.importPack('bad.json', packText({ quotes: [{ id: 'q1', speakerId: null, text: 'x', sourceId: 'nope', start: 0, end: 1, topicIds: [] }] })))
      .toMatchObject({ ok: false, error: { code: 'notDataset', problems: ['quotes[0].sourceId: source "nope" does not exist'] } });
    expect(await packs.importPack('broken.json', '{"version": 1')).toMatchObject({ ok: false, error: { code: 'badJson', line: 1 } });
    const big = packText({ padding: ' '.repeat(PACKS_BUDGET_BYTES - 1000) });
    expect(await packs.importPack('big.json', big)).toMatchObject({ ok: false, error: { code: 'tooLarge' } });
    area.failNextSet = 'QUOTA_BYTES quota exceeded';
    expect(await packs.importPack('second.json', packText())).toEqual({ ok: false, error: { code: 'storage', detail: 'QUOTA_BYTES quota exceeded' } });
    expect([...area.data]).toEqual(before);
    expect((await packs.list()).map((p) => p.name)).toEqual(['first']);
    expect(await packs.data.source('pack:second:a1')).toBeNull();
  });

  it('refuses a pack that would take the packs past their budget, saying how much is in use', async () => {
    const { packs } = setup();
    const padded = (name: string, n: number) => packText({ name, padding: ' '.repeat(n) });
    expect(await packs.importPack('a.json', padded('a', 3_900_000))).toMatchObject({ ok: true });
    expect(await packs.importPack('b.json', padded('b', 3_900_000))).toMatchObject({ ok: true });
    const r = await packs.importPack('c.json', padded('c', 600_000));
    expect(r).toMatchObject({ ok: false, error: { code: 'noRoom', limit: PACKS_BUDGET_BYTES } });
    expect(!r.ok && r.error.code === 'noRoom' && r.error.used).toBeGreaterThan(7_800_000);
    expect((await packs.list()).map((p) => p.name)).toEqual(['a', 'b']);
  });

  it('re-importing a pack of the same name replaces it; removing one drops its data and its tables', async () => {
    const { area, packs } = setup();
    await packs.importPack('osaka.json', packText());
    await packs.importPack('other.json', packText({ name: 'Other' }));
    const again = await packs.importPack('osaka.json', packText({ sources: [article('a1', '"Nobody is coming," said Ekaterina Schulmann. More.')] }));
    expect(again.ok && again.packs.map((p) => p.id)).toEqual(['osaka', 'other']);
    expect((await packs.data.source('pack:osaka:a1'))?.text).toContain('More.');
    expect((await packs.remove('osaka')).map((p) => p.id)).toEqual(['other']);
    expect(area.data.has('packData:osaka')).toBe(false);
    expect(await packs.data.source('pack:osaka:a1')).toBeNull();
    await packs.remove('other');
    expect(area.data.get(PACK_TABLES_KEY)).toBeNull();
    expect(area.data.get(PACK_CUES_KEY)).toBeNull();
    expect(await packs.data.lookup('ekaterina-schulmann')).toBeNull();
  });

  it('compiles stored tables again when the bundle changed since they were merged', async () => {
    const { area, packs } = setup();
    await packs.importPack('osaka.json', packText());
    area.data.set(PACK_TABLES_KEY, { ...(area.data.get(PACK_TABLES_KEY) as object), base: 'older-bundle' });
    await createPackService(bundled, createPackStore(area), datasetService).list();
    expect((area.data.get(PACK_TABLES_KEY) as { base: string }).base).not.toBe('older-bundle');
  });

  it('refreshIfStale at startup compiles stale tables again, and leaves current ones alone', async () => {
    const { area, packs } = setup();
    await packs.importPack('osaka.json', packText());
    const current = area.data.get(PACK_TABLES_KEY);
    await createPackService(bundled, createPackStore(area), datasetService).refreshIfStale();
    expect(area.data.get(PACK_TABLES_KEY)).toBe(current);
    area.data.set(PACK_TABLES_KEY, { ...(current as object), base: 'v1-older-format' });
    await createPackService(bundled, createPackStore(area), datasetService).refreshIfStale();
    expect((area.data.get(PACK_TABLES_KEY) as { base: string }).base).toBe((current as { base: string }).base);
  });

  it('refreshIfStale compiles tables stored before packs had cues, so pages see the packs\' cues', async () => {
    const { area, packs } = setup();
    await packs.importPack('osaka.json', packText());
    const { cues, ...older } = area.data.get(PACK_TABLES_KEY) as { cues: unknown };
    area.data.set(PACK_TABLES_KEY, older);
    area.data.delete(PACK_CUES_KEY);
    await createPackService(bundled, createPackStore(area), datasetService).refreshIfStale();
    expect(area.data.get(PACK_CUES_KEY)).toEqual(cues);
    expect((area.data.get(PACK_TABLES_KEY) as { cues: unknown }).cues).toEqual(cues);
  });
});

describe('pack messages', () => {
  it('are answered for our own pages only, never for content scripts', async () => {
    const p = createFakePlatform('ext');
    const { packs } = setup();
    startPackHandlers(p, packs);
    const fromOptions = { extensionId: 'ext', url: 'chrome-extension://ext/options.html' };
    const r = await p.deliver({ type: 'packImport', fileName: 'osaka.json', text: packText() }, fromOptions);
    expect(r).toMatchObject({ ok: true });
    expect(await p.deliver({ type: 'packList' }, fromOptions)).toHaveLength(1);
    const fromTab = { extensionId: 'ext', tabId: 4, frameId: 0, url: 'https://news.example/' };
    await expect(p.deliver({ type: 'packRemove', packId: 'osaka' }, fromTab)).rejects.toThrow(/refused/);
    expect(await p.deliver({ type: 'packRemove', packId: 'osaka' }, fromOptions)).toEqual([]);
  });

  it('keep packs.js registered as a content script exactly while a pack is imported, from before the answer', async () => {
    const p = createFakePlatform('ext');
    const { packs } = setup();
    startPackHandlers(p, packs);
    const fromOptions = { extensionId: 'ext', url: 'chrome-extension://ext/options.html' };
    await p.deliver({ type: 'packList' }, fromOptions);
    expect(p.state.contentScripts).toEqual(new Map());
    await p.deliver({ type: 'packImport', fileName: 'osaka.json', text: packText() }, fromOptions);
    expect(p.state.contentScripts).toEqual(new Map([[PACKS_SCRIPT_ID, 'packs.js']]));
    await p.deliver({ type: 'packImport', fileName: 'broken.json', text: '{' }, fromOptions);
    expect(p.state.contentScripts).toEqual(new Map([[PACKS_SCRIPT_ID, 'packs.js']]));
    await p.deliver({ type: 'packRemove', packId: 'osaka' }, fromOptions);
    expect(p.state.contentScripts).toEqual(new Map());
  });

  it('run packs.js in the pages already open after each import, so their probes read the new cues, and not after a failed import or a removal', async () => {
    const p = createFakePlatform('ext');
    const { packs } = setup();
    startPackHandlers(p, packs);
    const fromOptions = { extensionId: 'ext', url: 'chrome-extension://ext/options.html' };
    await p.deliver({ type: 'packList' }, fromOptions);
    expect(p.state.everywhere).toEqual([]);
    await p.deliver({ type: 'packImport', fileName: 'osaka.json', text: packText() }, fromOptions);
    expect(p.state.everywhere).toEqual(['packs.js']);
    // A second pack while packs.js is registered already: the open pages' cues changed all the same.
    await p.deliver({ type: 'packImport', fileName: 'kyiv.json', text: packText({ name: 'kyiv' }) }, fromOptions);
    expect(p.state.everywhere).toEqual(['packs.js', 'packs.js']);
    await p.deliver({ type: 'packImport', fileName: 'broken.json', text: '{' }, fromOptions);
    await p.deliver({ type: 'packRemove', packId: 'osaka' }, fromOptions);
    expect(p.state.everywhere).toEqual(['packs.js', 'packs.js']);
  });

  it('register packs.js at start when packs were imported before', async () => {
    const { packs } = setup();
    await packs.importPack('osaka.json', packText());
    const p = createFakePlatform('ext');
    startPackHandlers(p, packs);
    await expect.poll(() => p.state.contentScripts.get(PACKS_SCRIPT_ID)).toBe('packs.js');
  });
});
