import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/core/dataset-schema.ts';
import { buildMatcher } from '../../../src/core/matcher/index.ts';
import { prng } from '../fuzz/prng.ts';
import { referenceScan } from './reference-matcher.ts';

// Aliases whose first word is a common word, or ends at punctuation, or is the whole alias: the
// scanner decides at the end of each ASCII word whether to walk, from that word and what follows.
const ALIASES = ['The Moscow Times', 'U.S.', 'U.S. Senate', 'President Putin', 'Putin', "O'Neil", 'AT&T', 'a', 'ab cd', 'x-ray vision', 'Café Pushkin', 'Путин'];
const dict: Entity[] = ALIASES.map((name, i) => ({ id: `w${i}`, kind: 'person' as const, name, aliases: [name], description: '' }));
const matcher = buildMatcher(dict);

const PARTS = ['the', 'The', 'THE', 'moscow', 'Moscow', 'times', 'Times', 'u', 'U', 's', 'S', 'senate', 'president', 'President', 'putin', 'Putin', 'o', 'neil', 'at', 't', 'a', 'ab', 'cd', 'x', 'ray', 'vision', 'cafe', 'café', 'Cafe\u0301', 'pushkin', 'путин', 'theme', 'presidents'];
const GLUE = [' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '-', '—', '.', "'", '’', '&', ',', '\u00ad', '\u200b', '\u0001', ' \u200b', '\u00a0\u00ad ', '', '😀', '𝐓'];

describe('word filter', () => {
  it('finds what the reference finds where aliases start with common words and go on in many ways', () => {
    const r = prng(11);
    const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
    let found = 0;
    for (let k = 0; k < 3000; k++) {
      const parts: string[] = [];
      for (let p = Math.floor(r() * 12); p > 0; p--) parts.push(r() < 0.3 ? pick(ALIASES) : pick(PARTS), pick(GLUE));
      const text = parts.join('');
      const got = matcher.scan(text);
      const want = referenceScan(dict, text);
      if (JSON.stringify(got) !== JSON.stringify(want)) expect({ text, got }).toEqual({ text, got: want });
      found += got.length;
    }
    expect(found).toBeGreaterThan(1500);
  });

  it('walks a common first word only where the alias goes on', () => {
    expect(matcher.scan('the  moscow\ntimes and the theme, the U.S. and U.S.\u00a0Senate').map((m) => m.text)).toEqual(['the  moscow\ntimes', 'U.S.', 'U.S.\u00a0Senate']);
  });
});
