import { describe, expect, it } from 'vitest';
import { CLASS_DROP, CLASS_SEP, CLASS_WORD, charInfo, computeCharInfo, isWordAt, normalizeKey, normalizeText } from '../../../src/core/normalize.ts';

describe('normalizeText', () => {
  it('has ASCII written out exactly as the general rule folds and classes it', () => {
    const differ = Array.from({ length: 0x80 }, (_, c) => c).filter((c) => charInfo(c) !== computeCharInfo(c));
    expect(differ).toEqual([]);
  });

  it('folds case, diacritics and Cyrillic ё', () => {
    expect(normalizeKey('Zoë Müller ÉLYSÉE')).toBe('zoe muller elysee');
    expect(normalizeKey('Фёдоров ЁЛКИН')).toBe('федоров елкин');
    expect(normalizeKey('Ｐｕｔｉｎ')).toBe('putin');
    expect(normalizeKey('Łukasz Ørsted İstanbul')).toBe('lukasz orsted istanbul');
  });

  it('keeps й apart from и', () => {
    expect(normalizeKey('Дмитрий')).toBe('дмитрий');
  });

  it('folds apostrophe and quotation-mark variants', () => {
    expect(normalizeKey('Putin’s ‘deal’ ʼx `y')).toBe("putin's 'deal' 'x 'y");
    expect(normalizeKey('«Левада» “poll” „x“')).toBe('"левада" "poll" "x"');
  });

  it('turns any run of whitespace, hyphens and dashes into one space', () => {
    expect(normalizeKey('Vladimir\n  Putin')).toBe('vladimir putin');
    expect(normalizeKey('Levada\u00a0Centre')).toBe('levada centre');
    expect(normalizeKey('Levada-Centre Trump–Putin Kremlin — said\u2009\u202fx\u3000y')).toBe('levada centre trump putin kremlin said x y');
    expect(normalizeKey('Левада‑Центр')).toBe('левада центр');
  });

  it('drops soft hyphens, zero-width characters and combining marks', () => {
    expect(normalizeKey('Pu\u00adtin Pe\u200bskov Le\u200dvada Putin\u0301 \ufeffKremlin')).toBe('putin peskov levada putin kremlin');
  });

  it('maps every normalised unit back to the original, where lengths change', () => {
    const s = 'A\u00ad\u200bB  \n C\u0301D';
    const { text, starts } = normalizeText(s);
    expect(text).toBe('ab cd');
    expect(Array.from(starts)).toEqual([0, 3, 4, 8, 10, s.length]);
    // The span of "b" takes in nothing after it; the span of "c" takes in its accent.
    expect(s.slice(starts[3], starts[4])).toBe('C\u0301');
  });

  it('passes surrogate pairs through unit by unit, so offsets stay exact around them', () => {
    const s = '😀Putin𝐓\u00ad';
    const { text, starts } = normalizeText(s);
    expect(text).toBe('😀putin𝐓');
    expect(starts[2]).toBe(2);
    expect(starts[text.length]).toBe(s.length);
  });
});

describe('normalizeKey', () => {
  it('is the trimmed text of normalizeText, on strings mixing every kind of unit', () => {
    const units = ['A', 'z', 'Ё', 'й', 'ß', ' ', '\n', '\u00a0', '-', '—', '\u00ad', '\u200b', '\u0301', '’', '«', '.', '😀', '\ud800', '\udc00', '\uffff', 'Ｐ', 'İ'];
    let seed = 1;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 16;
    };
    for (let k = 0; k < 2000; k++) {
      let s = '';
      for (let j = next() % 12; j > 0; j--) s += units[next() % units.length] as string;
      expect(normalizeKey(s), JSON.stringify(s)).toBe(normalizeText(s).text.trim());
    }
  });
});

describe('character classes', () => {
  it('classifies letters, separators and invisible characters', () => {
    expect(charInfo('ж'.charCodeAt(0)) >>> 16).toBe(CLASS_WORD);
    expect(charInfo('7'.charCodeAt(0)) >>> 16).toBe(CLASS_WORD);
    expect(charInfo('_'.charCodeAt(0)) >>> 16).toBe(CLASS_WORD);
    expect(charInfo(0xa0) >>> 16).toBe(CLASS_SEP);
    expect(charInfo(0x2014) >>> 16).toBe(CLASS_SEP);
    expect(charInfo(0xad) >>> 16).toBe(CLASS_DROP);
    expect(charInfo(0x301) >>> 16).toBe(CLASS_DROP);
  });

  it('reads surrogate pairs as one code point for word boundaries', () => {
    expect(isWordAt('𝐓', 0)).toBe(true);
    expect(isWordAt('𝐓', 1)).toBe(true);
    expect(isWordAt('😀', 0)).toBe(false);
    expect(isWordAt('\ud800x', 0)).toBe(false);
  });

  it('folds every BMP letter to one unit that is still a letter or digit', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const v = charInfo(c);
      if (v >>> 16 !== CLASS_WORD) continue;
      expect(/[\p{L}\p{N}\p{Mc}\p{Pc}]/u.test(String.fromCharCode(v & 0xffff)), `U+${c.toString(16)}`).toBe(true);
    }
  });
});
