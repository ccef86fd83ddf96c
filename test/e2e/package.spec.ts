import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { distDirs, readManifest, repoRoot } from './harness/index.ts';

const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const zips = {
  chrome: join(repoRoot, `dist/factlens-chrome-${version}.zip`),
  firefox: join(repoRoot, `dist/factlens-firefox-${version}.zip`),
};
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string; file?: string }[];
}

describe('store packages', () => {
  it('web-ext lint finds no errors in the Firefox build', () => {
    const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', distDirs.firefox, '--output=json', '--no-config-discovery'], {
      cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    });
    const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{'))) as LintReport;
    if (report.warnings.length) console.log(`web-ext lint warnings:\n${report.warnings.map((w) => `  ${w.code} ${w.file ?? ''}: ${w.message}`).join('\n')}`);
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });

  for (const [browser, zip] of Object.entries(zips)) {
    it(`${browser}: the zip holds the built manifest and every built file`, () => {
      expect(existsSync(zip)).toBe(true);
      const files = unzipSync(readFileSync(zip));
      const dir = browser === 'chrome' ? distDirs.chromium : distDirs.firefox;
      const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Record<string, unknown>;
      expect(manifest).toEqual(readManifest(dir));
      for (const [name, bytes] of Object.entries(files)) {
        if (name.endsWith('/')) continue;
        expect(Buffer.compare(Buffer.from(bytes), readFileSync(join(dir, name))), name).toBe(0);
      }
    });
  }

  it('building the same commit again gives byte-identical zips', () => {
    const all = [...Object.values(zips), join(repoRoot, `dist/factlens-sources-${version}.zip`)].filter((f) => existsSync(f));
    expect(all.length).toBeGreaterThanOrEqual(2);
    const before = all.map(sha);
    // The build has no output-folder option: it rewrites dist/ in place, so hash, rebuild, compare.
    execFileSync('node', ['scripts/build.js'], { cwd: repoRoot, stdio: 'pipe' });
    expect(all.map(sha)).toEqual(before);
  }, 300_000);
});
