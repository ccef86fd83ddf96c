import { NUMBER, numbersIn, parseNumber } from './numbers.ts';
import type { Range } from './text-units.ts';

/** A poll figure as found, before curation. */
export interface FoundFigure {
  value: number;
  unit: 'percent' | 'points';
  previous: number | null;
  /** The clause stating the figure. */
  start: number;
  end: number;
  label: string;
  question: string;
}

const SP = '[\\s\\u00a0]*';
const QUAL = '(?:(?:nearly|almost|about|around|roughly|some|over|under|more than|less than|just over|just under|only|fully|a mere)[\\s\\u00a0]+)?';
const PCT = `${SP}(?:percent|per[\\s\\u00a0]+cent|%)`;
const CHANGE = new RegExp(`\\bfrom[\\s\\u00a0]+${QUAL}(${NUMBER})(?:${PCT})?[\\s\\u00a0]+to[\\s\\u00a0]+${QUAL}(${NUMBER})${PCT}`, 'giu');
/** "63 per cent ..., up from 41 per cent": a value and what it was, in one clause. */
const UP_FROM = new RegExp(`(?<![\\p{L}\\p{N}])(${NUMBER})${PCT}(?![\\p{L}])[^;]{0,160}?,?[\\s\\u00a0]+(?:up|down|rising|falling|compared with|against)[\\s\\u00a0]+(?:from[\\s\\u00a0]+)?${QUAL}(${NUMBER})${PCT}`, 'giu');
const POINTS = new RegExp(`(?<![\\p{L}\\p{N}])(${NUMBER})[\\s\\u00a0-]*(?:percentage[\\s\\u00a0-]+)?points?\\b`, 'giu');
const PERCENT = new RegExp(`(?<![\\p{L}\\p{N}])(${NUMBER})${PCT}(?![\\p{L}])`, 'giu');

/** Words showing a sentence reports what people answered, not some other statistic. */
export const OPINION = /\b(said|say|says|felt|feel|feels|believ\w*|think|thinks|thought|view|views|viewed|regard\w*|approv\w*|disapprov\w*|support\w*|oppos\w*|expect\w*|trust\w*|consider\w*|agree\w*|disagree\w*|optimistic|pessimistic|positive\w*|negative\w*|respondents?|surveyed|polled|poll|survey|rating|perceiv\w*|answer\w*|chose|named|told)\b/i;

const CLAUSE_BREAK = /,[\s\u00a0]+(?:while|whereas|but|and|compared with)[\s\u00a0]+|;[\s\u00a0]*|[\s\u00a0]+while[\s\u00a0]+/giu;

/**
 * Figures in one sentence: changes ("from nearly 70 percent to 42 percent"), points ("a
 * 28-point slide") and percentages in digits or words ("Forty-eight percent"). Each gets the
 * clause that states it as excerpt, a label from that clause, and the sentence as its
 * question, so that only figures reported together are read as answers to one question.
 */
export function findFigures(text: string, masked: string, sentence: Range): FoundFigure[] {
  const s = masked.slice(sentence.start, sentence.end);
  if (!OPINION.test(s)) return [];
  const found: Array<{ at: number; len: number; value: number; previous: number | null; unit: 'percent' | 'points' }> = [];
  const free = (a: number, b: number): boolean => found.every((f) => b <= f.at || a >= f.at + f.len);
  for (const m of s.matchAll(CHANGE)) {
    const prev = parseNumber(m[1]!);
    const value = parseNumber(m[2]!);
    if (value !== null) found.push({ at: m.index, len: m[0].length, value, previous: prev, unit: 'percent' });
  }
  for (const m of s.matchAll(UP_FROM)) {
    const value = parseNumber(m[1]!);
    const prev = parseNumber(m[2]!);
    if (value !== null && free(m.index, m.index + m[0].length)) found.push({ at: m.index, len: m[0].length, value, previous: prev, unit: 'percent' });
  }
  for (const m of s.matchAll(POINTS)) {
    const value = parseNumber(m[1]!);
    if (value !== null && free(m.index, m.index + m[0].length)) found.push({ at: m.index, len: m[0].length, value, previous: null, unit: 'points' });
  }
  for (const m of s.matchAll(PERCENT)) {
    const value = parseNumber(m[1]!);
    if (value !== null && value <= 100 && free(m.index, m.index + m[0].length)) found.push({ at: m.index, len: m[0].length, value, previous: null, unit: 'percent' });
  }
  const clauses = splitClauses(s);
  const question = text.slice(sentence.start, sentence.end).replace(/[\s\u00a0]+$/, '');
  return found.sort((a, b) => a.at - b.at).map((f) => {
    const found = clauses.find((r) => f.at >= r.start && f.at < r.end) ?? { start: 0, end: s.length };
    const c = { start: Math.min(found.start, f.at), end: Math.max(found.end, f.at + f.len) };
    const clause = text.slice(sentence.start + c.start, sentence.start + c.end);
    return { value: f.value, unit: f.unit, previous: f.previous, start: sentence.start + c.start, end: sentence.start + c.end, label: labelFor(clause, f.at - c.start), question };
  }).filter((f) => {
    const stated = numbersIn(text.slice(f.start, f.end));
    return stated.includes(f.value) && (f.previous === null || stated.includes(f.previous));
  });
}

function splitClauses(s: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (const m of s.matchAll(CLAUSE_BREAK)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: s.length });
  return out.map((r) => trimRange(s, r)).filter((r) => r.end > r.start);
}

function trimRange(s: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /[\s\u00a0]/.test(s[start]!)) start++;
  while (end > start && /[\s\u00a0.,;:!?]/.test(s[end - 1]!)) end--;
  return { start, end };
}

/**
 * A label for a figure from its clause: what the people counted said or felt ("expected
 * U.S.-Russia relations to stay the same"), the group it counts ("who view the nation
 * negatively"), or what a change in points measured.
 */
function labelFor(clause: string, at: number): string {
  const after = clause.slice(at);
  const verb = /\b(said|say|says|felt|feel|believed|believe|think|thought|told[^,]*?that|agreed|expected|expect|named|chose|answered)\b[\s\u00a0]+(?:that[\s\u00a0]+)?(?:they[\s\u00a0]+(?:believed[\s\u00a0]+|thought[\s\u00a0]+|felt[\s\u00a0]+)?)?(.+)$/iu.exec(after);
  const who = /\bwho[\s\u00a0]+(.+?)[\s\u00a0]+(?:rose|fell|dropped|grew|declined|increased|decreased|went|jumped|slid|climbed)\b/iu.exec(clause);
  const points = /points?[\s\u00a0]+\w+[\s\u00a0]+in[\s\u00a0]+(.+)$/iu.exec(after);
  const stance = /\b((?:regard|view|see|consider|support|oppose|approve of|disapprove of|trust|distrust)s?\b.+)$/iu.exec(after);
  const raw = verb?.[2] ?? who?.[1] ?? points?.[1] ?? stance?.[1] ?? clause;
  const words = raw.split(/,[\s\u00a0]/)[0]!.replace(/[\s\u00a0]+/g, ' ').trim().split(' ');
  const short = words.slice(0, 12).join(' ') + (words.length > 12 ? '…' : '');
  return short.charAt(0).toUpperCase() + short.slice(1);
}
