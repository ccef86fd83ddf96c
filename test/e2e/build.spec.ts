import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
// @ts-expect-error plain JS build module without types
import { BuildError, requireInputs } from '../../scripts/lib/generated-data.js';
// @ts-expect-error plain JS build module without types
import { listFiles, writeZip } from '../../scripts/lib/zip.js';
import type { Dataset } from '../../src/core/dataset-schema.ts';
import { distDirs, readManifest, repoRoot } from './harness/index.ts';

type Manifest = Record<string, unknown> & {
  permissions: string[];
  content_scripts: { matches: string[]; js: string[]; all_frames: boolean; run_at: string }[];
  content_security_policy: { extension_pages: string };
  icons: Record<string, string>;
};
const chrome = readManifest(distDirs.chromium) as Manifest;
const firefox = readManifest(distDirs.firefox) as Manifest;
const dataset = JSON.parse(readFileSync(join(repoRoot, 'dist/gen/dataset.json'), 'utf8')) as Dataset;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('built manifests', () => {
  it('give each browser its own background and minimum version', () => {
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.minimum_chrome_version).toBe('105');
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: 'factlens@factlens.app', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    });
  });

  it('ask for the fewest permissions and expose nothing to pages', () => {
    // scripting: the background injects the page app (page.js) into a frame on its first cue and the card UI (card.js) on
    // its first card, and registers packs.js while data packs are imported and all-kinds.js while the reader marks a kind that is off by default.
    expect(chrome.permissions).toEqual(['storage', 'contextMenus', 'activeTab', 'scripting']);
    expect(firefox.permissions).toEqual(['storage', 'menus', 'activeTab', 'scripting']);
    // Chrome's executeScript needs host access; it is no wider than where the content script runs.
    expect((chrome as { host_permissions?: string[] }).host_permissions).toEqual(chrome.content_scripts[0]!.matches);
    expect(firefox).not.toHaveProperty('host_permissions');
    for (const m of [chrome, firefox]) {
      expect(m).not.toHaveProperty('web_accessible_resources');
      expect(m).not.toHaveProperty('optional_permissions');
      expect(m.content_scripts).toEqual([
        { matches: ['http://*/*', 'https://*/*', 'file:///*'], js: ['content.js'], all_frames: true, run_at: 'document_idle' },
      ]);
      expect(m.content_security_policy.extension_pages).toMatch(/(^|; )connect-src 'none'(;|$)/);
      expect(m.content_security_policy.extension_pages).toMatch(/(^|; )default-src 'none'(;|$)/);
      expect(m.version).toBe((JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version);
    }
  });

  it('ship icons of the sizes they name', () => {
    for (const [dir, m] of [[distDirs.chromium, chrome], [distDirs.firefox, firefox]] as const) {
      for (const [size, path] of Object.entries(m.icons)) expect(pngSize(join(dir, path))).toEqual([Number(size), Number(size)]);
    }
  });
});

describe('bundles', () => {
  const content = readFileSync(join(distDirs.chromium, 'content.js'), 'utf8');
  const background = readFileSync(join(distDirs.chromium, 'background.js'), 'utf8');

  it('keep the card UI out of the content script: card.js brings it on the first card', () => {
    const card = readFileSync(join(distDirs.chromium, 'card.js'), 'utf8');
    expect(card).toContain('factlens-card');
    expect(content).not.toContain('fl-float');
  });

  it('keep the page app out of the content script: page.js brings it on the first cue, and content.js listens to no extension event', () => {
    const page = readFileSync(join(distDirs.chromium, 'page.js'), 'utf8');
    expect(page).toContain('factlens-mark-');
    expect(content).not.toContain('factlens-mark-');
    expect(page).toMatch(/onMessage\.addListener/);
    expect(content).not.toMatch(/addListener|onMessage|onChanged/);
    expect(content.length).toBeLessThan(page.length / 3);
  });

  it('keep the dataset out of the content script: facts come from the background', () => {
    const sentence = dataset.quotes.map((q) => q.text).filter((t) => /^[\x20-\x7e]{40,}$/.test(t))[0]!;
    expect(sentence).toBeDefined();
    expect(background).toContain(JSON.stringify(sentence).slice(1, 41));
    expect(content).not.toContain(sentence.slice(0, 40));
    expect(content).not.toContain(dataset.sources[0]!.title.slice(0, 30));
  });

  it('contain no remote address to load code or data from', () => {
    for (const file of ['content.js', 'page.js', 'card.js', 'packs.js', 'all-kinds.js', 'background.js', 'popup.js', 'options.js', 'viewer.js']) {
      const js = readFileSync(join(distDirs.chromium, file), 'utf8');
      expect(js, file).not.toMatch(/\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|importScripts\(/);
    }
  });
});

describe('build steps', () => {
  it('names every missing input in one clear error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factlens-build-'));
    try {
      mkdirSync(join(dir, 'src/cli'), { recursive: true });
      writeFileSync(join(dir, 'src/cli/index.ts'), '');
      expect(() => requireInputs(dir, ['src/cli/index.ts', 'data/sources', 'scripts/gen-tables.ts'])).toThrow(
        new BuildError('missing inputs: data/sources, scripts/gen-tables.ts (the build cannot go on without them)'),
      );
      expect(() => requireInputs(dir, ['src/cli/index.ts'])).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('zips in sorted order with fixed times, whatever order the files were listed in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factlens-zip-'));
    try {
      mkdirSync(join(dir, 'b'));
      writeFileSync(join(dir, 'b/z.txt'), 'z');
      writeFileSync(join(dir, 'a.txt'), 'a');
      writeFileSync(join(dir, 'B.txt'), 'B');
      expect(listFiles(dir)).toEqual(['B.txt', 'a.txt', 'b/z.txt']);
      writeZip(join(dir, 'one.zip'), dir, ['b/z.txt', 'a.txt', 'B.txt']);
      writeZip(join(dir, 'two.zip'), dir, ['a.txt', 'B.txt', 'b/z.txt']);
      const one = readFileSync(join(dir, 'one.zip'));
      expect(Buffer.compare(one, readFileSync(join(dir, 'two.zip')))).toBe(0);
      expect(Object.keys(unzipSync(one))).toEqual(['B.txt', 'a.txt', 'b/z.txt']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
