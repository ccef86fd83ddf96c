import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError } from './input-error.ts';
import { SourceMetaSchema, type SourceMeta } from './source-meta.ts';
import { decodeUtf8 } from './decode-utf8.ts';
import { readJsonFile } from './read-json.ts';

/** Articles larger than this are refused: no news article comes near it, and reading one must stay cheap. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** An article as received plus its sidecar, before cleaning. */
export interface RawSource {
  meta: SourceMeta;
  /** File name under the sources folder. */
  file: string;
  raw: string;
}

/**
 * Reads every `*.txt` article in a folder with its `.meta.json` sidecar, in file-name order so
 * the output never depends on the file system's listing order. Throws an {@link InputError}
 * naming the first bad file: empty, too large, not UTF-8, or with missing or invalid metadata.
 */
export function readSources(dir: string): RawSource[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(dir, 'is not a folder of articles');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new InputError(dir, 'holds no .txt articles');
  const out = files.map((f) => readSource(join(dir, f)));
  const seen = new Map<string, string>();
  for (const s of out) {
    const other = seen.get(s.meta.id);
    if (other) throw new InputError(join(dir, s.file), `has id "${s.meta.id}", already used by ${other}`);
    seen.set(s.meta.id, s.file);
  }
  return out;
}

/** Reads one article and its sidecar; see {@link readSources} for what counts as bad input. */
export function readSource(path: string): RawSource {
  const size = statSync(path).size;
  if (size > MAX_ARTICLE_BYTES) {
    throw new InputError(path, `is ${(size / 1048576).toFixed(1)} MB; articles may be at most ${MAX_ARTICLE_BYTES / 1048576} MB`);
  }
  const raw = decodeUtf8(readFileSync(path), path);
  if (raw.trim() === '') throw new InputError(path, 'has no text');
  const meta = readJsonFile(path.replace(/\.txt$/, '.meta.json'), SourceMetaSchema, 'is missing: every article needs a metadata sidecar');
  return { meta: meta, file: basename(path), raw: raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}
