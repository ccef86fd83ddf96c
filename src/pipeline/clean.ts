import { normalizeKey } from '../core/normalize.ts';
import { isAppeal, isByline, isCredit, isFurniture, isHeadingLike, isTrailer, wordCount } from './boilerplate-rules.ts';

/** A cleaned article: its text (what every offset points into) and the lines taken out, for review. */
export interface CleanedText {
  text: string;
  dropped: string[];
}

interface Line {
  text: string;
  /** Index of the blank-line-separated block the line belongs to. */
  block: number;
}

const squash = normalizeKey;

/**
 * Strips site furniture from an article as received and returns the prose, one paragraph per
 * non-empty line, paragraphs separated by a blank line. Lines keep their characters exactly
 * (only their outer whitespace goes), so quotes cut from the cleaned text are the article's words.
 * The title is kept as the first paragraph when it is found; what comes before it is page chrome.
 */
export function cleanArticle(raw: string, title: string): CleanedText {
  const lines = splitLines(raw);
  const dropped: string[] = [];
  const titleKey = squash(title);
  const titleAt = lines.findIndex((l) => squash(l.text) === titleKey);
  const start = titleAt >= 0 ? titleAt : 0;
  for (const l of lines.slice(0, start)) dropped.push(l.text);

  const keep = new Array<boolean>(lines.length).fill(false);
  let end = lines.length;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (i > start + 2 && isTrailer(line.text)) {
      end = i;
      break;
    }
    keep[i] = !(isFurniture(line.text) || isCredit(line.text) || isByline(line.text) || isAppeal(line.text));
  }
  dropCaptionNeighbours(lines, keep, start, end);
  dropAppealBlocks(lines, keep, start, end);

  const out: string[] = [];
  const seen = new Set<string>();
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const key = squash(line.text);
    const repeat = i !== titleAt && (key === titleKey || (seen.has(key) && out.length > 0 && squash(out[out.length - 1]!) === key));
    if (i < end && keep[i] && !repeat) {
      out.push(line.text);
      seen.add(key);
    } else {
      dropped.push(line.text);
    }
  }
  return { text: out.join('\n\n'), dropped };
}

function splitLines(raw: string): Line[] {
  const out: Line[] = [];
  let block = 0;
  for (const l of raw.split('\n')) {
    const text = l.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
    if (text === '') {
      block++;
      continue;
    }
    out.push({ text, block });
  }
  return out;
}

/** A caption's image label just above it and a story teaser just below it, in the same block, are part of the picture. */
function dropCaptionNeighbours(lines: Line[], keep: boolean[], start: number, end: number): void {
  for (let i = start; i < end; i++) {
    if (!isCredit(lines[i]!.text)) continue;
    const prev = lines[i - 1];
    if (i - 1 > start && prev && prev.block === lines[i]!.block && wordCount(prev.text) <= 5 && isHeadingLike(prev.text)) keep[i - 1] = false;
    const next = lines[i + 1];
    if (next && i + 1 < end && next.block === lines[i]!.block && isHeadingLike(next.text)) keep[i + 1] = false;
  }
}

/** A block made mostly of appeal lines is an appeal box: its short buttons and labels go with it. */
function dropAppealBlocks(lines: Line[], keep: boolean[], start: number, end: number): void {
  const byBlock = new Map<number, number[]>();
  for (let i = start; i < end; i++) {
    const b = lines[i]!.block;
    byBlock.set(b, [...(byBlock.get(b) ?? []), i]);
  }
  for (const idx of byBlock.values()) {
    if (idx.length < 2) continue;
    const appeals = idx.filter((i) => isAppeal(lines[i]!.text)).length;
    if (appeals * 2 >= idx.length) for (const i of idx) if (wordCount(lines[i]!.text) <= 8) keep[i] = false;
  }
}
