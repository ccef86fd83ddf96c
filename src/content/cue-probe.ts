import { cueText } from '../core/cues.ts';

/** Text folded and tested at a time: a long page that names something early is settled early. */
const CHUNK = 16_384;
const SPACE = /\s/g;

/**
 * Whether `text` contains a cue. Read in chunks cut at whitespace (a cue never spans it), so a
 * long page is not folded whole when its first screen already names something.
 */
export function textHasCue(text: string, cues: RegExp): boolean {
  for (let i = 0; i < text.length; ) {
    let end = text.length;
    if (i + CHUNK < text.length) {
      SPACE.lastIndex = i + CHUNK;
      end = SPACE.exec(text) ? SPACE.lastIndex : text.length;
    }
    if (cues.test(cueText(text.slice(i, end)))) return true;
    i = end;
  }
  return false;
}

/** Elements with more children than this are read child by child rather than whole. */
const FANOUT = 16;

/**
 * Whether the text under `top` contains a cue, read a few children's `textContent` at a time
 * (containers with many children are entered), so a long page that names something in its first
 * screen is settled without copying all its text. The text is tested whenever a chunk has
 * gathered, up to its last whitespace (a cue never spans it); the rest waits for the next one.
 */
function subtreeHasCue(top: Node, cues: RegExp): boolean {
  let text = '';
  const visit = (parent: Node): boolean => {
    for (let c = parent.firstChild; c; c = c.nextSibling) {
      const type = c.nodeType;
      if (type === 1 && (c as Element).childElementCount > FANOUT) {
        if (visit(c)) return true;
        continue;
      }
      if (type !== 1 && type !== 3 && type !== 4) continue;
      text += c.textContent ?? '';
      if (text.length >= CHUNK) {
        const cut = lastSpace(text) + 1;
        if (cut > 0) {
          if (textHasCue(text.slice(0, cut), cues)) return true;
          text = text.slice(cut);
        }
      }
    }
    return false;
  };
  return visit(top) || textHasCue(text, cues);
}

function lastSpace(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (SPACE_AT.test(text[i]!)) return i;
  return -1;
}
const SPACE_AT = /\s/;

/**
 * Elements that may hold a shadow root. Only custom elements (whose names no selector can pick
 * out) and a few others may (the DOM standard's "valid shadow host name"), so the tags of common
 * elements that never do are left out: a page's links, emphasis, list items and cells are then
 * not touched one by one.
 */
const MAY_HOST = `:not(${[
  'a', 'abbr', 'area', 'b', 'bdi', 'bdo', 'br', 'button', 'canvas', 'caption', 'cite', 'code', 'col', 'colgroup',
  'data', 'dd', 'del', 'dfn', 'dl', 'dt', 'em', 'figcaption', 'figure', 'form', 'hr', 'i', 'iframe', 'img',
  'input', 'ins', 'kbd', 'label', 'li', 'link', 'mark', 'meta', 'noscript', 'ol', 'option', 'picture', 'pre', 'q',
  's', 'samp', 'script', 'select', 'small', 'source', 'strong', 'style', 'sub', 'sup', 'svg', 'table', 'tbody',
  'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'video', 'wbr',
].join()})`;

/**
 * Whether the text under `root` (a document, element or shadow root), open shadow roots
 * included, may name something: a few native `textContent` calls and expressions for most pages.
 * Every open shadow root met on the way is reported, so its later changes are followed too.
 */
export function rootHasCue(root: Node, cues: RegExp, onShadowRoot: (root: ShadowRoot) => void): boolean {
  // A document is read from its body, as the scanner reads it: the title and head are never marked.
  const top = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  if (!top) return false;
  if (top.nodeType === 3 ? textHasCue((top as Text).data, cues) : subtreeHasCue(top, cues)) return true;
  const els = (top as ParentNode).querySelectorAll(MAY_HOST);
  const found: ShadowRoot[] = [];
  if (top.nodeType === 1 && (top as Element).shadowRoot) found.push((top as Element).shadowRoot!);
  for (let i = 0; i < els.length; i++) {
    const shadow = els[i]!.shadowRoot;
    if (shadow) found.push(shadow);
  }
  let hit = false;
  for (const shadow of found) {
    onShadowRoot(shadow);
    if (!hit && rootHasCue(shadow, cues, onShadowRoot)) hit = true;
  }
  return hit;
}
