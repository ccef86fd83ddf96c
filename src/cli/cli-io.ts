/**
 * What a command may touch besides files: its output streams, and paths that tests point
 * elsewhere. The real process passes {@link processIo}; tests pass buffers.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The whole of standard input, for `scan -`. */
  readStdin(): Promise<string>;
  /** The folder relative paths on the command line are read against. */
  cwd: string;
  /** The bundled dataset; defaults to dist/gen/dataset.json beside the CLI bundle. */
  datasetPath?: string;
  /** The repository root holding data/; defaults to two folders above the CLI file. */
  root?: string;
}

/** The real process's streams and working folder. */
export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    cwd: process.cwd(),
  };
}

/** A command-line mistake: printed as one line with the usage hint, exit code 2. */
export class UsageError extends Error {}

/** Splits `--flag`, `--key value` and positional arguments, refusing options the command does not know. */
export function parseArgs(argv: readonly string[], flags: readonly string[], valued: readonly string[]): { flags: Set<string>; values: Map<string, string>; rest: string[] } {
  const out = { flags: new Set<string>(), values: new Map<string, string>(), rest: [] as string[] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      out.rest.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (flags.includes(name)) out.flags.add(name);
      else if (valued.includes(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        out.values.set(name, value);
      } else throw new UsageError(`unknown option --${name}`);
    } else out.rest.push(a);
  }
  return out;
}
