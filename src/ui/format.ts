import type { Figure } from '../core/dataset-schema.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(iso: string): [number, string, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? [Number(m[1]), month, Number(m[3])] : null;
}

/**
 * Dates written the same way in every locale and in every test run ("19 Jul 2018"): a card
 * quoting a source must not show a different day depending on the reader's time zone, which
 * `Date` parsing of a bare ISO date would risk.
 */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const p = parts(iso);
  return p ? `${p[2]} ${p[1]} ${p[0]}` : iso;
}

/** A fieldwork span as a reader says it: "19–25 Jul 2018", "28 Jun – 2 Jul 2018". */
export function formatSpan(start: string | null, end: string | null): string | null {
  if (!start || !end) return formatDate(start ?? end);
  if (start === end) return formatDate(start);
  const a = parts(start);
  const b = parts(end);
  if (!a || !b) return `${start} – ${end}`;
  if (a[0] !== b[0]) return `${formatDate(start)} – ${formatDate(end)}`;
  if (a[1] !== b[1]) return `${a[2]} ${a[1]} – ${b[2]} ${b[1]} ${b[0]}`;
  return `${a[2]}–${b[2]} ${b[1]} ${b[0]}`;
}

/** Thousands grouped with a comma regardless of locale, so a sample of 1600 reads "1,600". */
export function formatCount(n: number): string {
  const s = String(Math.round(Math.abs(n)));
  const grouped = s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${grouped}` : grouped;
}

/** A figure's value in its unit, the way the chart writes it on the bar. */
export function formatValue(value: number, unit: Figure['unit']): string {
  const num = Number.isInteger(value) ? String(value) : value.toFixed(1);
  if (unit === 'percent') return `${num}%`;
  if (unit === 'points') return `${num} pts`;
  return formatCount(value);
}

/**
 * Whether the earlier value was stated loosely ("nearly 70 percent"), so the card can write
 * "~70%" instead of claiming a precision the source never had. The excerpt is the figure's own
 * passage in its source, so this reads what the article said rather than guessing.
 */
export function isApproximate(excerpt: string, previous: number): boolean {
  const re = new RegExp(`\\b(nearly|almost|about|around|some|roughly|approximately|close to)\\s+${previous}\\b`, 'i');
  return re.test(excerpt);
}

/** "from ~70% to 42%": the change a figure records, written as the reader will quote it. */
export function formatChange(figure: Figure, excerpt: string): string | null {
  if (figure.previous === null || figure.previous === undefined) return null;
  const tilde = isApproximate(excerpt, figure.previous) ? '~' : '';
  return `from ${tilde}${formatValue(figure.previous, figure.unit)} to ${formatValue(figure.value, figure.unit)}`;
}
