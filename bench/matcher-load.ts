// The "load" figure of the matcher benchmark: what a page pays between having the bundled tables
// (a string inlined in the content script) and a matcher ready to scan, measured in fresh
// processes, since a content script always starts cold.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Entity } from '../src/core/dataset-schema.ts';
import { compileMatcher, decodeCompiled, encodeCompiled, loadMatcher } from '../src/core/matcher/index.ts';

/** Flag that makes the bundled benchmark run {@link loadChild} instead of the benchmark. */
export const LOAD_CHILD_FLAG = '--load-child';

/** Fresh processes per figure; the median is kept. */
const COLD_RUNS = 9;

/** What the load figure reports: sizes of the tables as shipped, and cold and warm times in ms. */
export interface LoadFigure {
  rawBytes: number;
  gzipBytes: number;
  coldMs: number;
  warmMs: number;
  runs: number;
}

/**
 * In a fresh process: times decoding the tables file, wrapping it and the first scan, which
 * derives the scanner's tables, of one short sentence. Prints the milliseconds as JSON.
 */
export function loadChild(file: string): void {
  const tables = readFileSync(file, 'utf8');
  const time = (): number => {
    const t0 = performance.now();
    const m = loadMatcher(decodeCompiled(tables));
    m.scan('A sentence that names no one.');
    return performance.now() - t0;
  };
  const cold = time();
  const warm: number[] = [];
  for (let k = 0; k < 20; k++) warm.push(time());
  process.stdout.write(`${JSON.stringify({ cold, warm: warm.sort((a, b) => a - b)[10] })}\n`);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;

/**
 * The load figure for a dictionary: its tables are encoded as the build does, written where the
 * children read them, and each child is this same bundled script started with {@link LOAD_CHILD_FLAG}.
 */
export function measureLoad(root: string, script: string, entities: readonly Entity[]): LoadFigure {
  const encoded = encodeCompiled(compileMatcher(entities));
  // As inlined in the content script: the tables string as a JS string literal.
  const shipped = Buffer.from(JSON.stringify(encoded), 'utf8');
  const dir = join(root, '.cache/bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'matcher-load-tables.txt');
  writeFileSync(file, encoded);
  const cold: number[] = [];
  const warm: number[] = [];
  for (let k = 0; k < COLD_RUNS; k++) {
    const r = spawnSync(process.execPath, [script, LOAD_CHILD_FLAG, file], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`load child failed: ${r.stderr}`);
    const t = JSON.parse(r.stdout.trim().split('\n').pop() as string) as { cold: number; warm: number };
    cold.push(t.cold);
    warm.push(t.warm);
  }
  return { rawBytes: shipped.length, gzipBytes: gzipSync(shipped, { level: 9 }).length, coldMs: median(cold), warmMs: median(warm), runs: COLD_RUNS };
}
