import { describe, expect, test } from 'vitest';
import { readFieldwork } from '../../../src/pipeline/fieldwork.ts';
import { numbersIn, parseNumber } from '../../../src/pipeline/numbers.ts';
import { saidOn } from '../../../src/pipeline/quote-date.ts';

describe('numbers as articles write them', () => {
  test('digits and words', () => {
    expect(['42', '1,600', '3.5', 'four', 'Forty-eight', 'twenty one', 'one hundred', 'ninety-nine'].map(parseNumber)).toEqual([42, 1600, 3.5, 4, 48, 21, 100, 99]);
    expect(parseNumber('lots')).toBeNull();
  });
  test('every number in a passage', () => {
    expect(numbersIn('from nearly 70 percent to 42 percent; Forty-eight percent; a 28-point slide')).toEqual([70, 42, 48, 28]);
  });
});

describe('fieldwork', () => {
  test('a range, a sample and a method, with the year supplied', () => {
    expect(readFieldwork('The agency interviewed 1,600 people at their residences between July 19 and July 25.', 2018))
      .toEqual({ start: '2018-07-19', end: '2018-07-25', sampleSize: 1600, method: 'door-to-door' });
  });
  test('day-first ranges, single days, phone and online', () => {
    expect(readFieldwork('conducted between 20 and 26 March among 2,000 adults online', 2019)).toEqual({ start: '2019-03-20', end: '2019-03-26', sampleSize: 2000, method: 'online' });
    expect(readFieldwork('VTsIOM conducted the poll by phone among 1,600 Russians on July 18.', 2018)).toEqual({ start: '2018-07-18', end: '2018-07-18', sampleSize: 1600, method: 'phone' });
    expect(readFieldwork('polled from Dec. 28 to Jan. 4', 2019)).toMatchObject({ start: '2019-12-28', end: '2020-01-04' });
  });
  test('no year known: no dates rather than a guess', () => {
    expect(readFieldwork('between July 19 and July 25', null)).toMatchObject({ start: null, end: null });
  });
});

describe('when a quote was said', () => {
  test('a weekday counts back from the publication date', () => {
    expect(saidOn('U.S. national security adviser John Bolton said Sunday.', '2018-07-02')).toBe('2018-07-01');
    expect(saidOn('Peskov said on Monday', '2018-07-02')).toBe('2018-07-02');
    expect(saidOn('he said yesterday', '2018-07-02')).toBe('2018-07-01');
    expect(saidOn('he said Sunday', null)).toBeNull();
    expect(saidOn('he said', '2018-07-02')).toBeNull();
  });
});
