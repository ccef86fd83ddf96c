#!/usr/bin/env node
// `npm run eval:mentions -- --texts DIR [--half dev|test] [--show ID] [--json]`: scores the mention
// engine on the real-text corpus (test/corpus/real), whose passages are read into DIR beforehand.
// Bundles scripts/eval/eval-mentions.ts with esbuild and runs it.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleNodeScript } from './lib/generated-data.js';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.cache/eval');
mkdirSync(out, { recursive: true });
const outfile = join(out, 'eval-mentions.mjs');
await bundleNodeScript(root, 'scripts/eval/eval-mentions.ts', outfile);
const r = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
