// Step 3 of the build: the extension's entrypoints, bundled once per browser.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

/** Script entrypoints: output name, source, and whether the whole dataset may reach it. */
export const ENTRIES = [
  { name: 'content', src: 'src/content/index.ts', dataset: false },
  { name: 'background', src: 'src/background/index.ts', dataset: true },
  { name: 'popup', src: 'src/popup/index.tsx', dataset: false, html: 'src/popup/popup.html' },
  { name: 'options', src: 'src/options/index.tsx', dataset: false, html: 'src/options/options.html' },
  { name: 'viewer', src: 'src/viewer/index.tsx', dataset: false, html: 'src/viewer/viewer.html' },
];

export const TARGETS = { chrome: ['chrome105'], firefox: ['firefox142'] };

/**
 * Generated data reaches the bundles as `factlens:*` modules (declared in
 * src/shared/generated.d.ts). The content script may not import the whole dataset: its
 * facts come from the background, so the script injected into every page stays small.
 */
function generatedModules(data, allowDataset) {
  return {
    name: 'factlens-generated',
    setup(build) {
      build.onResolve({ filter: /^factlens:/ }, (args) => ({ path: args.path, namespace: 'factlens-generated' }));
      build.onLoad({ filter: /.*/, namespace: 'factlens-generated' }, (args) => {
        switch (args.path) {
          case 'factlens:tables':
            return { contents: `export default ${data.tablesText};`, loader: 'js' };
          case 'factlens:entities':
            return { contents: JSON.stringify(data.entities), loader: 'json' };
          case 'factlens:dataset':
            if (!allowDataset) return { errors: [{ text: 'only the background may import factlens:dataset (the content script and pages ask it by message)' }] };
            return { contents: data.datasetText, loader: 'json' };
          default:
            return { errors: [{ text: `unknown generated module ${args.path}` }] };
        }
      });
    },
  };
}

/** Reads the generated files once; the slim entity list is what the content script needs to name its marks. */
export function loadGeneratedData(paths) {
  const datasetText = readFileSync(paths.dataset, 'utf8');
  const dataset = JSON.parse(datasetText);
  const entities = dataset.entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind }));
  const tablesText = readFileSync(paths.tables, 'utf8').trim();
  return { datasetText, entities, tablesText, version: dataset.version };
}

/** Bundles every entrypoint into `outDir` for one browser, and copies the pages' HTML beside them. */
export async function bundleExtension(root, browser, outDir, data) {
  mkdirSync(join(root, outDir), { recursive: true });
  const common = {
    absWorkingDir: root,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: TARGETS[browser],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.svg': 'text' },
    logLevel: 'warning',
    metafile: true,
  };
  const results = [];
  for (const e of ENTRIES) {
    const r = await esbuild.build({
      ...common,
      entryPoints: { [e.name]: e.src },
      outdir: outDir,
      plugins: [generatedModules(data, e.dataset)],
    });
    results.push(r.metafile);
    if (e.html) copyFileSync(join(root, e.html), join(root, outDir, `${e.name}.html`));
  }
  return results;
}
