import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/core/dataset-schema.ts';
import {
  buildMatcher, compileMatcher, decodeCompiled, DocumentContext, encodeCompiled, loadMatcher, mergeDictionaries,
} from '../../../src/core/matcher/index.ts';
import { REGISTRY } from './test-registry.ts';

const matcher = buildMatcher(REGISTRY);

describe('scanPieces', () => {
  it('finds a mention across inline boundaries and reports both ends', () => {
    // <p>The <b>Levada</b> Centre poll and <a>Helsinki</a> <em>summit</em></p>
    const pieces = ['The ', 'Levada', ' Centre poll and ', 'Helsinki', ' ', 'summit'];
    expect(matcher.scanPieces(pieces, [0, 0, 0, 0, 0, 0])).toEqual([
      { entityId: 'levada', startPiece: 1, startOffset: 0, endPiece: 2, endOffset: 7 },
      { entityId: 'helsinki-summit', startPiece: 3, startOffset: 0, endPiece: 5, endOffset: 6 },
    ]);
  });

  it('never lets a mention span a block boundary', () => {
    // <h2>Vladimir</h2><p>Putin said</p>: two blocks, so only "Putin".
    expect(matcher.scanPieces(['Vladimir', 'Putin said'], [0, 1])).toEqual([
      { entityId: 'putin', startPiece: 1, startOffset: 0, endPiece: 1, endOffset: 5 },
    ]);
    expect(matcher.scanPieces(['Levada', ' Centre'], [0, 1]).map((m) => m.endPiece)).toEqual([0]);
  });

  it('skips empty pieces and ends a mention inside the piece holding its last character', () => {
    expect(matcher.scanPieces(['', 'Pu', '', 'tin', '', ' said'], [0, 0, 0, 0, 0, 0])).toEqual([
      { entityId: 'putin', startPiece: 1, startOffset: 0, endPiece: 3, endOffset: 3 },
    ]);
  });

  it('carries "named in full" from one slice of a document to the next through the context', () => {
    const ctx = new DocumentContext();
    expect(matcher.scanPieces(['Dmitry Peskov spoke.'], [0], ctx)).toHaveLength(1);
    expect(matcher.scanPieces(['Peskov added'], [0], ctx)).toHaveLength(1);
    expect(matcher.scanPieces(['Peskov added'], [0])).toHaveLength(0);
    expect(ctx.clone().named).toEqual(new Set(['peskov']));
  });
});

describe('compiled tables', () => {
  it('survive encoding and give the same mentions without any construction', () => {
    const text = 'Dmitry Peskov said Peskov and Путина, Levada-Center, trump, Trump.';
    const encoded = encodeCompiled(compileMatcher(REGISTRY));
    expect(JSON.parse(encoded)).toHaveProperty('version', 2);
    expect(loadMatcher(decodeCompiled(encoded)).scan(text)).toEqual(matcher.scan(text));
  });

  it('find names starting beyond the direct root table of the scanner (CJK, astral letters) after a round trip', () => {
    const dict: Entity[] = [
      { id: 'beijing', kind: 'place', name: '北京', aliases: [], description: '' },
      { id: 'bold', kind: 'topic', name: '𝐓𝐞𝐬𝐭 case', aliases: [], description: '' },
    ];
    const m = loadMatcher(decodeCompiled(encodeCompiled(compileMatcher(dict))));
    const text = 'Talks in 北京, then 𝐓𝐞𝐬𝐭 case, not 北京大学 or 𝐓𝐞𝐬𝐭case.';
    expect(m.scan(text).map((x) => [x.entityId, x.text])).toEqual([['beijing', '北京'], ['bold', '𝐓𝐞𝐬𝐭 case']]);
  });

  it('keep table numbers exact across the text encoding, large ones included', () => {
    const c = compileMatcher(REGISTRY);
    const big = { ...c, ids: Array.from({ length: 70_000 }, (_, i) => `e${i}`), outEntity: c.outEntity.map((x, i) => (i % 2 ? 69_999 - x : x * 37)) };
    const back = decodeCompiled(encodeCompiled(big));
    expect([...back.outEntity]).toEqual([...big.outEntity]);
    expect([...back.firstEdge]).toEqual([...c.firstEdge]);
    expect([...back.outStart]).toEqual([...c.outStart]);
    expect([...back.label]).toEqual([...c.label]);
    expect([...back.outFlags]).toEqual([...c.outFlags]);
  });

  it('compile deterministically', () => {
    expect(encodeCompiled(compileMatcher(REGISTRY))).toBe(encodeCompiled(compileMatcher(REGISTRY)));
  });

  it('refuse damaged or foreign tables', () => {
    const good = JSON.parse(encodeCompiled(compileMatcher(REGISTRY))) as Record<string, unknown>;
    expect(() => decodeCompiled(JSON.stringify({ ...good, version: 99 }))).toThrow(/version/);
    expect(() => decodeCompiled(JSON.stringify({ ...good, label: 'AAAA' }))).toThrow();
    expect(() => decodeCompiled(JSON.stringify({ ...good, ids: [] }))).toThrow(/inconsistent/);
    expect(() => decodeCompiled(JSON.stringify({ ...good, firstEdge: `${String(good['firstEdge'])}g` }))).toThrow(/firstEdge/);
    expect(() => decodeCompiled(JSON.stringify({ ...good, outEntity: `${String(good['outEntity']).slice(1)}é` }))).toThrow(/outEntity/);
    expect(() => decodeCompiled(JSON.stringify({ ...good, outFlags: String(good['outFlags']).replace(/^./, 'gggggggA') }))).toThrow(/outFlags/);
  });
});

describe('merging dictionaries', () => {
  const pack: Entity[] = [
    { id: 'putin', kind: 'person', name: 'Vladimir Putin', aliases: ['Putin', 'VVP'], description: 'from the pack' },
    { id: 'sochi-olympics', kind: 'event', name: '2014 Winter Olympics', aliases: ['Sochi'], description: '' },
    { id: 'kremlin-band', kind: 'organization', name: 'Kremlin', aliases: [], description: '' },
  ];
  const merged = mergeDictionaries(REGISTRY, pack);

  it('lets a later dictionary replace an entity with the same id, in place', () => {
    expect(merged.filter((e) => e.id === 'putin')).toEqual([pack[0]]);
    expect(merged.findIndex((e) => e.id === 'putin')).toBe(REGISTRY.findIndex((e) => e.id === 'putin'));
    expect(buildMatcher(merged).scan('VVP').map((m) => m.entityId)).toEqual(['putin']);
  });

  it('makes an alias shared by two ids ambiguous: it links only where the document named one of them', () => {
    const m = buildMatcher(merged);
    expect(m.scan('The Kremlin said.')).toEqual([]);
    expect(m.scan('Pompeo flew to Sochi.')).toEqual([]);
    expect(m.scan('The 2014 Winter Olympics opened in Sochi.').map((x) => x.entityId)).toEqual(['sochi-olympics', 'sochi-olympics']);
  });
});
