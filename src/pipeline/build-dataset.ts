import { createHash } from 'node:crypto';
import type { Dataset, Entity, Poll, Quote, Source } from '../core/dataset-schema.ts';
import { AutoEntities } from './auto-entities.ts';
import { cleanArticle } from './clean.ts';
import { applyCuration } from './curate.ts';
import { extractPolls } from './extract-polls.ts';
import { articleContext, extractQuotes } from './extract-quotes.ts';
import { InputError } from './input-error.ts';
import { createMentionFinder, type FoundMention } from './mention-finder.ts';
import { readCuration, readRegistry } from './read-registry.ts';
import { readSources } from './read-sources.ts';
import { validateDataset } from './validate-dataset.ts';

/** Where a build reads from. */
export interface BuildInputs {
  sourcesDir: string;
  entitiesPath: string;
  /** null: no curation. */
  curationPath: string | null;
}

/** A built dataset and what the build noticed on the way (skipped unbalanced marks and the like). */
export interface BuildResult {
  dataset: Dataset;
  warnings: string[];
}

const hash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 10);
const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Entity ids mentioned inside `[start, end)`, sorted. */
const idsIn = (mentions: readonly FoundMention[], start: number, end: number, keep: (id: string) => boolean = () => true): string[] =>
  [...new Set(mentions.filter((m) => m.start >= start && m.end <= end && keep(m.entityId)).map((m) => m.entityId))].sort();

/**
 * The whole pipeline: read and validate the inputs, clean each article, extract its quotes and
 * polls, add entities for unknown speakers, apply curation, fill in what each fact mentions,
 * and check every invariant. Throws an {@link InputError} for bad input or a broken invariant;
 * the same inputs always give the same dataset, key for key.
 */
export function buildDataset(inputs: BuildInputs): BuildResult {
  const registry = readRegistry(inputs.entitiesPath);
  const curation = readCuration(inputs.curationPath);
  const raws = readSources(inputs.sourcesDir);
  const entityMap = new Map<string, Entity>(registry.map((e) => [e.id, e]));
  const findMentions = createMentionFinder(registry);
  const auto = new AutoEntities(registry);
  const topical = (id: string): boolean => ['event', 'topic'].includes(entityMap.get(id)?.kind ?? '');
  const sources: Source[] = [];
  const polls: Poll[] = [];
  const quotes: Quote[] = [];
  const warnings: string[] = [];

  for (const r of raws) {
    const { meta } = r;
    const text = cleanArticle(r.raw, meta.title).text;
    if (text.trim() === '') throw new InputError(r.file, 'has no article text once site boilerplate is removed');
    sources.push({ id: meta.id, title: meta.title, publisher: meta.publisher, published: meta.published, language: meta.language, translated: meta.translated, url: meta.url, file: r.file, text });
    const mentions = findMentions(text);
    const found = extractQuotes(text, meta.title, meta.published, mentions, entityMap);
    warnings.push(...found.warnings.map((w) => `${r.file}: ${w}`));
    const seen = new Map<string, number>();
    for (const q of found.quotes) {
      const speakerId = q.speakerId ?? (q.newName ? auto.resolve(q.newName.name, q.newName.role, meta) : null);
      const key = `${meta.id}-q-${hash(q.text)}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      quotes.push({ id: n === 1 ? key : `${key}-${n}`, speakerId, text: q.text, sourceId: meta.id, start: q.start, end: q.end,
        topicIds: idsIn(mentions, q.start, q.end, topical), date: q.date, mentionIds: idsIn(mentions, q.start, q.end) });
    }
    const { ctx } = articleContext(text, mentions, entityMap);
    const headline = text.startsWith(meta.title) ? idsIn(mentions, 0, meta.title.length, topical) : [];
    extractPolls(ctx, meta.published).forEach((p, i) => {
      const inFigures = (keep?: (id: string) => boolean): string[] => [...new Set(p.figures.flatMap((f) => idsIn(mentions, f.start, f.end, keep)))].sort();
      polls.push({ id: `${meta.id}-p${i + 1}`, pollsterId: p.pollsterId, sourceId: meta.id, fieldworkStart: p.start, fieldworkEnd: p.end,
        sampleSize: p.sampleSize, method: p.method, topicIds: [...new Set([...inFigures(topical), ...headline])].sort(),
        figures: p.figures.map((f) => ({ label: f.label, value: f.value, unit: f.unit, question: f.question, previous: f.previous, start: f.start, end: f.end })),
        mentionIds: inFigures() });
    });
  }

  const entities = [...registry, ...auto.list()].sort(byId);
  const texts = new Map(sources.map((s) => [s.id, s.text]));
  applyCuration(curation, inputs.curationPath ?? 'curation', polls, quotes, texts, new Set(entities.map((e) => e.id)));
  const dataset: Dataset = { version: 1, sources: sources.sort(byId), entities, polls: polls.sort(byId), quotes: quotes.sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start)) };
  const problems = validateDataset(dataset);
  if (problems.length > 0) throw new InputError(inputs.sourcesDir, `the built dataset breaks its contract: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`);
  return { dataset, warnings };
}

/** The dataset as written to disk: fixed key order, two-space indent, final newline. */
export function serializeDataset(d: Dataset): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}
