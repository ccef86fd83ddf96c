import type { Dataset } from './dataset-schema.ts';

/** One broken invariant: where (`quotes[3].sourceId`) and what is wrong there. */
export interface DatasetProblem {
  path: string;
  message: string;
}

/**
 * The invariants of the dataset contract that a schema cannot express: unique ids, references
 * that resolve, offsets inside their source and each quote equal to its source slice. Both the
 * pipeline (before it writes) and data-pack import (before it stores) run these, so a pack is held
 * to exactly the rules the bundled dataset is. Expects a dataset that already fits the schema.
 */
export function checkReferences(d: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const add = (path: string, message: string): void => void problems.push({ path, message });
  const unique = (list: 'sources' | 'entities' | 'polls' | 'quotes', what: string): Set<string> => {
    const seen = new Set<string>();
    d[list].forEach((item, i) => {
      if (seen.has(item.id)) add(`${list}[${i}].id`, `${what} id "${item.id}" is used twice`);
      seen.add(item.id);
    });
    return seen;
  };
  const sourceIds = unique('sources', 'source');
  const entities = unique('entities', 'entity');
  unique('polls', 'poll');
  const quoteIds = unique('quotes', 'quote');
  const texts = new Map(d.sources.map((s) => [s.id, s.text]));
  const ref = (path: string, what: string, id: string, known: Set<string>): void => {
    if (!known.has(id)) add(path, `${what} "${id}" does not exist`);
  };
  const refs = (path: string, ids: readonly string[] | undefined): void => ids?.forEach((id, j) => ref(`${path}[${j}]`, 'entity', id, entities));

  d.polls.forEach((p, i) => {
    const at = `polls[${i}]`;
    ref(`${at}.pollsterId`, 'pollster', p.pollsterId, entities);
    ref(`${at}.sourceId`, 'source', p.sourceId, sourceIds);
    refs(`${at}.topicIds`, p.topicIds);
    refs(`${at}.mentionIds`, p.mentionIds);
    const length = texts.get(p.sourceId)?.length ?? 0;
    p.figures.forEach((f, j) => {
      if (!(f.start < f.end && f.end <= length)) add(`${at}.figures[${j}]`, `figure "${f.label}" has offsets outside its source`);
      // Fields the contrast view reads; typed loosely so the check stands whether or not a schema revision declares them.
      const subject = (f as { subjectId?: unknown }).subjectId;
      if (typeof subject === 'string') ref(`${at}.figures[${j}].subjectId`, 'entity', subject, entities);
    });
  });
  d.quotes.forEach((q, i) => {
    const at = `quotes[${i}]`;
    ref(`${at}.sourceId`, 'source', q.sourceId, sourceIds);
    if (q.speakerId !== null) ref(`${at}.speakerId`, 'speaker', q.speakerId, entities);
    refs(`${at}.topicIds`, q.topicIds);
    refs(`${at}.mentionIds`, q.mentionIds);
    for (const key of ['corrects', 'contradicts'] as const) {
      const target = (q as Partial<Record<typeof key, unknown>>)[key];
      if (typeof target !== 'string') continue;
      if (target === q.id) add(`${at}.${key}`, `quote ${key} itself`);
      else ref(`${at}.${key}`, 'quote', target, quoteIds);
    }
    const text = texts.get(q.sourceId);
    if (text !== undefined && text.slice(q.start, q.end) !== q.text) add(`${at}.text`, `text differs from its source at ${q.start}..${q.end}`);
  });
  return problems;
}

/** One line per problem, as the CLI and the options page print them. */
export function formatProblem(p: DatasetProblem): string {
  return `${p.path}: ${p.message}`;
}
