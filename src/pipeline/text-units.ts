/** A stretch of the cleaned text, `[start, end)`. */
export interface Range {
  start: number;
  end: number;
}

/** Paragraphs of a cleaned text: the cleaner separates them with one blank line. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (;;) {
    const at = text.indexOf('\n\n', start);
    const end = at < 0 ? text.length : at;
    if (end > start) out.push({ start, end });
    if (at < 0) return out;
    start = at + 2;
  }
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'prof', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'co', 'ltd', 'approx', 'est', 'fig']);

/**
 * Sentences of one paragraph. Pass the paragraph with quoted words masked (see
 * `maskQuotes`), so a full stop inside a quotation does not end the sentence around it.
 */
export function sentences(masked: string, range: Range): Range[] {
  const out: Range[] = [];
  let start = range.start;
  const re = /[.!?]+["”’»']?(?=[\s\u00a0]+["“«‘'(]?[\p{Lu}\d])/gu;
  re.lastIndex = range.start;
  let m: RegExpExecArray | null;
  const para = masked.slice(0, range.end);
  while ((m = re.exec(para)) !== null) {
    const word = /([\p{L}.]+)$/u.exec(para.slice(Math.max(range.start, m.index - 12), m.index))?.[1] ?? '';
    const bare = word.replace(/\./g, '').toLowerCase();
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word) || /\p{L}\.\p{L}$/u.test(word))) continue;
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
    while (start < range.end && /[\s\u00a0]/.test(masked[start]!)) start++;
  }
  if (start < range.end) out.push({ start, end: range.end });
  return out;
}

/** Index of the range holding `at` in sorted, disjoint ranges, or -1. */
export function rangeAt(ranges: readonly Range[], at: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (at < r.start) hi = mid - 1;
    else if (at >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
