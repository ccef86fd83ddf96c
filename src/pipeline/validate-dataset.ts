import * as v from 'valibot';
import { checkReferences, formatProblem } from '../core/dataset-references.ts';
import { DatasetSchema, type Dataset } from '../core/dataset-schema.ts';
import { describeIssues } from './describe-issues.ts';
import { numbersIn } from './numbers.ts';

/**
 * Every invariant of the public contract, checked before anything is written: the schema, the
 * reference checks data-pack import runs too (`checkReferences`), and each figure's value (and
 * earlier value) stated in its excerpt. Returns the problems, one line each.
 */
export function validateDataset(d: Dataset): string[] {
  const parsed = v.safeParse(DatasetSchema, d);
  if (!parsed.success) return [`dataset ${describeIssues(parsed.issues)}`];
  const problems = checkReferences(d).map(formatProblem);
  const texts = new Map(d.sources.map((s) => [s.id, s.text]));
  for (const p of d.polls) {
    const text = texts.get(p.sourceId) ?? '';
    for (const f of p.figures) {
      if (!(f.start < f.end && f.end <= text.length)) continue;
      const stated = numbersIn(text.slice(f.start, f.end));
      if (!stated.includes(f.value)) problems.push(`poll ${p.id}: figure "${f.label}" value ${f.value} is not stated in its excerpt`);
      if (f.previous != null && !stated.includes(f.previous)) problems.push(`poll ${p.id}: figure "${f.label}" earlier value ${f.previous} is not stated in its excerpt`);
    }
  }
  return problems;
}
