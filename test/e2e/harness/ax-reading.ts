import type { CardReading } from './types.ts';

/** The slice of a CDP `Accessibility.AXNode` that reading needs. */
export interface AxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
  childIds?: string[];
}

const spoken = new Set(['StaticText', 'image', 'img']);

/**
 * Reads the first element with `role` out of Chromium's full accessibility tree, which takes in
 * closed shadow roots: its accessible name, and the text a screen reader would go through (text
 * runs and image names, in tree order, skipping what is hidden from assistive technology).
 */
export function readAxTree(nodes: AxNode[], role: string): CardReading | null {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const target = nodes.find((n) => !n.ignored && n.role?.value === role);
  if (!target) return null;
  const parts: string[] = [];
  const visit = (n: AxNode): void => {
    if (n.ignored && n !== target) return;
    const r = String(n.role?.value ?? '');
    const name = String(n.name?.value ?? '').trim();
    if (spoken.has(r) && name) parts.push(name);
    if (r === 'StaticText') return;
    for (const id of n.childIds ?? []) {
      const child = byId.get(id);
      if (child) visit(child);
    }
  };
  visit(target);
  return {
    role,
    name: String(target.name?.value ?? '').trim(),
    text: parts.join(' ').replace(/\s+/g, ' ').trim(),
  };
}
