// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { RangeIndex } from '../../../src/content/range-index.ts';

describe('RangeIndex', () => {
  const a = document.createTextNode('Helsinki summit and the Levada Centre');
  const b = document.createTextNode(' summit');

  it('finds the value at an offset, ends included, and nothing elsewhere', () => {
    const idx = new RangeIndex<string>();
    idx.add('levada', [{ node: a, start: 24, end: 37 }]);
    idx.add('helsinki', [{ node: a, start: 0, end: 15 }]);
    expect(idx.at(a, 0)).toEqual(['helsinki']);
    expect(idx.at(a, 7)).toEqual(['helsinki']);
    expect(idx.at(a, 15)).toEqual(['helsinki']);
    expect(idx.at(a, 20)).toEqual([]);
    expect(idx.at(a, 30)).toEqual(['levada']);
    expect(idx.at(b, 3)).toEqual([]);
  });

  it('returns both neighbours at a shared boundary', () => {
    const idx = new RangeIndex<string>();
    idx.add('x', [{ node: a, start: 0, end: 8 }]);
    idx.add('y', [{ node: a, start: 8, end: 15 }]);
    expect(idx.at(a, 8)).toEqual(['x', 'y']);
  });

  it('indexes a mention split across nodes under each node, and removes it everywhere', () => {
    const idx = new RangeIndex<string>();
    idx.add('summit', [{ node: a, start: 0, end: 8 }, { node: b, start: 0, end: 7 }]);
    expect(idx.at(b, 4)).toEqual(['summit']);
    expect(idx.entryCount).toBe(2);
    idx.remove('summit');
    expect(idx.at(a, 4)).toEqual([]);
    expect(idx.at(b, 4)).toEqual([]);
    expect(idx.size).toBe(0);
    expect(idx.entryCount).toBe(0);
  });

  it('agrees with a linear search on many spans', () => {
    const idx = new RangeIndex<number>();
    const spans: [number, number][] = [];
    for (let i = 0, pos = 0; i < 200; i++) {
      pos += 1 + ((i * 7) % 5);
      const len = 1 + ((i * 13) % 9);
      spans.push([pos, pos + len]);
      pos += len;
    }
    [...spans.keys()].reverse().forEach((i) => idx.add(i, [{ node: a, start: spans[i]![0], end: spans[i]![1] }]));
    for (let off = 0; off < spans.at(-1)![1] + 3; off++) {
      const want = spans.flatMap(([s, e], i) => (s <= off && off <= e ? [i] : []));
      expect(idx.at(a, off).sort((x, y) => x - y)).toEqual(want);
    }
  });
});
