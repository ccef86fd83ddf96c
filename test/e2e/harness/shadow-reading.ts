import type { CardReading } from './types.ts';

/** A WebDriver BiDi `NodeRemoteValue`, as `locateNodes` serialises it. */
export interface BidiNode {
  type: string;
  value?: {
    nodeType: number;
    nodeValue?: string;
    localName?: string;
    attributes?: Record<string, string>;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
  };
}

const silent = new Set(['style', 'script', 'template', 'noscript']);

/** Every element under `nodes`, shadow trees (open or closed) included, in document order. */
function* elements(nodes: BidiNode[]): Generator<BidiNode> {
  for (const n of nodes) {
    if (n.value?.nodeType === 1) yield n;
    if (n.value?.shadowRoot) yield* elements([n.value.shadowRoot]);
    yield* elements(n.value?.children ?? []);
  }
}

/** Text a screen reader would go through: text nodes and image names, minus hidden and non-rendered parts. */
function spokenText(node: BidiNode, parts: string[]): void {
  const v = node.value;
  if (!v) return;
  if (v.nodeType === 3) {
    parts.push(v.nodeValue ?? '');
    return;
  }
  const attrs = v.attributes ?? {};
  if (attrs['aria-hidden'] === 'true' || 'hidden' in attrs || silent.has(v.localName ?? '')) return;
  if (attrs.role === 'img' || v.localName === 'img') {
    const name = attrs['aria-label'] ?? attrs.alt ?? '';
    if (name) parts.push(` ${name} `);
    return;
  }
  if (v.shadowRoot) spokenText(v.shadowRoot, parts);
  for (const c of v.children ?? []) spokenText(c, parts);
  if (v.nodeType === 1) parts.push(' ');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Reads the first element with `role` from DOM trees serialised with
 * `includeShadowTree: "all"` (Firefox's way into closed shadow roots): its accessible name
 * (aria-label, or the text of the aria-labelledby elements) and its spoken text. An
 * approximation of the accessibility tree, good for what our card uses: roles, labels, text.
 */
export function readShadowCard(roots: BidiNode[], role: string): CardReading | null {
  const all = [...elements(roots)];
  const card = all.find((n) => n.value?.attributes?.role === role);
  if (!card) return null;
  const attrs = card.value?.attributes ?? {};
  let name = attrs['aria-label'] ?? '';
  if (!name && attrs['aria-labelledby']) {
    name = attrs['aria-labelledby'].split(/\s+/).map((id) => {
      const parts: string[] = [];
      const label = all.find((n) => n.value?.attributes?.id === id);
      if (label) spokenText(label, parts);
      return parts.join('');
    }).join(' ');
  }
  const parts: string[] = [];
  spokenText(card, parts);
  return { role, name: squash(name), text: squash(parts.join('')) };
}
