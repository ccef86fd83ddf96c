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

/**
 * Elements that may hold a shadow root. Only custom elements (whose names no selector can pick
 * out) and a few others may (the DOM standard's "valid shadow host name"), so the tags of common
 * elements that never do are left out: a page's links, emphasis, list items and cells are then
 * not touched one by one. Written out whole, so no page pays for making it.
 */
const MAY_HOST = ':not(' +
  'a,abbr,area,b,bdi,bdo,br,button,canvas,caption,cite,code,col,colgroup,data,dd,del,dfn,dl,dt,em,' +
  'figcaption,figure,form,hr,i,iframe,img,input,ins,kbd,label,li,link,mark,meta,noscript,ol,' +
  'option,picture,pre,q,s,samp,script,select,small,source,strong,style,sub,sup,svg,table,tbody,td,' +
  'template,textarea,tfoot,th,thead,time,tr,u,ul,var,video,wbr' +
  ')';

/** Elements whose text `textContent` gives but no reader sees, and the page app never reads. */
const CODE = 'script,style,noscript';

/**
 * Whether every cue in `text`, the `textContent` of `top`, lies in its scripts and styles (a
 * page's data, such as a list of headlines in JSON, often names what its words do not): asked only
 * once a cue is found. Those elements' texts lie in `text` in document order; the text is tested
 * again without them (each cut leaving a space, as an element between two words does), which
 * stops at its first cue as the first test did. Should an element's text also stand earlier in the
 * page's words, the earlier copy is cut instead: the same letters stay, so the answer errs
 * towards a cue.
 */
function inCodeOnly(top: Node, text: string, cues: RegExp): boolean {
  if (top.nodeType !== 1 && top.nodeType !== 11) return false;
  const code = (top as ParentNode).querySelectorAll(CODE);
  let rest = '';
  let from = 0;
  let last: Element | null = null;
  for (let i = 0; i < code.length; i++) {
    const el = code[i]!;
    // The text of an element inside one already cut is cut with it.
    if (last?.contains(el)) continue;
    last = el;
    const t = el.textContent ?? '';
    const at = t ? text.indexOf(t, from) : -1;
    if (at < 0) continue;
    rest += `${text.slice(from, at)} `;
    from = at + t.length;
  }
  return from > 0 && !textHasCue(rest + text.slice(from), cues);
}

/**
 * Whether the text under `root` (a document, element, text or shadow root), open shadow roots
 * included, may name something: one native `textContent` call and a few expressions for most pages,
 * and for a page whose text holds a cue, a look at its scripts and styles ({@link inCodeOnly}).
 * Every open shadow root met on the way is reported, so its later changes are followed too.
 */
export function rootHasCue(root: Node, cues: RegExp, onShadowRoot: (root: ShadowRoot) => void): boolean {
  // A document is read from its body, as the scanner reads it: the title and head are never marked.
  const top = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  if (!top) return false;
  // The whole text in one native call. Reading it element by element, to stop early on a long page
  // that names something in its first screen, cost more on the pages that matter here, those that
  // name nothing (`npm run bench:page -- --cold-script`); a page that names something goes on to
  // the page app, whose work dwarfs one copy of its text.
  const text = top.textContent ?? '';
  if (textHasCue(text, cues) && !inCodeOnly(top, text, cues)) return true;
  if (top.nodeType !== 1 && top.nodeType !== 11) return false;
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
