#!/usr/bin/env node
// Runs every check the project has, in order: type-check, lint, unit tests, build, real-browser
// tests in Chromium and Firefox ESR. Ends with the plain line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findBrowsers } from './browsers.js';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'test-results');
mkdirSync(outDir, { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

/** A check that is not a test runner counts as one test. */
function step(label, cmd, args) {
  if (run(label, cmd, args)) passed++;
  else { failed++; console.log(`FAILED: ${label}`); }
}

/** Runs vitest with a JSON report and counts its tests; a run that crashes before reporting counts as a failure. */
function vitest(label, config, env = {}) {
  const report = join(outDir, `${label}.json`);
  rmSync(report, { force: true });
  const ok = run(label, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
  if (!existsSync(report)) { failed++; console.log(`FAILED: ${label} produced no report`); return; }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  if (!ok && r.numFailedTests === 0) { failed++; console.log(`FAILED: ${label} exited non-zero`); }
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['eslint', '.']);
vitest('unit', 'vitest.config.ts');

const skip = process.env.FACTLENS_SKIP_BROWSERS === '1';
if (skip) {
  const bar = '!'.repeat(78);
  console.log(`\n${bar}\n!!! FACTLENS_SKIP_BROWSERS=1: the real-browser tests are SKIPPED.\n!!! Nothing here shows the extension working in Chromium or Firefox.\n${bar}\n`);
} else {
  const { missing, found } = findBrowsers();
  if (missing.length) {
    console.log(`\nFAILED: the real-browser tests need ${missing.map((m) => m.name).join(' and ')}, which ${missing.length > 1 ? 'are' : 'is'} not installed.`);
    console.log(`Install with: sudo apt-get install -y ${missing.map((m) => m.debian).join(' ')}   (or set ${missing.map((m) => m.env).join(', ')} to the binary)`);
    console.log('To skip the browser tests on purpose, run with FACTLENS_SKIP_BROWSERS=1.');
    failed++;
  } else {
    if (existsSync(join(root, 'scripts/build.js'))) step('build', 'node', ['scripts/build.js']);
    vitest('e2e', 'vitest.e2e.config.ts', { FACTLENS_CHROMIUM: found.chromium, FACTLENS_FIREFOX: found.firefox });
  }
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
