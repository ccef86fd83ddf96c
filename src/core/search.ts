import type { EntityCard } from './card-types.ts';
import type { Dataset } from './dataset-schema.ts';
import { lookupEntity } from './lookup.ts';
import { normalizeKey } from './normalize.ts';

/**
 * Free-text search for the popup and the CLI: entities whose name or alias matches the query
 * (exact, then prefix, then word inside), then speakers and subjects of quotes whose words
 * contain it. Returns at most `limit` cards, best first; ties put curated entities before
 * automatic ones, then go by name, so the order is the same every time.
 */
export function searchDataset(dataset: Dataset, query: string, limit = 10): EntityCard[] {
  const q = normalizeKey(query);
  if (q === '' || limit <= 0) return [];
  const score = new Map<string, number>();
  const bump = (id: string, s: number): void => {
    if (s > (score.get(id) ?? 0)) score.set(id, s);
  };
  for (const e of dataset.entities) {
    for (const name of [e.name, ...e.aliases]) {
      const n = normalizeKey(name);
      if (n === q) bump(e.id, 100);
      else if (n.startsWith(q)) bump(e.id, 60);
      else if (` ${n}`.includes(` ${q}`)) bump(e.id, 40);
    }
  }
  for (const quote of dataset.quotes) {
    if (!normalizeKey(quote.text).includes(q)) continue;
    if (quote.speakerId) bump(quote.speakerId, 20);
    for (const id of quote.topicIds) bump(id, 10);
  }
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  const rank = (id: string): [number, string] => [byId.get(id)?.auto ? 1 : 0, byId.get(id)?.name ?? id];
  return [...score.entries()]
    .sort((a, b) => {
      const [autoA, nameA] = rank(a[0]);
      const [autoB, nameB] = rank(b[0]);
      return b[1] - a[1] || autoA - autoB || (nameA < nameB ? -1 : nameA > nameB ? 1 : 0);
    })
    .slice(0, limit)
    .map(([id]) => lookupEntity(dataset, id))
    .filter((c): c is EntityCard => c !== null);
}
