import type { TimelineItem, TimelineYear } from './timeline-types.ts';

/*
 * What a timeline view does with built items, apart from building them, so that a page showing
 * the timeline does not carry the mention engine that finds events in the articles.
 */

/** Items (in timeline order) by year, oldest year first, with the undated ones as a last group of their own. */
export function groupByYear(items: readonly TimelineItem[]): TimelineYear[] {
  const groups: TimelineYear[] = [];
  for (const item of items) {
    const year = item.date ? Number(item.date.slice(0, 4)) : null;
    const last = groups.at(-1);
    if (last && last.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}

/** Whether an item concerns an entity: the reader focusing the timeline on it sees these picked out. */
export function concerns(item: TimelineItem, entityId: string): boolean {
  return item.entityIds.includes(entityId);
}
