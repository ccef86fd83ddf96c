import * as v from 'valibot';
import { checkReferences, formatProblem } from './dataset-references.ts';
import { DatasetSchema, type Dataset } from './dataset-schema.ts';
import { describeIssue } from './pack-issues.ts';
import { findJsonError } from './pack-json.ts';
import { MAX_LISTED_PROBLEMS, MAX_PACK_BYTES, type PackError } from './pack-types.ts';

/** A pack file that passed every check: its dataset and the name to list it under. */
export interface ParsedPack {
  name: string;
  dataset: Dataset;
}

export type PackParse = { ok: true; pack: ParsedPack } | { ok: false; error: PackError };

/**
 * A pack file's bytes as text: refused when larger than {@link MAX_PACK_BYTES} or not UTF-8
 * (decoding with replacement characters would put U+FFFD into names and quotes, and quotes must
 * equal their source text exactly).
 */
export function decodePackBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: PackError } {
  if (bytes.byteLength > MAX_PACK_BYTES) return { ok: false, error: { code: 'tooLarge', bytes: bytes.byteLength, limit: MAX_PACK_BYTES } };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: { code: 'notUtf8' } };
  }
}

/** The listing name: a non-empty `name` field, else the file name without `.json`. */
function nameOf(json: unknown, fileName: string): string {
  const field = (json as { name?: unknown }).name;
  if (typeof field === 'string' && field.trim()) return field.trim().slice(0, 100);
  return fileName.replace(/\.json$/i, '').trim().slice(0, 100) || 'data pack';
}

/** Caps a list of problem lines, counting what it leaves out. */
function listed(lines: string[]): PackError {
  return { code: 'notDataset', problems: lines.slice(0, MAX_LISTED_PROBLEMS), more: Math.max(0, lines.length - MAX_LISTED_PROBLEMS) };
}

/**
 * Reads a data pack (a dataset JSON from `factlens build-data`) and holds it to the dataset
 * contract: JSON syntax (with line and column), the schema (each bad field by path), then the
 * reference checks the pipeline runs. Nothing is stored here; a refusal changes nothing.
 */
export function parsePack(text: string, fileName: string): PackParse {
  if (text.length > MAX_PACK_BYTES) return { ok: false, error: { code: 'tooLarge', bytes: text.length, limit: MAX_PACK_BYTES } };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    const at = findJsonError(body) ?? { line: 1, column: 1, detail: String((e as Error).message) };
    return { ok: false, error: { code: 'badJson', ...at } };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: listed(['(the file): must be an object with version, sources, entities, polls and quotes']) };
  }
  const parsed = v.safeParse(DatasetSchema, json);
  if (!parsed.success) return { ok: false, error: listed(parsed.issues.map(describeIssue)) };
  const problems = checkReferences(parsed.output).map(formatProblem);
  if (problems.length > 0) return { ok: false, error: listed(problems) };
  return { ok: true, pack: { name: nameOf(json, fileName), dataset: parsed.output } };
}
