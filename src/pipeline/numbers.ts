const UNITS: Record<string, number> = { zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const unitWords = Object.keys(UNITS).join('|');
const tensWords = Object.keys(TENS).join('|');

/**
 * A number as articles write it: digits ("42", "1,600", "3.5") or words ("four",
 * "Forty-eight", "twenty one", "one hundred"). A regular-expression source, no groups.
 */
export const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:(?:${unitWords}|${tensWords})[\\s\\u00a0-]+hundred(?:[\\s\\u00a0]+and)?[\\s\\u00a0]+)?(?:(?:${tensWords})(?:[\\s\\u00a0-]+(?:${unitWords}))?|${unitWords}|hundred))`;

/** The value of a phrase matched by {@link NUMBER}, or null. */
export function parseNumber(phrase: string): number | null {
  const s = phrase.trim().toLowerCase();
  if (/^[\d,.]+$/.test(s)) {
    const n = Number(s.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of s.split(/[\s\u00a0-]+/)) {
    if (w === 'and') continue;
    if (w in UNITS) current += UNITS[w]!;
    else if (w in TENS) current += TENS[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else return null;
    any = true;
  }
  total += current;
  return any ? total : null;
}

/** Every number stated in a passage, for checking that a figure's value is really in its excerpt. */
export function numbersIn(passage: string): number[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${NUMBER}(?![\\p{L}\\p{N}])`, 'giu');
  return [...passage.matchAll(re)].map((m) => parseNumber(m[0])).filter((n): n is number => n !== null);
}
