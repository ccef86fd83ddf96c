import { describe, expect, test } from 'vitest';
import { findQuoteSpans, maskQuotes } from '../../../src/pipeline/quote-spans.ts';

const words = (text: string): string[] => findQuoteSpans(text).spans.map((s) => text.slice(s.start, s.end));

describe('quotation spans', () => {
  test('curly and straight double quotes', () => {
    expect(words('He said: “Yes.” Then "no," she said.')).toEqual(['Yes.', 'no,']);
  });
  test('a quote over paragraphs continues where the next paragraph opens with a mark', () => {
    const t = '“One.\n\n“Two.\n\n“Three.” he said.';
    expect(words(t)).toEqual(['One.\n\n“Two.\n\n“Three.']);
    expect(findQuoteSpans(t).spans[0]!.multiParagraph).toBe(true);
  });
  test('nested single quotes stay inside; apostrophes are not marks', () => {
    expect(words('"He says \'we\'ll see\' often," Bolton told CBS\' show.')).toEqual(["He says 'we'll see' often,"]);
    expect(words("It's the Kremlin's view, and Russians' too.")).toEqual([]);
  });
  test('top-level single quotes, as British papers write them', () => {
    expect(words("'People are tired,' said Gudkov.")).toEqual(['People are tired,']);
  });
  test('guillemets nest, and „low-high“ quotes close', () => {
    expect(words('«Рано. «Воля» есть», — сказал он. „Ja“, sagte er.')).toEqual(['Рано. «Воля» есть', 'Ja']);
  });
  test('an unbalanced mark is reported and the scan goes on after it', () => {
    const r = findQuoteSpans('He said "never closed.\n\nNext.\n\n"Fine," she said.');
    expect(r.spans.map((s) => s.start)).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/unbalanced quotation mark " at offset 8/);
  });
  test('empty marks and lone closers yield nothing and do not throw', () => {
    expect(words('“” and ” and " alone')).toEqual([]);
  });
  test('masking keeps length and the closing punctuation', () => {
    const t = 'He said: “Yes. Sure.” Then left.';
    const m = maskQuotes(t, findQuoteSpans(t).spans);
    expect(m).toHaveLength(t.length);
    expect(m).toBe('He said: “xxxxxxxxx.” Then left.');
  });
});
