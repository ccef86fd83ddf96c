import type { Rect } from './types.ts';

/** Which occurrence of which text to find. */
export interface TextQuery {
  text: string;
  occurrence: number;
}

/**
 * Runs IN THE PAGE (serialised by the driver, so it must stay self-contained): finds the
 * `occurrence`-th match of `text` in the document's visible text, even when it is split across
 * inline elements, scrolls it to the middle of the viewport and returns its first line box.
 * This is where a reader's pointer would go to hover a mention.
 */
export function findTextRect(query: TextQuery): Rect | null {
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement && skip.has(n.parentElement.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  let all = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(all.length);
    all += (n as Text).data;
  }
  let at = -1;
  for (let i = 0; i <= query.occurrence; i++) {
    at = all.indexOf(query.text, at + 1);
    if (at < 0) return null;
  }
  const locate = (offset: number, isEnd: boolean): [Text, number] => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const start = starts[i]!;
      if (isEnd ? start < offset : start <= offset) return [nodes[i]!, offset - start];
    }
    return [nodes[0]!, 0];
  };
  const range = document.createRange();
  range.setStart(...locate(at, false));
  range.setEnd(...locate(at + query.text.length, true));
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
  const box = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0);
  return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null;
}
