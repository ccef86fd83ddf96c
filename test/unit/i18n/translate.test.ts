import { describe, expect, it } from 'vitest';
import { formatMessage, memoryLocale } from '../../../src/platform/i18n-memory.ts';
import { plural } from '../../../src/ui/plural.ts';
import { formatChange, formatCount, formatDate, formatSpan, formatValue } from '../../../src/ui/format.ts';
import { english, testLocale } from './locales.ts';

/** ICU's spaces (no-break, narrow no-break) differ between versions; the words and digits must not. */
const sp = (s: string | null) => s?.replace(/[\u00a0\u202f]/g, ' ');

describe('Chrome message rules', () => {
  it('fills named placeholders (any case), numbered substitutions and $$', () => {
    const entry = { message: 'On $Host$: $1 of $COUNT$ for $$5', placeholders: { host: { content: '$2' }, count: { content: '$3' } } };
    expect(formatMessage(entry, ['a', 'news.example', '7'])).toBe('On news.example: a of 7 for $5');
  });

  it('leaves a missing substitution empty and an unknown key as the key', () => {
    expect(formatMessage({ message: 'x$1y$2' }, ['A'])).toBe('xAy');
    expect(memoryLocale({}, 'en').t('noSuchKey')).toBe('noSuchKey');
    expect(english.t('popupOnHost', 'news.example')).toBe('On news.example');
  });
});

describe('plural forms', () => {
  const ru = testLocale('ru');
  it('follow Russian one/few/many', () => {
    expect([1, 2, 5, 11, 21, 22, 25, 111].map((n) => plural(ru, 'popupMentions', n))).toEqual([
      '1 упоминание', '2 упоминания', '5 упоминаний', '11 упоминаний', '21 упоминание', '22 упоминания', '25 упоминаний', '111 упоминаний',
    ]);
    expect(sp(plural(ru, 'cardRespondents', 1600))).toBe('1 600 респондентов');
  });
  it('follow English one/other', () => {
    expect([1, 2, 21].map((n) => plural(english, 'popupMentions', n))).toEqual(['1 mention', '2 mentions', '21 mentions']);
    expect(plural(english, 'cardRespondents', 1600)).toBe('1,600 respondents');
  });
});

describe('Russian dates and numbers', () => {
  const ru = testLocale('ru');
  it('write dates and spans as Russian does', () => {
    expect(sp(formatDate('2018-07-19', 'ru'))).toBe('19 июля 2018 г.');
    expect(sp(formatSpan('2018-07-19', '2018-07-25', 'ru'))).toBe('19–25 июля 2018 г.');
    expect(sp(formatSpan('2018-06-28', '2018-07-02', 'ru'))).toBe('28 июня – 2 июля 2018 г.');
  });
  it('write percentages, points and counts with Russian spacing and commas', () => {
    expect(sp(formatValue(42, 'percent', ru))).toBe('42 %');
    expect(sp(formatValue(42.5, 'percent', ru))).toBe('42,5 %');
    expect(formatValue(3.25, 'points', ru)).toBe('3,3 п. п.');
    expect(sp(formatCount(1600, 'ru'))).toBe('1 600');
  });
  it('read a loose earlier value in Russian text as approximate', () => {
    const fig = { label: 'x', value: 42, previous: 70, unit: 'percent' as const, question: '', start: 0, end: 0 };
    expect(sp(formatChange(fig, 'с почти 70 до 42 процентов', ru))).toBe('с ~70 % до 42 %');
    expect(sp(formatChange(fig, 'с 70 до 42 процентов', ru))).toBe('с 70 % до 42 %');
  });
});
