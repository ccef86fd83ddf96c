import { cueFold } from '../core/cues.ts';

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
    if (cues.test(cueFold(text.slice(i, end)))) return true;
    i = end;
  }
  return false;
}

/**
 * Whether the text under `root` (a document, element or shadow root), open shadow roots
 * included, may name something: one native `textContent` and one expression for most pages.
 * Every open shadow root met on the way is reported, so its later changes are followed too.
 */
export function rootHasCue(root: Node, cues: RegExp, onShadowRoot: (root: ShadowRoot) => void): boolean {
  // A document is read from its body, as the scanner reads it: the title and head are never marked.
  const top = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  if (!top) return false;
  if (textHasCue(top.textContent ?? '', cues)) return true;
  const els = top.nodeType === 1 ? (top as Element).getElementsByTagName('*') : (top as ParentNode).querySelectorAll('*');
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
