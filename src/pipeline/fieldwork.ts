import { NUMBER, parseNumber } from './numbers.ts';

/** What an article says about how a poll was taken. */
export interface Fieldwork {
  start: string | null;
  end: string | null;
  sampleSize: number | null;
  method: string | null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const SP = '[\\s\\u00a0]+';
const RANGE = `[\\s\\u00a0]*(?:-|–|—|to|and|until|through)[\\s\\u00a0]*`;

/** Sentences that describe fieldwork rather than results. */
export const FIELDWORK_CUE = /\b(interviewed|conducted|carried out|questioned|surveyed|polled|fieldwork|sample|respondents|took place|was taken|were taken)\b/i;

const monthIndex = (m: string): number => MONTHS.findIndex((x) => x.startsWith(m.toLowerCase().replace('.', '').slice(0, 3)));
const iso = (y: number, m: number, d: number): string => `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * Fieldwork dates, sample size and method from one sentence. Dates come as "between July 19
 * and July 25", "from July 19 to 25", "July 19-25", "19-25 July" or "on July 18"; the year is
 * `year` (the article's), since articles rarely repeat it.
 */
export function readFieldwork(sentence: string, year: number | null): Fieldwork {
  const out: Fieldwork = { start: null, end: null, sampleSize: null, method: null };
  const patterns: Array<[RegExp, (m: RegExpExecArray) => [number, number, number, number]]> = [
    [new RegExp(`\\b${MONTH}${SP}${DAY}${RANGE}(?:${MONTH}${SP})?${DAY}\\b`, 'i'), (m) => [monthIndex(m[1]!), Number(m[2]), m[3] ? monthIndex(m[3]) : monthIndex(m[1]!), Number(m[4])]],
    [new RegExp(`\\b${DAY}${RANGE}${DAY}${SP}${MONTH}\\b`, 'i'), (m) => [monthIndex(m[3]!), Number(m[1]), monthIndex(m[3]!), Number(m[2])]],
    [new RegExp(`\\b${MONTH}${SP}${DAY}\\b`, 'i'), (m) => [monthIndex(m[1]!), Number(m[2]), monthIndex(m[1]!), Number(m[2])]],
    [new RegExp(`\\b${DAY}${SP}${MONTH}\\b`, 'i'), (m) => [monthIndex(m[2]!), Number(m[1]), monthIndex(m[2]!), Number(m[1])]],
  ];
  if (year !== null) {
    for (const [re, read] of patterns) {
      const m = re.exec(sentence);
      if (!m) continue;
      const [m1, d1, m2, d2] = read(m);
      if (m1 < 0 || m2 < 0 || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) continue;
      out.start = iso(year, m1, d1);
      out.end = iso(m2 < m1 ? year + 1 : year, m2, d2);
      break;
    }
  }
  const sample = new RegExp(`(?:sample of${SP}(${NUMBER})|(${NUMBER})${SP}(?:people|respondents|adults|voters|residents|citizens|individuals|participants|persons|Russians|Americans|Ukrainians|Europeans)\\b)`, 'iu').exec(sentence);
  const n = sample ? parseNumber(sample[1] ?? sample[2] ?? '') : null;
  if (n !== null && n >= 50 && Number.isInteger(n)) out.sampleSize = n;
  if (/\b(by (tele)?phone|(tele)?phone (survey|poll|interviews)|over the (tele)?phone|telephone)\b/i.test(sentence)) out.method = 'phone';
  else if (/\b(online|internet|web-based|by e-?mail)\b/i.test(sentence)) out.method = 'online';
  else if (/\b(at their (residences?|homes?)|at home|in their homes|door-to-door|household)\b/i.test(sentence)) out.method = 'door-to-door';
  else if (/\b(face-to-face|in person|personal interviews)\b/i.test(sentence)) out.method = 'face-to-face';
  return out;
}
