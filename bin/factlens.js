#!/usr/bin/env node
// The installed `factlens` command: runs the CLI bundle that `npm run build` writes.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/factlens.mjs', import.meta.url);
if (!existsSync(bundle)) {
  console.error('factlens: dist/cli/factlens.mjs is missing: run `npm run build` first');
  process.exit(1);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
