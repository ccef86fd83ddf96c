import { readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lookupEntity, resolveName } from '../core/lookup.ts';
import { searchDataset } from '../core/search.ts';
import { decodeUtf8 } from '../pipeline/decode-utf8.ts';
import { InputError } from '../pipeline/input-error.ts';
import { buildDataCommand } from './build-data-command.ts';
import { parseArgs, processIo, UsageError, type CliIo } from './cli-io.ts';
import { formatCard } from './format-card.ts';
import { loadDataset } from './load-dataset.ts';
import { scanCommand } from './scan-command.ts';

const USAGE = `usage: factlens <command>
  scan [--json] FILE|-                   mentions in a text or HTML file (- reads standard input)
  dataset [--json]                       the bundled dataset
  lookup [--json] QUERY                  the card for the entity a name or alias refers to
  build-data [--sources DIR] [--out FILE] [--entities FILE] [--curation FILE]
                                         build a dataset from a folder of articles
`;

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The `factlens` command. Returns the exit code instead of exiting, so tests call it directly;
 * every failure is one line on stderr.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  const root = io.root ?? resolve(here, '../..');
  const datasetPath = io.datasetPath ?? resolve(here, '../gen/dataset.json');
  try {
    switch (command) {
      case 'build-data':
        return buildDataCommand(rest, io, root);
      case 'scan':
        return await scanCommand(rest, loadDataset(datasetPath), {
          readInput: async (p) => (p === '-' ? io.readStdin() : decodeUtf8(readFileSync(resolve(io.cwd, p)), p)),
          stdout: io.stdout,
          stderr: io.stderr,
        });
      case 'dataset': {
        const args = parseArgs(rest, ['json'], []);
        if (args.rest.length > 0) throw new UsageError(`dataset takes no arguments (got "${args.rest[0]}")`);
        const d = loadDataset(datasetPath);
        if (args.flags.has('json')) io.stdout(`${JSON.stringify(d, null, 2)}\n`);
        else {
          io.stdout(`FactLens dataset v${d.version}: ${d.sources.length} sources, ${d.entities.length} entities, ${d.polls.length} polls, ${d.quotes.length} quotes\n`);
          for (const s of d.sources) io.stdout(`  ${s.id}  ${s.published ?? 'undated'}  ${s.publisher ?? 'unknown publisher'}  ${s.title}\n`);
        }
        return 0;
      }
      case 'lookup': {
        const args = parseArgs(rest, ['json'], []);
        const query = args.rest.join(' ').trim();
        if (query === '') throw new UsageError('lookup needs a name, e.g. factlens lookup "Levada Centre"');
        const d = loadDataset(datasetPath);
        const entity = resolveName(d, query) ?? searchDataset(d, query, 1)[0]?.entity ?? null;
        const card = entity ? lookupEntity(d, entity.id) : null;
        if (!card) {
          io.stderr(`factlens: no entity in the dataset is called "${query}"\n`);
          return 1;
        }
        io.stdout(args.flags.has('json') ? `${JSON.stringify(card, null, 2)}\n` : formatCard(card));
        return 0;
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`factlens: ${e.message}\n${USAGE}`);
      return 2;
    }
    if (e instanceof InputError) {
      io.stderr(`factlens: ${e.message}\n`);
      return 1;
    }
    io.stderr(`factlens: ${(e as Error).message ?? String(e)}\n`);
    return 1;
  }
}

function invokedDirectly(): boolean {
  try {
    return process.argv[1] !== undefined && pathToFileURL(realpathSync(process.argv[1])).href === import.meta.url;
  } catch {
    return false;
  }
}
if (invokedDirectly()) process.exitCode = await main(process.argv.slice(2));
