import { describe, expect, it } from 'vitest';
import { cueRegExp, cueText } from './cues.ts';
import type { Dataset, Entity } from './dataset-schema.ts';
import { lookupEntity } from './lookup.ts';
import { buildMatcher, decodeCompiled, loadMatcher } from './matcher/index.ts';
import { mergePacks } from './pack-merge.ts';
import { compilePackTables, dictionaryStamp } from './pack-tables.ts';
import type { PackInfo, StoredPack } from './pack-types.ts';

const peskov: Entity = { id: 'dmitry-peskov', kind: 'person', name: 'Dmitry Peskov', aliases: ['Dmitry Peskov', 'Peskov'], description: 'Kremlin spokesman' };
const article = (id: string, text: string) => ({ id, title: id, publisher: null, published: null, language: 'en', translated: false, text });
const bundled: Dataset = {
  version: 1,
  sources: [article('a1', 'Peskov said "No." today.')],
  entities: [peskov],
  polls: [],
  quotes: [{ id: 'q1', speakerId: 'dmitry-peskov', text: 'No.', sourceId: 'a1', start: 13, end: 16, topicIds: [] }],
};
const info = (id: string): PackInfo => ({ id, name: id, fileName: `${id}.json`, bytes: 1, counts: { sources: 1, entities: 1, quotes: 1, polls: 0 }, importedAt: '2026-01-01T00:00:00.000Z' });
/** A pack as `build-data` makes one: the registry's entities again, plus its own, with ids that repeat the bundle's. */
function pack(id: string, extra: Entity[], quoteBy = 'dmitry-peskov'): StoredPack {
  return {
    info: info(id),
    dataset: {
      version: 1,
      sources: [article('a1', 'He said "Yes." then.')],
      entities: [{ ...peskov, name: 'D. Peskov', aliases: ['Dmitry Peskov', 'Dmitri Peskov'], description: 'changed' }, ...extra],
      polls: [],
      quotes: [{ id: 'q1', speakerId: quoteBy, text: 'Yes.', sourceId: 'a1', start: 9, end: 13, topicIds: [] }],
    },
  };
}
const schulmann: Entity = { id: 'ekaterina-schulmann', kind: 'person', name: 'Ekaterina Schulmann', aliases: ['Ekaterina Schulmann'], description: '', auto: true };

describe('mergePacks', () => {
  it('keeps one entity per id: the first record wins, new aliases are added, the pack quotes join its card', () => {
    const merged = mergePacks(bundled, [pack('osaka', [schulmann])]);
    const p = merged.entities.find((e) => e.id === 'dmitry-peskov')!;
    expect(p).toMatchObject({ name: 'Dmitry Peskov', description: 'Kremlin spokesman', aliases: ['Dmitry Peskov', 'Peskov', 'Dmitri Peskov'] });
    expect(merged.entities.map((e) => e.id)).toEqual(['dmitry-peskov', 'ekaterina-schulmann']);
    const card = lookupEntity(merged, 'dmitry-peskov')!;
    expect(card.quotes.map((q) => [q.quote.id, q.source.id])).toEqual(expect.arrayContaining([['q1', 'a1'], ['pack:osaka:q1', 'pack:osaka:a1']]));
  });

  it('namespaces sources, polls and quotes per pack, so equal ids in two packs never collide', () => {
    const merged = mergePacks(bundled, [pack('one', []), pack('two', [])]);
    expect(merged.sources.map((s) => s.id)).toEqual(['a1', 'pack:one:a1', 'pack:two:a1']);
    expect(merged.quotes.map((q) => `${q.id}@${q.sourceId}`)).toEqual(['q1@a1', 'pack:one:q1@pack:one:a1', 'pack:two:q1@pack:two:a1']);
    expect(new Set(merged.quotes.map((q) => q.id)).size).toBe(3);
    expect(bundled.sources).toHaveLength(1);
  });

  it('a pack alias that names a different id stays ambiguous: the bundle keeps its name unless the page says which', () => {
    const other: Entity = { id: 'peskov-the-painter', kind: 'person', name: 'Ivan Peskov', aliases: ['Ivan Peskov', 'Peskov'], description: '' };
    const merged = mergePacks(bundled, [pack('art', [other])]);
    const m = buildMatcher(merged.entities);
    expect(m.scan('Peskov spoke.').map((x) => x.entityId)).toEqual([]);
    expect(m.scan('Dmitry Peskov spoke. Later Peskov left.').map((x) => x.entityId)).toEqual(['dmitry-peskov', 'dmitry-peskov']);
    expect(m.scan('Ivan Peskov painted. Peskov left.').map((x) => x.entityId)).toEqual(['peskov-the-painter', 'peskov-the-painter']);
    expect(m.scan('Dmitri Peskov spoke.').map((x) => x.entityId)).toEqual(['dmitry-peskov']);
  });
});

describe('compilePackTables', () => {
  it('compiles the merged dictionary once, with the pack-only entities and the bundle it was merged with', () => {
    const merged = mergePacks(bundled, [pack('osaka', [schulmann])]);
    const t = compilePackTables(bundled, merged);
    expect(t.base).toBe(dictionaryStamp(bundled.entities));
    expect(t.entities).toEqual([{ id: 'ekaterina-schulmann', name: 'Ekaterina Schulmann', kind: 'person' }]);
    // A pack's Russian name reaches the page's list of mentions; its role and description stay with the background.
    const ru = { name: 'Екатерина Шульман', role: 'политолог', description: 'Политолог.' };
    expect(compilePackTables(bundled, mergePacks(bundled, [pack('osaka', [{ ...schulmann, ru }])])).entities).toEqual([
      { id: 'ekaterina-schulmann', name: 'Ekaterina Schulmann', kind: 'person', ru: { name: 'Екатерина Шульман' } },
    ]);
    const m = loadMatcher(decodeCompiled(t.tables));
    expect(m.scan('Ekaterina Schulmann and Dmitri Peskov and Peskov').map((x) => x.entityId)).toEqual(['ekaterina-schulmann', 'dmitry-peskov', 'dmitry-peskov']);
    expect(dictionaryStamp([{ ...peskov, aliases: ['Peskov'] }])).not.toBe(t.base);
  });

  it('carries the cues of the spellings the bundle lacks, per kind, and none of the bundle\'s own', () => {
    const org: Entity = { id: 'ridl', kind: 'organization', name: 'Riddle Russia', aliases: ['Riddle Russia'], description: '' };
    const t = compilePackTables(bundled, mergePacks(bundled, [pack('osaka', [schulmann, org])]));
    expect(Object.keys(t.cues ?? {}).sort()).toEqual(['organization', 'person']);
    const person = cueRegExp([t.cues!.person!])!;
    const hits = (text: string) => person.test(cueText(text));
    // The pack's own person, and the spelling it adds to a bundled one.
    expect(hits('An interview with Ekaterina Schulmann.')).toBe(true);
    expect(hits('As Dmitri Peskov put it.')).toBe(true);
    // The bundle's spellings are already in the bundle's cues; text naming nobody passes neither.
    expect(hits('Only Peskov spoke.')).toBe(false);
    expect(hits('The president met the press on Monday.')).toBe(false);
    expect(cueRegExp([t.cues!.organization!])!.test(cueText('riddle russia says'))).toBe(true);
    // Only the bundle: no cues to add.
    expect(compilePackTables(bundled, bundled).cues).toEqual({});
  });
});
