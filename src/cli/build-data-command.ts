import { resolve } from 'node:path';
import { buildDataset, serializeDataset } from '../pipeline/build-dataset.ts';
import { writeFileAtomic } from '../pipeline/write-output.ts';
import { parseArgs, type CliIo } from './cli-io.ts';

/**
 * `factlens build-data [--sources DIR] [--out FILE] [--entities FILE] [--curation FILE]`:
 * builds the dataset from a folder of articles. Inputs default to the repository's data/; the
 * curation, keyed to those articles, applies to another sources folder only when named. The output is
 * written whole or not at all.
 */
export function buildDataCommand(argv: readonly string[], io: CliIo, root: string): number {
  const args = parseArgs(argv, [], ['sources', 'out', 'entities', 'curation']);
  const at = (p: string | undefined, fallback: string): string => (p === undefined ? resolve(root, fallback) : resolve(io.cwd, p));
  const out = at(args.values.get('out'), 'dist/gen/dataset.json');
  const sourcesDir = at(args.values.get('sources'), 'data/sources');
  const ownSources = sourcesDir === resolve(root, 'data/sources');
  const { dataset, warnings } = buildDataset({
    sourcesDir,
    entitiesPath: at(args.values.get('entities'), 'data/entities.json'),
    curationPath: args.values.has('curation') || ownSources ? at(args.values.get('curation'), 'data/curation.json') : null,
  });
  for (const w of warnings) io.stderr(`warning: ${w}\n`);
  writeFileAtomic(out, serializeDataset(dataset));
  io.stdout(`built ${out}: ${dataset.sources.length} sources, ${dataset.quotes.length} quotes, ${dataset.polls.length} polls (${dataset.polls.reduce((n, p) => n + p.figures.length, 0)} figures), ${dataset.entities.length} entities\n`);
  return 0;
}
