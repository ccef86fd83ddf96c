import { existsSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { DatasetSchema, type Dataset } from '../core/dataset-schema.ts';
import { InputError } from '../pipeline/input-error.ts';
import { describeIssues } from '../pipeline/describe-issues.ts';

/** Reads and validates a built dataset, naming the file and the first problem when it is unusable. */
export function loadDataset(path: string): Dataset {
  if (!existsSync(path)) throw new InputError(path, 'does not exist: run `npm run build` (or `factlens build-data`) first');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError(path, `is not valid JSON (${(e as Error).message})`);
  }
  const r = v.safeParse(DatasetSchema, json);
  if (!r.success) throw new InputError(path, `is not a FactLens dataset: ${describeIssues(r.issues)}`);
  return r.output;
}
