import { existsSync, readFileSync, statSync } from 'node:fs';
import * as v from 'valibot';
import { describeIssues } from './describe-issues.ts';
import { InputError } from './input-error.ts';
import { decodeUtf8 } from './decode-utf8.ts';

/**
 * Reads a JSON input and validates it, failing with one line that names the file: missing,
 * not UTF-8, not JSON, or the first field that does not fit the schema.
 */
export function readJsonFile<S extends v.GenericSchema>(path: string, schema: S, missing = 'does not exist'): v.InferOutput<S> {
  if (!existsSync(path) || !statSync(path).isFile()) throw new InputError(path, missing);
  let json: unknown;
  try {
    json = JSON.parse(decodeUtf8(readFileSync(path), path));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(path, `is not valid JSON (${(e as Error).message})`);
  }
  const r = v.safeParse(schema, json);
  if (!r.success) throw new InputError(path, describeIssues(r.issues));
  return r.output;
}
