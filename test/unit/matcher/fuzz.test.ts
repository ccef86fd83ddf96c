import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/core/dataset-schema.ts';
import { buildMatcher, DocumentContext, BLOCK_BARRIER, decodeCompiled, encodeCompiled, compileMatcher, loadMatcher } from '../../../src/core/matcher/index.ts';
import { prng } from '../fuzz/prng.ts';
import { referenceScan } from './reference-matcher.ts';

const WORDS = ['Putin', 'Peskov', 'Levada', 'Centre', 'Trump', 'Sanders', 'Bernie', 'Clinton', 'Bill', 'Helsinki', 'summit', 'U.S.', "O'Neil", 'Путин', 'Песков', 'Левада', 'Центр', 'Дмитрий', 'Кремль', 'Россия', 'ВЦИОМ', 'Навальный', 'Шойгу', 'Ёлкин', 'Zoë', 'İnan', 'a', 'ab', 'US', 'UPI', 'Северная', 'Корея', 'Штаты', 'санкции', 'Чёрное', 'мнение', 'Хельсинки', 'Соединённые'];
const NOISE = [' ', ' ', ' ', '\n', '\u00a0', '-', '–', '—', '\u00ad', '\u200b', '\u0301', "'", '’', 's', '.', ',', '😀', '𝐓', '\ud800', '\udc00', BLOCK_BARRIER, '\ue000', '\ue003', 'а', 'у', 'ом', 'ым', 'ы', 'е', 'ой', 'ого', 'ям', 'ая', 'ых', 'ии', 'ов', 'й', 'x', 'X', '1', '_', 'é', 'ё', 'Й', 'й', 'ß', '\t', '"', '«', '»', '\u0001', '\u007f'];

function pick<T>(r: () => number, a: readonly T[]): T {
  return a[Math.floor(r() * a.length)] as T;
}

function mutate(r: () => number, w: string): string {
  const x = r();
  if (x < 0.2) return w.toUpperCase();
  if (x < 0.35) return w.toLowerCase();
  if (x < 0.45) {
    const i = Math.floor(r() * (w.length + 1));
    return w.slice(0, i) + pick(r, ['\u00ad', '\u200b', '\u0301']) + w.slice(i);
  }
  return w;
}

function randomDictionary(r: () => number): Entity[] {
  const n = 2 + Math.floor(r() * 6);
  return Array.from({ length: n }, (_, i) => {
    const aliases = Array.from({ length: 1 + Math.floor(r() * 3) }, () => {
      const k = 1 + Math.floor(r() * 2);
      return Array.from({ length: k }, () => pick(r, WORDS)).join(pick(r, [' ', ' ', '-']));
    });
    const guards = r() < 0.6 ? [{
      alias: pick(r, aliases),
      ...(r() < 0.5 ? { capitalised: true } : {}),
      ...(r() < 0.5 ? { afterFullName: true } : {}),
      ...(r() < 0.4 ? { blockedBy: [`${pick(r, WORDS)} ${pick(r, aliases)}`] } : {}),
    }] : undefined;
    return { id: `e${i}`, kind: 'person' as const, name: pick(r, aliases), aliases, description: '', ...(guards ? { guards } : {}) };
  });
}

function randomText(r: () => number, dict: Entity[]): string {
  const parts: string[] = [];
  const n = Math.floor(r() * 30);
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.35) parts.push(mutate(r, pick(r, pick(r, dict).aliases)));
    else if (x < 0.55) parts.push(mutate(r, pick(r, WORDS)));
    else parts.push(pick(r, NOISE));
  }
  return parts.join('');
}

function validOffsets(text: string, ms: { start: number; end: number; text: string }[]): void {
  let last = 0;
  for (const m of ms) {
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    last = m.end;
  }
}

describe('differential fuzz against the reference matcher', () => {
  it('finds the same mentions as the reference on 6000 random strings, with valid offsets', () => {
    let found = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const r = prng(seed);
      const dict = randomDictionary(r);
      const matcher = buildMatcher(dict);
      for (let k = 0; k < 100; k++) {
        const text = randomText(r, dict);
        const got = matcher.scan(text);
        const want = referenceScan(dict, text);
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          expect({ seed, k, text, dict, got }).toEqual({ seed, k, text, dict, got: want });
        }
        validOffsets(text, got);
        found += got.length;
      }
    }
    // The strings are built to hit: a generator that stopped producing mentions would prove nothing.
    expect(found).toBeGreaterThan(2000);
  });

  it('agrees with the reference on a crowded dictionary, where many words share first units with an alias', () => {
    // Every fuzz word and many two-word names as aliases: the scanner's prefilter then passes
    // most word starts on to the trie, and near misses ("Pu", "Putinx") are everywhere.
    const r = prng(7);
    const names = [...WORDS, ...Array.from({ length: 80 }, () => `${pick(r, WORDS)}${pick(r, [' ', '-', ''])}${pick(r, WORDS)}`)];
    const dict: Entity[] = names.map((name, i) => ({ id: `c${i}`, kind: 'person' as const, name, aliases: [name], description: '' }));
    const matcher = buildMatcher(dict);
    let found = 0;
    for (let k = 0; k < 400; k++) {
      const text = randomText(r, dict) + names.slice(k % names.length, (k % names.length) + 3).map((w) => w.slice(0, 1 + Math.floor(r() * w.length))).join(pick(r, NOISE));
      const got = matcher.scan(text);
      const want = referenceScan(dict, text);
      if (JSON.stringify(got) !== JSON.stringify(want)) expect({ k, text, got }).toEqual({ k, text, got: want });
      validOffsets(text, got);
      const triples = Array.from(matcher.scanOffsets(text));
      expect(triples).toEqual(got.flatMap((m) => [m.start, m.end, matcher.ids.indexOf(m.entityId)]));
      found += got.length;
    }
    expect(found).toBeGreaterThan(400);
  });

  it('gives the same mentions for pieces as for the joined text, and never crosses a block boundary', () => {
    for (let seed = 100; seed <= 140; seed++) {
      const r = prng(seed);
      const dict = randomDictionary(r);
      const matcher = buildMatcher(dict);
      for (let k = 0; k < 60; k++) {
        const text = randomText(r, dict);
        const pieces: string[] = [];
        const breaks: number[] = [];
        let joined = '';
        const starts: number[] = [];
        for (let i = 0; i < text.length; ) {
          const len = Math.floor(r() * 6);
          const block = pieces.length > 0 && r() < 0.15 ? 1 : 0;
          if (block) joined += BLOCK_BARRIER;
          starts.push(joined.length);
          pieces.push(text.slice(i, i + len));
          breaks.push(block);
          joined += text.slice(i, i + len);
          i += len;
        }
        const want = referenceScan(dict, joined).map((m) => [m.entityId, m.start, m.end]);
        const got = matcher.scanPieces(pieces, breaks).map((m) => {
          expect(m.startOffset).toBeLessThan((pieces[m.startPiece] as string).length);
          expect(m.endOffset).toBeGreaterThan(0);
          expect(m.endOffset).toBeLessThanOrEqual((pieces[m.endPiece] as string).length);
          return [m.entityId, (starts[m.startPiece] as number) + m.startOffset, (starts[m.endPiece] as number) + m.endOffset];
        });
        if (JSON.stringify(got) !== JSON.stringify(want)) expect({ seed, k, pieces, breaks, got }).toEqual({ seed, k, pieces, breaks, got: want });
      }
    }
  });

  it('scanning blocks one at a time with one context equals scanning them together', () => {
    for (let seed = 200; seed <= 230; seed++) {
      const r = prng(seed);
      const dict = randomDictionary(r);
      const matcher = loadMatcher(decodeCompiled(encodeCompiled(compileMatcher(dict))));
      const blocks = Array.from({ length: 6 }, () => randomText(r, dict));
      const whole = matcher.scanPieces(blocks, blocks.map(() => 1));
      const ctx = new DocumentContext();
      const sliced = blocks.flatMap((b, i) => matcher.scanPieces([b], [1], ctx).map((m) => ({ ...m, startPiece: i, endPiece: i })));
      expect(sliced).toEqual(whole);
    }
  });
});
