import type { Dataset } from '../core/dataset-schema.ts';
import { lookupEntity } from '../core/lookup.ts';
import { searchDataset } from '../core/search.ts';
import { buildTimeline } from '../core/timeline.ts';
import type { Timeline } from '../core/timeline-types.ts';
import type { DataService } from './background.ts';

/** The background's answers from one dataset: the same lookup and search the CLI uses. */
export function datasetService(dataset: Dataset): DataService {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  // Built on first use: it scans every article once, which only the timeline view needs.
  let timeline: Timeline | null = null;
  return {
    lookup: (entityId) => lookupEntity(dataset, entityId),
    search: (query, limit) => searchDataset(dataset, query, limit),
    source: (sourceId) => sources.get(sourceId) ?? null,
    timeline: () => (timeline ??= buildTimeline(dataset)),
  };
}
