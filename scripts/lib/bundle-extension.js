// Step 3 of the build: the extension's entrypoints, bundled once per browser.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

/** Script entrypoints: output name, source, and whether the whole dataset may reach it. */
export const ENTRIES = [
  // The cue probe, run in every frame of every page. `eager`: nearly all its functions run on load.
  { name: 'content', src: 'src/content/index.ts', dataset: false, eager: true },
  // The page app (the matcher, its tables, marks, following the page), injected by the background into a frame on its first cue.
  { name: 'page', src: 'src/content/page-entry.ts', dataset: false },
  // The card UI, injected by the background into a frame when its first card opens.
  { name: 'card', src: 'src/content/card-host.tsx', dataset: false },
  // A flag the background registers as a content script while data packs are imported (src/content/slots.ts).
  { name: 'packs', src: 'src/content/packs-flag.ts', dataset: false },
  // A flag the background registers as a content script while the reader marks a kind that is off by default.
  { name: 'all-kinds', src: 'src/content/all-kinds-flag.ts', dataset: false },
  { name: 'background', src: 'src/background/index.ts', dataset: true },
  { name: 'popup', src: 'src/popup/index.tsx', dataset: false, title: 'FactLens' },
  { name: 'options', src: 'src/options/index.tsx', dataset: false, title: 'FactLens options' },
  { name: 'viewer', src: 'src/viewer/index.tsx', dataset: false, title: 'FactLens source' },
  // The timeline in a tab, for a card in a web page (which cannot open the popup).
  { name: 'timeline', src: 'src/popup/timeline-page.tsx', dataset: false, title: 'FactLens timeline' },
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
            return entitiesModule(build.initialOptions.absWorkingDir, data).then((contents) => ({ contents, loader: 'json' }));
          case 'factlens:cues':
            return cuesModule(build.initialOptions.absWorkingDir, data).then((contents) => ({ contents, loader: 'json' }));
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

/**
 * Per entity kind, one expression source for the cues of its aliases (src/core/cues.ts): what lets the content script
 * rule a page out before it loads its matcher. The same module computes them here (and in the background for data packs), bundled for
 * node on the fly, so build and page cannot disagree on what a cue is.
 */
async function cuesModule(root, data) {
  data.cuesText ??= sourceModule(root, 'src/core/cues.ts').then(({ cuesByKind }) => JSON.stringify(cuesByKind(data.aliases)));
  return data.cuesText;
}

/** What the page app knows of each entity (`entityInfo` in src/core/dataset-schema.ts, as data packs get it too). */
async function entitiesModule(root, data) {
  data.entitiesText ??= sourceModule(root, 'src/core/dataset-schema.ts').then(({ entityInfo }) => JSON.stringify(data.dataset.entities.map(entityInfo)));
  return data.entitiesText;
}

/** One of our TypeScript modules, bundled for node on the fly and imported. */
async function sourceModule(root, entry) {
  const r = await esbuild.build({ absWorkingDir: root, entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'warning' });
  return import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`);
}

/**
 * Valibot marks its schema builders `@__NO_SIDE_EFFECTS__`, but esbuild honours that only
 * within one file (evanw/esbuild#4369), so a module that builds schemas at its top level pulls
 * all of valibot into every bundle that imports anything from it (the content script takes
 * `ENTITY_KINDS` from the dataset schema). This marks each call of such a builder `@__PURE__`
 * in our sources, which esbuild does honour: unused schemas drop out, used ones stay as they are.
 * Only the builders valibot itself declares free of side effects are marked; `parse` and
 * `assert`, which throw, are not among them.
 */
export function valibotPure(root) {
  const lib = readFileSync(join(root, 'node_modules/valibot/dist/index.mjs'), 'utf8');
  const names = [...lib.matchAll(/@__NO_SIDE_EFFECTS__ \*\/\s*function ([\w$]+)/g)].map((m) => m[1]);
  const call = new RegExp(`(?<![\\w$.])v\\.(${names.join('|')})\\(`, 'g');
  return {
    name: 'valibot-pure',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (!/^import \* as v from 'valibot';$/m.test(text)) return undefined;
        return { contents: text.replace(call, '/* @__PURE__ */ v.$1('), loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
    },
  };
}

/** Reads the generated files once. */
export function loadGeneratedData(paths) {
  const datasetText = readFileSync(paths.dataset, 'utf8');
  const dataset = JSON.parse(datasetText);
  const aliases = dataset.entities.map((e) => ({ kind: e.kind, names: [e.name, ...e.aliases] }));
  const tablesText = readFileSync(paths.tables, 'utf8').trim();
  return { datasetText, dataset, aliases, tablesText, version: dataset.version, cuesText: undefined, entitiesText: undefined };
}

/**
 * An extension page's HTML: no inline script or style (the pages' CSP allows only our own
 * files), one mount point for preact.
 */
export function pageHtml(name, title) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<link rel="stylesheet" href="${name}.css">
<script src="${name}.js" defer></script>
</head>
<body>
<div id="app"></div>
</body>
</html>
`;
}

/** Bundles every entrypoint into `outDir` for one browser, and writes the pages' HTML beside them. */
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
    charset: 'ascii',
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
      // V8's compile hint (other engines see only a comment): the functions are compiled with the script
      // rather than parsed twice, once to skip them and again on their first call (bench/page-notes.md, "The no-mention page").
      banner: e.eager ? { js: '//# allFunctionsCalledOnLoad' } : undefined,
      outdir: outDir,
      plugins: [generatedModules(data, e.dataset), valibotPure(root)],
    });
    results.push(r.metafile);
    if (e.title) writeFileSync(join(root, outDir, `${e.name}.html`), pageHtml(e.name, e.title));
  }
  return results;
}
