import { describe, expect, test } from 'vitest';
import { cleanArticle } from '../../../src/pipeline/clean.ts';
import { readSources } from '../../../src/pipeline/read-sources.ts';

const seeds = new Map(readSources('data/sources').map((s) => [s.meta.id.slice(0, 3), { s, clean: cleanArticle(s.raw, s.meta.title) }]));
const seed = (n: string): { text: string; dropped: string[]; raw: string } => {
  const x = seeds.get(n)!;
  return { ...x.clean, raw: x.s.raw };
};

describe('cleaning the seeds', () => {
  test('the title leads, once; every kept paragraph is a line of the original, verbatim', () => {
    for (const n of ['000', '001', '002', '003', '004']) {
      const c = seed(n);
      const paras = c.text.split('\n\n');
      expect(paras[0]).toBe(seeds.get(n)!.s.meta.title);
      expect(paras.filter((p) => p === paras[0])).toHaveLength(1);
      for (const p of paras) expect(c.raw).toContain(p);
    }
  });
  test('donation appeals before and after the article (The Moscow Times)', () => {
    const t = seed('001').text;
    for (const gone of ['Enjoying ad-free content', 'Support us', 'small favor to ask', 'refuse to be silenced', 'Remind me later', 'paiment methods', 'Read more']) expect(t).not.toContain(gone);
    expect(t).toContain('VTsIOM conducted the poll by phone');
  });
  test('ad slots, byline, photo captions and the headline list (UPI)', () => {
    const t = seed('003').text;
    for (const gone of ['Advertisement', 'By Sara Shayanian', 'File Photo by', 'License Photo', 'Latest Headlines']) expect(t).not.toContain(gone);
  });
  test('an image label and its credited caption, and the comment form (002)', () => {
    const t = seed('002').text;
    expect(t).not.toContain('Kremlin Pool Photo');
    expect(t).not.toMatch(/^Vladimir Putin$/m);
    for (const gone of ['Leave a comment', 'Send a Comment', 'Akismet']) expect(t).not.toContain(gone);
  });
  test('date stamp, teaser, credits and a linked headline beside a photo (Sputnik)', () => {
    const t = seed('004').text;
    for (const gone of ['date 2017-12-04', 'READ MORE', '©', 'Sets Restoring Moscow-Washington Trust']) expect(t).not.toContain(gone);
    expect(t).toMatch(/According to\s+the diplomat/);
  });
  test('an article with nothing to strip keeps every line', () => {
    expect(seed('000').dropped).toEqual([]);
  });
});
