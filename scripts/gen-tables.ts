// Build step: compiles the dataset's aliases into the matcher tables that the content script
// inlines, so that a page never pays for building the automaton.
//   node gen-tables.mjs DATASET.json OUT.json
// OUT.json holds one JSON string (the output of encodeCompiled), ready to be inlined as the
// default export of 'factlens:tables'.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { DatasetSchema, type Dataset } from '../src/core/dataset-schema.ts';
import { compileMatcher, encodeCompiled } from '../src/core/matcher/index.ts';

/** The tables file's content for a dataset: deterministic, so two builds of one dataset are identical. */
export function generateTables(dataset: Pick<Dataset, 'entities'>): string {
  return `${JSON.stringify(encodeCompiled(compileMatcher(dataset.entities)))}\n`;
}

/** Reads, validates, compiles and writes; the output appears whole or not at all. */
export function main(argv: readonly string[]): number {
  const [input, output] = argv;
  if (!input || !output) {
    process.stderr.write('usage: gen-tables DATASET.json OUT.json\n');
    return 2;
  }
  let dataset: Dataset;
  try {
    dataset = v.parse(DatasetSchema, JSON.parse(readFileSync(input, 'utf8')));
  } catch (e) {
    process.stderr.write(`gen-tables: cannot read a valid dataset from ${input}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const text = generateTables(dataset);
  writeFileSync(`${output}.tmp`, text);
  renameSync(`${output}.tmp`, output);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
