/** The part of a mention that lies in one text node, in that node's UTF-16 offsets. */
export interface NodeSpan {
  node: Text;
  start: number;
  end: number;
}

interface Entry<T> {
  start: number;
  end: number;
  value: T;
}

/**
 * Which mention lies at a given (text node, offset). Highlights are not elements, so the
 * pointer never lands "on" a mark: hit-testing asks the browser for the caret position under
 * the pointer and looks it up here, by binary search over each node's sorted spans.
 */
export class RangeIndex<T> {
  private readonly byNode = new Map<Text, Entry<T>[]>();
  private readonly spansOf = new Map<T, NodeSpan[]>();

  /** Registers a value under each of its spans; spans within one node never overlap. */
  add(value: T, spans: NodeSpan[]): void {
    this.spansOf.set(value, spans);
    for (const s of spans) {
      let list = this.byNode.get(s.node);
      if (!list) this.byNode.set(s.node, (list = []));
      const entry = { start: s.start, end: s.end, value };
      const i = lowerBound(list, s.start);
      list.splice(i, 0, entry);
    }
  }

  /** Forgets a value everywhere it was registered. */
  remove(value: T): void {
    const spans = this.spansOf.get(value);
    if (!spans) return;
    this.spansOf.delete(value);
    for (const s of spans) {
      const list = this.byNode.get(s.node);
      if (!list) continue;
      const i = list.findIndex((e) => e.value === value);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.byNode.delete(s.node);
    }
  }

  /**
   * The values whose span in `node` touches `offset`, end included: a caret position can sit
   * just after the last letter the pointer is over, so the caller confirms with geometry.
   */
  at(node: Node, offset: number): T[] {
    const list = this.byNode.get(node as Text);
    if (!list) return [];
    const out: T[] = [];
    for (let i = Math.max(0, lowerBound(list, offset) - 1); i < list.length; i++) {
      const e = list[i]!;
      if (e.start > offset) break;
      if (offset <= e.end) out.push(e.value);
    }
    return out;
  }

  /** How many values are registered: structural checks use it to show nothing accumulates. */
  get size(): number {
    return this.spansOf.size;
  }

  /** How many per-node entries exist, across all nodes. */
  get entryCount(): number {
    let n = 0;
    for (const list of this.byNode.values()) n += list.length;
    return n;
  }

  clear(): void {
    this.byNode.clear();
    this.spansOf.clear();
  }
}

/** The first index whose entry starts at or after `offset`. */
function lowerBound<T>(list: Entry<T>[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
