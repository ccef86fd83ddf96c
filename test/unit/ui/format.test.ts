import { describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatDate, formatSpan, formatValue } from '../../../src/ui/format.ts';
import { english } from '../i18n/locales.ts';

describe('format', () => {
  it('writes dates without time-zone drift', () => {
    expect(formatDate('2018-07-16')).toBe('16 Jul 2018');
    expect(formatDate(null)).toBeNull();
  });

  it('writes fieldwork spans compactly', () => {
    expect(formatSpan('2018-07-19', '2018-07-25')).toBe('19–25 Jul 2018');
    expect(formatSpan('2018-06-28', '2018-07-02')).toBe('28 Jun – 2 Jul 2018');
    expect(formatSpan('2017-12-28', '2018-01-03')).toBe('28 Dec 2017 – 3 Jan 2018');
    expect(formatSpan(null, '2018-07-18')).toBe('18 Jul 2018');
    expect(formatSpan(null, null)).toBeNull();
  });

  it('writes values in their unit', () => {
    expect(formatValue(42, 'percent', english)).toBe('42%');
    expect(formatValue(3.25, 'points', english)).toBe('3.3 pts');
    expect(formatCount(1600)).toBe('1,600');
    expect(formatValue(1234567, 'count', english)).toBe('1,234,567');
  });

  it('marks a loosely stated earlier value as approximate, and only then', () => {
    const fig = { label: 'x', value: 42, previous: 70, unit: 'percent' as const, question: '', start: 0, end: 0 };
    expect(formatChange(fig, 'from nearly 70 percent to 42 percent', english)).toBe('from ~70% to 42%');
    expect(formatChange(fig, 'from 70 percent to 42 percent', english)).toBe('from 70% to 42%');
    expect(formatChange({ ...fig, previous: null }, '', english)).toBeNull();
  });
});
