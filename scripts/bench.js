#!/usr/bin/env node
// `npm run bench [-- NAME ...] [-- --write]`: runs the benchmarks in bench/ (every bench/*-bench.ts,
// or those whose name contains one of the NAMEs). Each is bundled with esbuild to .cache/bench/
// and run with `node --expose-gc`, so it can measure memory after a collection. Flags starting
// with -- go to every benchmark; `--write` asks them to record their results in bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleNodeScript } from './lib/generated-data.js';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith('--'));
const flags = args.filter((a) => a.startsWith('--'));
const benches = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('-bench.ts'))
  .filter((f) => names.length === 0 || names.some((n) => f.includes(n)))
  .sort();
if (benches.length === 0) {
  console.error(`bench: nothing matches ${names.join(', ') || 'bench/*-bench.ts'}`);
  process.exit(2);
}
const out = join(root, '.cache/bench');
mkdirSync(out, { recursive: true });
let failed = 0;
for (const file of benches) {
  const outfile = join(out, file.replace(/\.ts$/, '.mjs'));
  await bundleNodeScript(root, join('bench', file), outfile);
  console.log(`\n=== ${file}`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', outfile, ...flags], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`bench: ${file} exited with ${r.status}`);
  }
}
process.exit(failed ? 1 : 0);
