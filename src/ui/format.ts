import type { Figure } from '../core/dataset-schema.ts';
import type { UiLocale } from './i18n.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(iso: string): [number, string, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? [Number(m[1]), month, Number(m[3])] : null;
}

/** English keeps the house style below; every other language is written by Intl. */
const isEnglish = (lang: string) => lang === 'en' || lang.startsWith('en-');

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = make()));
  return f as T;
}

/** A date as UTC midnight, so no time zone can move it to another day. */
function utc(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

const dateFormat = (lang: string) =>
  cached(`d:${lang}`, () => new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));

/**
 * A source's date for the reader ("19 Jul 2018", "19 июля 2018 г."), the same in every time
 * zone: a card quoting a source must not show a different day depending on where it is read,
 * which `Date` parsing of a bare ISO date in local time would risk.
 */
export function formatDate(iso: string | null | undefined, lang = 'en'): string | null {
  if (!iso) return null;
  if (!isEnglish(lang)) {
    const d = utc(iso);
    return d ? dateFormat(lang).format(d) : iso;
  }
  const p = parts(iso);
  return p ? `${p[2]} ${p[1]} ${p[0]}` : iso;
}

/** A fieldwork span as a reader says it: "19–25 Jul 2018", "28 Jun – 2 Jul 2018", "19–25 июля 2018 г.". */
export function formatSpan(start: string | null, end: string | null, lang = 'en'): string | null {
  if (!start || !end) return formatDate(start ?? end, lang);
  if (start === end) return formatDate(start, lang);
  if (!isEnglish(lang)) {
    const a = utc(start);
    const b = utc(end);
    return a && b && a < b ? dateFormat(lang).formatRange(a, b) : `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
  }
  const a = parts(start);
  const b = parts(end);
  if (!a || !b) return `${start} – ${end}`;
  if (a[0] !== b[0]) return `${formatDate(start)} – ${formatDate(end)}`;
  if (a[1] !== b[1]) return `${a[2]} ${a[1]} – ${b[2]} ${b[1]} ${b[0]}`;
  return `${a[2]}–${b[2]} ${b[1]} ${b[0]}`;
}

/** A whole number grouped for the language: "1,600" in English, "1 600" in Russian. */
export function formatCount(n: number, lang = 'en'): string {
  if (!isEnglish(lang)) return cached(`c:${lang}`, () => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 })).format(n);
  const s = String(Math.round(Math.abs(n)));
  const grouped = s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${grouped}` : grouped;
}

/** A figure's number with at most one decimal, with the language's decimal sign ("3.5", "3,5"). */
export function formatNumber(n: number, lang = 'en'): string {
  if (Number.isInteger(n)) return formatCount(n, lang);
  if (isEnglish(lang)) return n.toFixed(1);
  return cached(`n:${lang}`, () => new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })).format(n);
}

/** A figure's value in its unit, the way the chart writes it on the bar: "42%", "42 %", "3.5 pts". */
export function formatValue(value: number, unit: Figure['unit'], locale: UiLocale): string {
  if (unit === 'percent') {
    if (isEnglish(locale.lang)) return `${formatNumber(value, locale.lang)}%`;
    const digits = Number.isInteger(value) ? 0 : 1;
    const f = cached(`p${digits}:${locale.lang}`, () => new Intl.NumberFormat(locale.lang, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }));
    return f.format(value / 100);
  }
  if (unit === 'points') return locale.t('cardPoints', formatNumber(value, locale.lang));
  return formatCount(value, locale.lang);
}

/**
 * Whether the earlier value was stated loosely ("nearly 70 percent", "почти 70 %"), so the
 * card can write "~70%" instead of claiming a precision the source never had. The excerpt is
 * the figure's own passage in its source, so this reads what the article said.
 */
export function isApproximate(excerpt: string, previous: number): boolean {
  const words = 'nearly|almost|about|around|some|roughly|approximately|close to|почти|около|примерно|приблизительно|порядка';
  const re = new RegExp(`(?<!\\p{L})(${words})\\s+${previous}(?![\\d.,]\\d|\\d)`, 'iu');
  return re.test(excerpt);
}

/** The earlier value as the chart and the card write it, "~70%" when the source was loose. */
export function formatPrevious(figure: Figure, excerpt: string, locale: UiLocale): string | null {
  if (figure.previous === null || figure.previous === undefined) return null;
  return `${isApproximate(excerpt, figure.previous) ? '~' : ''}${formatValue(figure.previous, figure.unit, locale)}`;
}

/** "from ~70% to 42%": the change a figure records, written as the reader will quote it. */
export function formatChange(figure: Figure, excerpt: string, locale: UiLocale): string | null {
  const before = formatPrevious(figure, excerpt, locale);
  return before === null ? null : locale.t('cardChange', before, formatValue(figure.value, figure.unit, locale));
}
