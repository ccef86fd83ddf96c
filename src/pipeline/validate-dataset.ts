import * as v from 'valibot';
import { DatasetSchema, type Dataset } from '../core/dataset-schema.ts';
import { describeIssues } from './describe-issues.ts';
import { numbersIn } from './numbers.ts';

/**
 * Every invariant of the public contract, checked before anything is written: the schema,
 * unique ids, references that resolve, each quote equal to its source slice, and each figure's
 * value (and earlier value) stated in its excerpt. Returns the problems, one line each.
 */
export function validateDataset(d: Dataset): string[] {
  const problems: string[] = [];
  const parsed = v.safeParse(DatasetSchema, d);
  if (!parsed.success) return [`dataset ${describeIssues(parsed.issues)}`];
  const unique = (what: string, ids: string[]): Set<string> => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${what} id "${id}" is used twice`);
      seen.add(id);
    }
    return seen;
  };
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  unique('source', d.sources.map((s) => s.id));
  const entities = unique('entity', d.entities.map((e) => e.id));
  unique('poll', d.polls.map((p) => p.id));
  unique('quote', d.quotes.map((q) => q.id));
  const ref = (owner: string, what: string, id: string, set: { has(id: string): boolean }): void => {
    if (!set.has(id)) problems.push(`${owner}: ${what} "${id}" does not exist`);
  };
  for (const p of d.polls) {
    ref(`poll ${p.id}`, 'pollster', p.pollsterId, entities);
    ref(`poll ${p.id}`, 'source', p.sourceId, sources);
    for (const t of [...p.topicIds, ...(p.mentionIds ?? [])]) ref(`poll ${p.id}`, 'entity', t, entities);
    const text = sources.get(p.sourceId)?.text ?? '';
    for (const f of p.figures) {
      if (!(f.start < f.end && f.end <= text.length)) {
        problems.push(`poll ${p.id}: figure "${f.label}" has offsets outside its source`);
        continue;
      }
      const stated = numbersIn(text.slice(f.start, f.end));
      if (!stated.includes(f.value)) problems.push(`poll ${p.id}: figure "${f.label}" value ${f.value} is not stated in its excerpt`);
      if (f.previous != null && !stated.includes(f.previous)) problems.push(`poll ${p.id}: figure "${f.label}" earlier value ${f.previous} is not stated in its excerpt`);
    }
  }
  for (const q of d.quotes) {
    ref(`quote ${q.id}`, 'source', q.sourceId, sources);
    if (q.speakerId !== null) ref(`quote ${q.id}`, 'speaker', q.speakerId, entities);
    for (const t of [...q.topicIds, ...(q.mentionIds ?? [])]) ref(`quote ${q.id}`, 'entity', t, entities);
    const text = sources.get(q.sourceId)?.text ?? '';
    if (text.slice(q.start, q.end) !== q.text) problems.push(`quote ${q.id}: text differs from its source at ${q.start}..${q.end}`);
  }
  return problems;
}
