/**
 * Cues: a few letters of each alias that any text naming it must contain, so that a page can be
 * ruled out with one native regular expression before the matcher (its tables, its fold table,
 * its scan) is loaded at all. Most pages name nothing FactLens knows; they pay for this test only.
 *
 * Both sides go through {@link cueFold}: compatibility decomposition, marks and invisible
 * characters removed, lower case. That is coarser than the matcher's own fold (which keeps й and
 * ß, and folds ø to o), so whatever the matcher finds, the cue test finds too; the converse does
 * not hold and need not.
 */

import type { EntityKind } from './dataset-schema.ts';

/** Per kind of entity, the expression source of its cues ({@link cueSource}; the build's `factlens:cues`). */
export type CuesByKind = Partial<Record<EntityKind, string>>;

/**
 * Invisible characters and marks, and controls other than whitespace: what the matcher drops inside
 * a word. Built on first use from a string: a literal with Unicode properties is checked when the
 * script is parsed, which costs every page a few tenths of a millisecond, and plain text never needs it.
 */
let strip: RegExp | undefined;

/** Letters the matcher folds to a base letter that decomposition leaves alone. */
const BASE: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ħ: 'h', ı: 'i', ŧ: 't', ς: 'σ' };
const BASED = /[øłđħıŧς]/g;
/**
 * Letters and digits as {@link cueFold} leaves them (lower case, marks and compatibility forms
 * gone), written without the `u` flag (which would make every page compile Unicode property
 * tables): Latin, Greek, Cyrillic with its extensions (Ukrainian, Kazakh, ...), Armenian, Hebrew,
 * Arabic, Devanagari, Thai, Georgian, Hangul (decomposed to its jamo), kana and CJK ideographs.
 * A letter left out becomes a space, so an alias written only in it would have a cue of spaces,
 * found on every page. Every unit here is a word character to the matcher (\p{L}, \p{N}):
 * narrower than "a letter" on purpose, so the word-start test built on it rejects fewer places
 * than the matcher, never more.
 */
export const LETTER = 'a-z0-9\\u00df-\\u00f6\\u00f8-\\u024f\\u03b1-\\u03c9\\u0430-\\u0481\\u048a-\\u052f\\u0561-\\u0587' +
  '\\u05d0-\\u05ea\\u0620-\\u064a\\u066e-\\u066f\\u0671-\\u06d3\\u0904-\\u0939\\u0e01-\\u0e30\\u10d0-\\u10fa\\u1100-\\u11ff' +
  '\\u3041-\\u3096\\u30a1-\\u30fa\\u30fc-\\u30fe\\u4e00-\\u9fff';
/**
 * Runs of what is not a {@link LETTER}: one space each, in a cue and in a text alike. Made on
 * first use: only cues are spaced with it, so the content script never needs it.
 */
let notLetters: RegExp | undefined;
/**
 * The same runs as {@link notLetters} but a lone space, which is one space already: a page's
 * words are mostly parted by one, so the text is rebuilt at its punctuation only.
 */
const NOT_LETTERS_BUT_A_SPACE = new RegExp(`[^${LETTER}]{2,}|[^ ${LETTER}]`, 'g');
/**
 * The form of the cue expressions; stored packs' cues of another form are made again
 * (pack-tables.ts puts it in the stamp the background compares).
 */
export const CUES_VERSION = 4;

/** The longest cue taken from one word: enough to be rare, short enough to keep the expression small. */
const CUE_MAX = 5;
/**
 * Russian case endings replace up to two final letters of a Cyrillic word that does not end in a
 * consonant ("Москва" → "Москве", "Дмитрий" → "Дмитрия"); a consonant stem only grows.
 */
const CYRILLIC = /[\u0400-\u04ff]/u;

/**
 * Characters the full fold below only lower-cases: printable ASCII and whitespace controls,
 * Russian letters but Й/й (which decompose), no-break space (decomposed to a space), and the
 * quotes and dashes of ordinary prose. Text made of these alone (most pages) skips
 * decomposition and the Unicode-property expression, which a page would otherwise compile.
 */
const PLAIN = /[^\t\n\v\f\r\x20-\x7e\u00a0\u00ab\u00bb\u0410-\u0418\u041a-\u0438\u043a-\u044f\u2013\u2014\u2018\u2019\u201c\u201d]/;
const NBSP = /\u00a0/g;

/** The text both cues and pages are compared in. */
export function cueFold(text: string): string {
  return PLAIN.test(text) ? fullCueFold(text) : text.toLowerCase().replace(NBSP, ' ');
}

/** {@link cueFold} without the shortcut for plain text: what any text may go through. */
export function fullCueFold(text: string): string {
  return text.normalize('NFKD').replace((strip ??= new RegExp('[\\p{M}\\p{Cf}]|(?![\\t\\n\\v\\f\\r\\x85])\\p{Cc}', 'gu')), '').toLowerCase().replace(BASED, (ch) => BASE[ch]!);
}

/**
 * A text as cue expressions are tested on: folded, every run of what is not a letter one space,
 * and a space in front. Word starts and separators are then plain spaces, so the expressions are
 * literal text, with no character class or look-behind to spell out (and to ship) in each cue.
 */
export function cueText(text: string): string {
  // {@link cueFold}, less its no-break spaces, which become a space with every other non-letter here.
  return ` ${(PLAIN.test(text) ? fullCueFold(text) : text.toLowerCase()).replace(NOT_LETTERS_BUT_A_SPACE, ' ')}`;
}

/** Runs of what the matcher folds to one space: whitespace, hyphens and dashes. */
const SEP = /[\s\p{Pd}\x85\u2043\u2212]+/u;
/** In a cue, the start of a word: nothing of a word may precede it. */
const AT_WORD_START = '^';
/** Words too common to rule anything out; a cue is taken elsewhere in the alias when it can be. */
const COMMON = new Set(['the', 'of', 'in', 'on', 'for', 'and', 'a', 'an', 'to', 'into', 'against', 'with', 'в', 'с', 'на', 'и']);

function stemOf(word: string): string {
  return CYRILLIC.test(word) ? word.replace(/[^бвгджзклмнпрстфхцчшщ]{1,2}$/u, '') || word.charAt(0) : word;
}

/**
 * The cue of one alias, from its spelling as {@link cueFold} leaves it. Candidates: the start of
 * each word, up to {@link CUE_MAX} units (a Cyrillic word without the letters an ending may
 * replace), and, across each separator, the end of one word and the start of the next ("white
 * ho", "ller rep"), rarer than either word alone. The candidate with the most letters wins, the
 * one from longer words on a tie. A cue starting `^` holds only at the start of a word. Every
 * spelling the matcher accepts for the alias contains its cue.
 */
export function cueOf(alias: string): string {
  let best = '';
  let bestScore = -1;
  const consider = (cue: string, words: string[]) => {
    // "the nat" says little; "face the" does.
    const common = COMMON.has(words[0]!);
    const score = (common ? 0 : 1000) + cue.replace(/[ ^]/g, '').length * 100 + words.reduce((n, w) => n + w.length, 0);
    if (score > bestScore) {
      best = cue;
      bestScore = score;
    }
  };
  const tokens = cueFold(alias).split(SEP).filter((t) => t.length > 0);
  tokens.forEach((token, i) => {
    // A full stop folds to itself, so "U.S." keeps its dots: a cue "^u.s." rather than "^u".
    for (const word of token.match(/[\p{L}\p{N}.]+/gu) ?? []) {
      if (/[\p{L}\p{N}]/u.test(word)) consider(AT_WORD_START + stemOf(word).slice(0, CUE_MAX), [word]);
    }
    const last = /[\p{L}\p{N}.]+$/u.exec(token)?.[0];
    const next = /^[\p{L}\p{N}]+/u.exec(tokens[i + 1] ?? '')?.[0];
    if (!last || !next || CYRILLIC.test(last)) return;
    const left = last.length <= CUE_MAX ? AT_WORD_START + last : last.slice(-CUE_MAX);
    consider(`${left} ${stemOf(next).slice(0, 3)}`, [last, next]);
  });
  return best;
}

/**
 * Letters a word-start cue needs to be rare enough without its word start. A page's text is read
 * with `textContent`, which joins blocks without a space ("Updated 2026" and "Peskov said" become
 * "2026peskov"), so a cue tied to a word start would miss a name opening a block in markup written
 * without whitespace between tags. Cues of this many letters or more are looked for anywhere in a
 * word; shorter ones (" us", " u s ") keep the word start, or they would hold on almost any page.
 */
const ANYWHERE_MIN = 4;

/**
 * A cue as {@link cueText} leaves its text: every run of non-letters one space (" pesko",
 * "mitry pes", " u s "), then the word start dropped from cues long enough ({@link ANYWHERE_MIN}).
 * A letter outside {@link LETTER} becomes a space as it does in the text, so the cue still holds
 * wherever the name is, only less narrowly.
 */
function spacedCue(cue: string): string {
  const spaced = cue.replace((notLetters ??= new RegExp(`[^${LETTER}]+`, 'g')), ' ');
  return spaced.startsWith(' ') && spaced.replace(/ /g, '').length >= ANYWHERE_MIN ? spaced.slice(1) : spaced;
}

/** Distinct cues of many aliases in the form {@link spacedCue} gives them, sorted, with none that contains another (the shorter already answers). */
export function cuesOf(aliases: Iterable<string>): string[] {
  const all = [...new Set([...aliases].map(cueOf).filter((c) => c.length > 0).map(spacedCue))].sort();
  return all.filter((c) => !all.some((o) => o !== c && c.includes(o)));
}

/** A unit of a spaced cue in the expression: a space or a letter of {@link LETTER}, written in ASCII. */
function unit(ch: string): string {
  const c = ch.charCodeAt(0);
  return c < 0x80 ? ch : `\\u${c.toString(16).padStart(4, '0')}`;
}

/**
 * The expression source for a list of spaced cues: the cues as plain alternatives (` pesko|kreml|…`),
 * tested on {@link cueText}. Made at build time: the content script only joins the sources it needs.
 * A flat list compiles and runs a little faster on a page's first test than the same cues folded
 * into a trie (`npm run bench:page -- --cold-cues`).
 */
export function cueSource(cues: readonly string[]): string {
  return cues.map((cue) => [...cue].map(unit).join('')).join('|');
}

/**
 * Per kind, the cues of all the spellings given: what the build makes for the bundle, and what
 * the background makes at a pack's import for the spellings the bundle lacks.
 */
export function cuesByKind(spellings: Iterable<{ kind: EntityKind; names: readonly string[] }>): CuesByKind {
  const byKind = new Map<EntityKind, string[]>();
  for (const { kind, names } of spellings) {
    const list = byKind.get(kind) ?? [];
    list.push(...names);
    byKind.set(kind, list);
  }
  return Object.fromEntries([...byKind].map(([kind, names]) => [kind, cueSource(cuesOf(names))]).filter(([, src]) => src !== ''));
}

/** Both sets of cues in one, kind by kind: a page holding either's cue may name something. */
export function joinCues(a: CuesByKind, b: CuesByKind): CuesByKind {
  const out: CuesByKind = { ...a };
  for (const [kind, src] of Object.entries(b) as [EntityKind, string][]) {
    if (src) out[kind] = out[kind] ? `${out[kind]}|${src}` : src;
  }
  return out;
}

/** The cues of the given kinds alone. */
export function cuesOfKinds(all: CuesByKind, kinds: readonly EntityKind[]): CuesByKind {
  const out: CuesByKind = {};
  for (const kind of kinds) if (all[kind]) out[kind] = all[kind];
  return out;
}

/** The kinds that have cues in `cues`. */
export function kindsOf(cues: CuesByKind): EntityKind[] {
  return (Object.keys(cues) as EntityKind[]).filter((k) => cues[k]);
}

/** One expression for several cue sources (one per kind of entity wanted); null when there is none. */
export function cueRegExp(sources: readonly string[]): RegExp | null {
  const some = sources.filter((x) => x.length > 0);
  return some.length ? new RegExp(some.join('|')) : null;
}
