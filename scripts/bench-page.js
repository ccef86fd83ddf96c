#!/usr/bin/env node
// `npm run bench:page [-- --runs N --browsers chromium,firefox --soak SECONDS --write]` (or
// `-- --profile [--page plain|big] [--dist DIR]` for a Chromium profile of one page): the page-scale
// benchmark (bench/page-run.ts) on the built extension in dist/. Rebuilds the content script
// once more with a metafile to say what its bytes are, bundles the benchmark with esbuild into
// .cache/bench/page/ (three levels deep, where the harness finds the repository root) and runs it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleExtension, loadGeneratedData } from './lib/bundle-extension.js';
import { bundleNodeScript } from './lib/generated-data.js';

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
for (const f of ['dist/chrome/content.js', 'dist/firefox/content.js', 'dist/gen/dataset.json', 'dist/gen/tables.json']) {
  if (!existsSync(join(root, f))) {
    console.error(`bench:page: ${f} is missing; run \`npm run build\` first`);
    process.exit(2);
  }
}
const out = join(root, '.cache/bench/page');
mkdirSync(out, { recursive: true });

/** Bytes of the minified content script by where they come from. */
function groupOf(input) {
  if (input.startsWith('factlens-generated:')) return input.slice('factlens-generated:'.length);
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (pkg) return pkg[1];
  const src = /^src\/([^/]+)/.exec(input);
  return src ? `src/${src[1]}` : input;
}
const scratch = '.cache/bench/page/bundle';
const data = loadGeneratedData({ dataset: join(root, 'dist/gen/dataset.json'), tables: join(root, 'dist/gen/tables.json') });
const [meta] = await bundleExtension(root, 'chrome', scratch, data);
const output = Object.values(meta.outputs).find((o) => o.entryPoint === 'src/content/index.ts');
const parts = {};
for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
  const g = groupOf(input);
  parts[g] = (parts[g] ?? 0) + bytesInOutput;
}
writeFileSync(join(out, 'bundle-parts.json'), JSON.stringify(parts));
rmSync(join(root, scratch), { recursive: true, force: true });

const outfile = join(out, 'page-run.mjs');
await bundleNodeScript(root, 'bench/page-run.ts', outfile);
const r = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
