#!/usr/bin/env node
// `npm run build`: dataset and matcher tables, then the extension for Chrome and Firefox,
// their manifests, and reproducible zips (plus a sources zip, since the bundles are minified).
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuildError, buildGeneratedData, requireInputs } from './lib/generated-data.js';
import { ENTRIES, bundleExtension, loadGeneratedData } from './lib/bundle-extension.js';
import { writeLocales } from './lib/locales.js';
import { browserManifest } from './lib/manifests.js';
import { listFiles, writeZip } from './lib/zip.js';

const root = new URL('..', import.meta.url).pathname;
const ICON_SIZES = [16, 32, 48, 128];
const BROWSERS = ['chrome', 'firefox'];
/** What a reviewer needs to rebuild the bundles from source. */
const SOURCE_PATHS = ['README.md', 'package.json', 'package-lock.json', 'tsconfig.json', 'manifest.json', 'locales', 'src', 'scripts', 'data', 'icons', 'bin'];

async function main() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const base = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  requireInputs(root, [...ENTRIES.map((e) => e.src), ...ICON_SIZES.map((s) => `icons/icon-${s}.png`)]);

  const paths = await buildGeneratedData(root);
  const data = loadGeneratedData(paths);

  for (const browser of BROWSERS) {
    // Built aside and swapped in, so a browser loading dist/<browser> never sees half a build.
    const out = `dist/${browser}`;
    const tmp = `dist/.${browser}-building`;
    rmSync(join(root, tmp), { recursive: true, force: true });
    await bundleExtension(root, browser, tmp, data);
    mkdirSync(join(root, tmp, 'icons'), { recursive: true });
    for (const s of ICON_SIZES) copyFileSync(join(root, `icons/icon-${s}.png`), join(root, tmp, `icons/icon-${s}.png`));
    writeLocales(root, join(root, tmp));
    writeFileSync(join(root, tmp, 'manifest.json'), browserManifest(base, browser, pkg.version));
    const zip = `dist/factlens-${browser}-${pkg.version}.zip`;
    writeZip(join(root, `${zip}.tmp`), join(root, tmp), listFiles(join(root, tmp)));
    const old = `dist/.${browser}-old`;
    rmSync(join(root, old), { recursive: true, force: true });
    if (existsSync(join(root, out))) renameSync(join(root, out), join(root, old));
    renameSync(join(root, tmp), join(root, out));
    rmSync(join(root, old), { recursive: true, force: true });
    renameSync(join(root, `${zip}.tmp`), join(root, zip));
    console.log(`build: ${out}/ and ${zip}`);
  }

  const sources = SOURCE_PATHS.filter((p) => existsSync(join(root, p))).flatMap((p) =>
    statSync(join(root, p)).isDirectory() ? listFiles(join(root, p), root) : [p]);
  const srcZip = `dist/factlens-sources-${pkg.version}.zip`;
  writeZip(join(root, `${srcZip}.tmp`), root, sources);
  renameSync(join(root, `${srcZip}.tmp`), join(root, srcZip));
  console.log(`build: ${srcZip} (for store review: npm ci && npm run build)`);
}

main().catch((err) => {
  if (err instanceof BuildError) console.error(`build: ${err.message}`);
  else if (err?.errors) console.error('build: bundling failed (see above)');
  else console.error(err);
  process.exit(1);
});
