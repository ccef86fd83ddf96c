import { describe, expect, it } from 'vitest';
import { datasetService } from '../../../src/background/data-service.ts';
import { createPackService } from '../../../src/background/pack-service.ts';
import type { Dataset } from '../../../src/core/dataset-schema.ts';
import { createMemoryLocalArea, createPackStore } from '../../../src/platform/pack-store.ts';

const article = (id: string, published: string | null, text: string) => ({ id, title: id, publisher: null, published, language: 'en', translated: false, text });
const summit = { id: 'helsinki', kind: 'event' as const, name: 'Helsinki summit', aliases: ['Helsinki summit'], description: '', date: '2018-07-16' };
const bundled: Dataset = { version: 1, sources: [article('b1', '2018-07-20', 'After the Helsinki summit, talks went on.')], entities: [summit], polls: [], quotes: [] };
const pack = JSON.stringify({
  version: 1,
  sources: [article('a1', '2019-07-01', 'The Helsinki summit was a year ago. "Nobody is coming," said Ekaterina Schulmann.')],
  entities: [summit, { id: 'ekaterina-schulmann', kind: 'person', name: 'Ekaterina Schulmann', aliases: ['Ekaterina Schulmann'], description: '' }],
  polls: [],
  quotes: [{ id: 'q1', speakerId: 'ekaterina-schulmann', text: 'Nobody is coming,', sourceId: 'a1', start: 37, end: 54, topicIds: [] }],
});

describe('the timeline over imported packs', () => {
  it('holds a pack’s items and passages while it is imported, and drops them when it is removed', async () => {
    const packs = createPackService(bundled, createPackStore(createMemoryLocalArea()), datasetService);
    const before = await packs.data.timeline!();
    expect(before.items.map((i) => i.key)).toEqual(['helsinki']);
    expect(await packs.importPack('osaka.json', pack)).toMatchObject({ ok: true });
    const after = await packs.data.timeline!();
    expect(after.items.map((i) => [i.key, i.date, i.basis])).toEqual([
      ['helsinki', '2018-07-16', 'event'],
      ['pack:osaka:q1', '2019-07-01', 'reported'],
    ]);
    const event = after.items[0]!;
    expect(event.kind === 'event' && event.passages.map((p) => p.sourceId)).toEqual(['b1', 'pack:osaka:a1']);
    expect(after.sources['pack:osaka:a1']?.published).toBe('2019-07-01');
    await packs.remove('osaka');
    expect((await packs.data.timeline!()).items.map((i) => i.key)).toEqual(['helsinki']);
  });
});
