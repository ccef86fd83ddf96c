import { BLOCK_TAG_NAMES } from './block-tags.ts';

/**
 * Elements whose text is never read or marked: code, hidden templates, and every kind of
 * input. Marking inside an editor would be touching what the reader is writing.
 */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'IFRAME',
  'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'MATH',
]);

/** {@link BLOCK_TAG_NAMES}, looked up by tag. */
const BLOCK_TAGS = new Set<string>(BLOCK_TAG_NAMES);

/** Elements that break a line without being a block: the text on each side is separate. */
const BREAK_TAGS = new Set(['BR', 'HR', 'IMG', 'WBR']);

/** Whether an element's subtree is left alone: skipped tags, and anything editable. */
export function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  return (el as HTMLElement).isContentEditable === true;
}

/**
 * Whether an element starts a new block of text. Known HTML tags are decided by name alone,
 * which costs no style computation; only custom elements (whose display the page decides) are
 * asked for their computed display, and only when `view` is given.
 */
export function isBlock(el: Element, view: Window | null = null): boolean {
  const tag = el.tagName.toUpperCase();
  if (BLOCK_TAGS.has(tag)) return true;
  if (view && tag.includes('-')) {
    const display = view.getComputedStyle(el).display;
    return display !== '' && !display.startsWith('inline') && display !== 'contents' && display !== 'none';
  }
  return false;
}

/** Whether an element splits the text around it without being a block. */
export function isBreak(el: Element): boolean {
  return BREAK_TAGS.has(el.tagName.toUpperCase());
}
