/**
 * The one text normalisation of FactLens. The matcher folds page text with it code unit by code
 * unit, and the pipeline compares names with it, so a name found at build time is found on the
 * page too.
 *
 * Every UTF-16 code unit folds to exactly one unit or to nothing, which is what lets offsets map
 * back exactly: case and diacritics fold (é→e, ё→е, Ｐ→p), apostrophes fold to `'`, quotation
 * marks to `"`, whitespace and hyphens/dashes are separators that fold to one space per run,
 * and soft hyphens, zero-width characters and combining marks vanish. Surrogate pairs pass through
 * unchanged. Limits of a 1:1 fold: ß stays ß, ligatures such as ﬁ stay, and й/Й are kept apart
 * from и (precomposed й keeps its breve, a decomposed и + ◌̆ folds to и).
 */

/** A letter, digit, spacing mark or connector: part of a word, so no match may start or end beside it. */
export const CLASS_WORD = 1;
/** Whitespace, hyphen or dash: a run of them is one separator. */
export const CLASS_SEP = 2;
/** Soft hyphen, zero-width character, combining mark, control: invisible and dropped. */
export const CLASS_DROP = 3;
/** Punctuation, symbols, anything else that ends a word but is kept. */
export const CLASS_OTHER = 4;
/** Half of a surrogate pair: its class is the pair's code point's (see {@link codePointIsWord}). */
export const CLASS_SURROGATE = 5;

/**
 * Folded unit and class of every BMP code unit, `(class << 16) | folded`, 0 while not computed.
 * Exported so hot loops can read it directly: `INFO[c] || charInfo(c)`.
 */
export const INFO = new Uint32Array(0x10000);

const WORD_RE = /[\p{L}\p{N}\p{Mc}\p{Pc}]/u;
const MARK_RE = /[\p{Mn}\p{Me}\p{Cf}\p{Cc}]/u;
const SEP_RE = /[\s\p{Zs}\p{Zl}\p{Zp}\p{Pd}\u2212\u2043\uFE58\uFE63\uFF0D]/u;
const APOSTROPHES = "'`´ʹʻʼʽˈ׳‘’‚‛′‵＇";
const QUOTES = '"«»“”„‟″‶〝〞〟＂';
/** Letters that carry a stroke or a dot rather than a combining diacritic, so NFD leaves them. */
const EXTRA: Record<string, string> = { ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ħ: 'h', Ħ: 'h', ı: 'i', ŧ: 't', Ŧ: 't', ς: 'σ' };
const KEEP: Record<string, string> = { й: 'й', Й: 'й', ß: 'ß', ẞ: 'ß' };

/**
 * The general rule for one unit, uncached. Exported so a test can hold the ASCII rows of
 * {@link INFO}, which are written out by hand, to it.
 */
export function computeCharInfo(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return (CLASS_SURROGATE << 16) | c;
  const ch = String.fromCharCode(c);
  if (c === 0xad || ch === '\u200b' || ch === '\u2060' || ch === '\ufeff') return (CLASS_DROP << 16) | c;
  if (c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x0b || c === 0x85) return (CLASS_SEP << 16) | 0x20;
  if (SEP_RE.test(ch)) return (CLASS_SEP << 16) | 0x20;
  if (MARK_RE.test(ch)) return (CLASS_DROP << 16) | c;
  if (APOSTROPHES.includes(ch)) return (CLASS_OTHER << 16) | 0x27;
  if (QUOTES.includes(ch)) return (CLASS_OTHER << 16) | 0x22;
  const folded = KEEP[ch] ?? EXTRA[ch] ?? foldLetter(ch);
  const f = folded.charCodeAt(0);
  return ((WORD_RE.test(folded) ? CLASS_WORD : CLASS_OTHER) << 16) | f;
}

function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

function foldLetter(ch: string): string {
  const compat = ch.normalize('NFKD');
  const base = compat.length === 1 || stripMarks(compat).length === 1 ? compat : ch;
  const low = stripMarks(stripMarks(base).toLowerCase());
  if (low.length === 1) return low;
  const plain = ch.toLowerCase();
  return plain.length === 1 ? plain : ch;
}

/** Folded unit and class of one UTF-16 code unit, `(class << 16) | folded` (cached in {@link INFO}). */
export function charInfo(c: number): number {
  let v = INFO[c] ?? 0;
  if (v === 0) {
    v = computeCharInfo(c);
    INFO[c] = v;
  }
  return v;
}

/**
 * ASCII as {@link computeCharInfo} has it, without its Unicode-property expressions: compiling
 * those costs milliseconds, and every page that loads the content script would pay for them
 * before reading a single non-ASCII character.
 */
function asciiInfo(c: number): number {
  if (c === 0x09 || c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d || c === 0x20 || c === 0x2d) return (CLASS_SEP << 16) | 0x20;
  if (c < 0x20 || c === 0x7f) return (CLASS_DROP << 16) | c;
  if (c >= 0x41 && c <= 0x5a) return (CLASS_WORD << 16) | (c + 0x20);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f) return (CLASS_WORD << 16) | c;
  if (c === 0x27 || c === 0x60) return (CLASS_OTHER << 16) | 0x27;
  return (CLASS_OTHER << 16) | c;
}

for (let c = 0; c < 0x80; c++) INFO[c] = asciiInfo(c);

const astral = new Map<number, boolean>();
/** Whether an astral code point is part of a word (letters such as 𝐓 or 𠀀 are; emoji are not). */
export function codePointIsWord(cp: number): boolean {
  let w = astral.get(cp);
  if (w === undefined) {
    w = /[\p{L}\p{N}\p{M}]/u.test(String.fromCodePoint(cp));
    astral.set(cp, w);
  }
  return w;
}

/**
 * Word-ness of the unit at `i`, reading a surrogate pair as one code point; a lone surrogate
 * is not part of a word.
 */
export function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const cls = charInfo(c) >>> 16;
  if (cls !== CLASS_SURROGATE) return cls === CLASS_WORD;
  if (c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && codePointIsWord(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  const h = text.charCodeAt(i - 1);
  return i > 0 && h >= 0xd800 && h <= 0xdbff && codePointIsWord(((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000);
}

/** Text in normalised form, with the original offset of every unit. */
export interface NormalizedText {
  text: string;
  /** `starts[j]` is where normalised unit j begins in the original; `starts[text.length]` is the original's length. */
  starts: Int32Array;
}

/** Folds `s` to its normalised text; with `starts`, records where each normalised unit began. */
function fold(s: string, starts: Int32Array | null): string {
  const out: number[] = [];
  let lastSep = false;
  for (let i = 0; i < s.length; i++) {
    const v = charInfo(s.charCodeAt(i));
    const cls = v >>> 16;
    if (cls === CLASS_DROP) continue;
    if (cls === CLASS_SEP) {
      if (lastSep) continue;
      lastSep = true;
    } else lastSep = false;
    if (starts) starts[out.length] = i;
    out.push(v & 0xffff);
  }
  if (starts) starts[out.length] = s.length;
  let text = '';
  for (let i = 0; i < out.length; i += 8192) text += String.fromCharCode(...out.slice(i, i + 8192));
  return text;
}

/**
 * Normalises a whole text and keeps the way back: the original span of normalised `[a, b)` is
 * `[starts[a], starts[b])`, which takes in the invisible characters that trail a unit.
 */
export function normalizeText(s: string): NormalizedText {
  const starts = new Int32Array(s.length + 1);
  const text = fold(s, starts);
  return { text, starts: starts.slice(0, text.length + 1) };
}

/**
 * Normalised form of a name or alias for comparing and indexing: folded, separators collapsed,
 * trimmed. The fold of {@link normalizeText} without the offset map, which a key never needs and
 * which cost two typed arrays per alias when compiling 100k of them.
 */
export function normalizeKey(s: string): string {
  return fold(s, null).trim();
}
