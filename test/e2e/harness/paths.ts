import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root, so specs work from any working directory. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');

/** What the loopback server serves. */
export const pagesDir = join(repoRoot, 'test/fixtures/pages');

/** Where screenshots land; CI keeps `test-results/` as an artifact. */
export const screenshotDir = join(repoRoot, 'test-results/screenshots');

/** The built extension for each browser, as `scripts/build.js` writes it. */
export const distDirs = {
  chromium: join(repoRoot, 'dist/chrome'),
  firefox: join(repoRoot, 'dist/firefox'),
} as const;

/** Browser binaries: `scripts/test.js` sets the variables, Debian's packages are the default. */
export function browserBinary(name: 'chromium' | 'firefox', env = process.env): string {
  if (name === 'chromium') return env.FACTLENS_CHROMIUM || '/usr/bin/chromium';
  return env.FACTLENS_FIREFOX || '/usr/bin/firefox-esr';
}

/** A built manifest, or null when that build does not exist yet. */
export function readManifest(extensionDir: string): Record<string, unknown> | null {
  const file = join(extensionDir, 'manifest.json');
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}
