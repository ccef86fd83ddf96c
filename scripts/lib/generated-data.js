// Steps 1–2 of the build: the dataset (through the bundled CLI) and the matcher tables.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';

/** Fails the build with one line naming what is missing, rather than inventing anything. */
export function requireInputs(root, inputs) {
  const missing = inputs.filter((p) => !existsSync(join(root, p)));
  if (missing.length) {
    throw new BuildError(`missing input${missing.length > 1 ? 's' : ''}: ${missing.join(', ')} (the build cannot go on without ${missing.length > 1 ? 'them' : 'it'})`);
  }
}

/** An expected failure: the build prints its message alone, without a stack. */
export class BuildError extends Error {}

function runNode(root, args, what) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new BuildError(`${what} failed (exit ${r.status ?? r.signal})`);
}

/**
 * Bundles a TypeScript program for node (packages stay in node_modules), so build steps
 * written in TypeScript run on plain node 20 without a loader.
 */
export async function bundleNodeScript(root, entry, outfile, options = {}) {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    ...options,
  });
}

/** Bundles the `factlens` CLI, the one program that builds the dataset and answers scan/lookup. */
export async function bundleCli(root) {
  requireInputs(root, ['src/cli/index.ts']);
  await bundleNodeScript(root, 'src/cli/index.ts', 'dist/cli/factlens.mjs', { banner: { js: '#!/usr/bin/env node' } });
}

/** Writes dist/gen/dataset.json (from data/sources, through the CLI) and dist/gen/tables.json. */
export async function buildGeneratedData(root) {
  const gen = join(root, 'dist/gen');
  mkdirSync(gen, { recursive: true });
  const dataset = join(gen, 'dataset.json');
  const tables = join(gen, 'tables.json');
  requireInputs(root, ['src/cli/index.ts', 'data/sources', 'scripts/gen-tables.ts']);
  await bundleCli(root);
  rmSync(dataset, { force: true });
  runNode(root, ['dist/cli/factlens.mjs', 'build-data', '--sources', 'data/sources', '--out', relative(root, dataset)], 'building the dataset (factlens build-data)');
  requireInputs(root, ['dist/gen/dataset.json']);

  const tmp = join(root, '.cache/build/gen-tables.mjs');
  await bundleNodeScript(root, 'scripts/gen-tables.ts', tmp);
  rmSync(tables, { force: true });
  runNode(root, [tmp, relative(root, dataset), relative(root, tables)], 'compiling the matcher tables (scripts/gen-tables.ts)');
  requireInputs(root, ['dist/gen/tables.json']);
  return { dataset, tables };
}
