/**
 * Finds quotations by their marks. Handles straight and curly double quotes, guillemets « »
 * with nesting, „low-high“ quotes, single quotes used as top-level marks (with apostrophes told
 * apart), and quotations that run over several paragraphs, where every following paragraph
 * opens with a quotation mark and only the last one closes. A mark that never closes is reported
 * and skipped; the scan goes on after it.
 */

/** One quotation: its marks and its words (`start..end`, trimmed of whitespace). */
export interface QuoteSpan {
  open: number;
  close: number;
  start: number;
  end: number;
  multiParagraph: boolean;
}

export interface SpanScan {
  spans: QuoteSpan[];
  /** One line per mark that never closed, with its offset. */
  warnings: string[];
}

const MAX_SPAN = 6000;
const isSpace = (c: string | undefined): boolean => c === undefined || /[\s\u00a0]/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPEN_CONTEXT = /[\s\u00a0([{\u2014\u2013\-:;,/"“«„‘']/;

function closersFor(open: string): string {
  switch (open) {
    case '«': return '»';
    case '„': return '“”';
    case '“': return '”"';
    case '"': return '"”';
    case '”': return '”';
    case '‘': return "’'";
    default: return "'’";
  }
}

function isOpener(text: string, i: number): boolean {
  const c = text[i]!;
  const prev = text[i - 1];
  const next = text[i + 1];
  const prevOk = prev === undefined || OPEN_CONTEXT.test(prev);
  if (c === '“' || c === '„' || c === '«') return !isSpace(next);
  if (c === '"') return !isSpace(next) && prevOk;
  if (c === '”') return prevOk && isWordChar(next);
  if (c === '‘' || c === "'") return prevOk && isWordChar(next) && !/^'\d0s\b/.test(text.slice(i, i + 5));
  return false;
}

function isCloser(text: string, j: number, open: string): boolean {
  const c = text[j]!;
  if (!closersFor(open).includes(c)) return false;
  const next = text[j + 1];
  if (open === '‘' || open === "'") return !isSpace(text[j - 1]) && !isWordChar(next);
  if (c === '"') return !isSpace(text[j - 1]) || !isWordChar(next);
  return true;
}

/** Scans a cleaned text (paragraphs separated by a blank line) for quotations. */
export function findQuoteSpans(text: string): SpanScan {
  const spans: QuoteSpan[] = [];
  const warnings: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isOpener(text, i)) {
      i++;
      continue;
    }
    const found = scanFrom(text, i);
    if (found === null) {
      const single = text[i] === "'" || text[i] === '‘';
      if (!single) warnings.push(`unbalanced quotation mark ${text[i]} at offset ${i}: skipped`);
      i++;
      continue;
    }
    const span = trimmed(text, i, found.close, found.multi);
    if (span) spans.push(span);
    i = found.close + 1;
  }
  return { spans, warnings };
}

function scanFrom(text: string, openAt: number): { close: number; multi: boolean } | null {
  const open = text[openAt]!;
  const single = open === '‘' || open === "'";
  let depth = 0;
  let multi = false;
  for (let j = openAt + 1; j < text.length && j - openAt < MAX_SPAN; j++) {
    const c = text[j]!;
    if (c === '\n' && text[j + 1] === '\n') {
      const k = j + 2;
      if (text[k] === open || (!single && '"“„«'.includes(text[k] ?? '') && text[k] !== undefined && sameFamily(open, text[k]!))) {
        multi = true;
        j = k;
        continue;
      }
      return null;
    }
    if (open === '«' && c === '«') {
      depth++;
      continue;
    }
    if (isCloser(text, j, open)) {
      if (depth > 0) {
        depth--;
        continue;
      }
      return { close: j, multi };
    }
  }
  return null;
}

function sameFamily(a: string, b: string): boolean {
  const fam = (c: string): string => ('«'.includes(c) ? 'g' : '„'.includes(c) ? 'l' : 'd');
  return fam(a) === fam(b);
}

function trimmed(text: string, open: number, close: number, multi: boolean): QuoteSpan | null {
  let start = open + 1;
  let end = close;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return end > start ? { open, close, start, end, multiParagraph: multi } : null;
}

/**
 * The text with every quotation's words replaced by `x` (a closing . ! ? , kept), so sentence
 * splitting and name finding see the reporting sentence around a quotation and not its words.
 * Lengths are kept, so offsets stay valid.
 */
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  const chars = text.split('');
  for (const s of spans) {
    const keepLast = /[.!?,]/.test(text[s.end - 1] ?? '') ? 1 : 0;
    for (let k = s.start; k < s.end - keepLast; k++) if (chars[k] !== '\n') chars[k] = 'x';
  }
  return chars.join('');
}
