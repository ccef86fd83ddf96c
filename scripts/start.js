#!/usr/bin/env node
// `npm start`: builds, writes a demo site from the bundled sources, serves it on loopback and
// opens Chromium with the extension loaded on it. Without a display it says how to load the
// extension by hand instead.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowsers } from './browsers.js';
import { articlePage, escapeHtml } from './make-seed-pages.js';

const root = new URL('..', import.meta.url).pathname;
const demoDir = join(root, 'dist/demo');

function build() {
  const r = spawnSync(process.execPath, [join(root, 'scripts/build.js')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** One page per source (the cleaned text the cards cite), and an index that explains what to try. */
function writeDemo() {
  const dataset = JSON.parse(readFileSync(join(root, 'dist/gen/dataset.json'), 'utf8'));
  rmSync(demoDir, { recursive: true, force: true });
  mkdirSync(demoDir, { recursive: true });
  const items = dataset.sources.map((s, i) => {
    const file = `article-${String(i + 1).padStart(2, '0')}.html`;
    writeFileSync(join(demoDir, file), articlePage(s.title, s.text));
    const by = [s.publisher, s.published].filter(Boolean).join(', ');
    return `<li><a href="${file}">${escapeHtml(s.title)}</a>${by ? ` <small>(${escapeHtml(by)})</small>` : ''}</li>`;
  });
  writeFileSync(join(demoDir, 'index.html'), [
    '<!doctype html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', '<title>FactLens demo</title>',
    '<style>body{font:17px/1.55 system-ui,sans-serif;max-width:40em;margin:2em auto;padding:0 1em}</style>',
    '</head>', '<body>', '<h1>FactLens demo</h1>',
    '<p>The articles FactLens is built from. Open one: names such as the Helsinki summit, the Levada Center or Dmitry Peskov are underlined; hover or focus one for its card. The toolbar button lists what a page mentions and searches everything.</p>',
    '<ul>', ...items, '</ul>', '</body>', '</html>', '',
  ].join('\n'));
  return dataset.sources.length;
}

/** Serves the demo folder on 127.0.0.1 (Firefox does not run content scripts on file:// pages). */
function serve() {
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    if (!/^[\w.-]+\.html$/.test(name)) return void res.writeHead(404).end();
    try {
      const body = readFileSync(join(demoDir, name));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function printManualSteps(url) {
  console.log(`
No display here ($DISPLAY is not set), so no browser is opened. To try FactLens by hand:
  Chrome/Chromium: open chrome://extensions, switch on "Developer mode", click "Load unpacked"
                   and choose ${join(root, 'dist/chrome')}
  Firefox:         open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on..."
                   and choose ${join(root, 'dist/firefox/manifest.json')}
  Then open the demo pages: ${url ?? `${demoDir}/index.html`}`);
}

build();
const count = writeDemo();
console.log(`start: demo with ${count} articles in ${demoDir}`);
const { found } = findBrowsers();
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  printManualSteps(null);
  process.exit(0);
}
if (!found.chromium) {
  console.log('start: Chromium is not installed (sudo apt-get install -y chromium).');
  printManualSteps(null);
  process.exit(0);
}
const server = await serve();
const url = `http://127.0.0.1:${server.address().port}/index.html`;
const { chromium } = await import('playwright-core');
const profile = mkdtempSync(join(tmpdir(), 'factlens-start-'));
const ext = join(root, 'dist/chrome');
const context = await chromium.launchPersistentContext(profile, {
  executablePath: found.chromium,
  headless: false,
  viewport: null,
  args: ['--no-first-run', '--disable-sync', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
console.log(`start: Chromium is open on ${url} with FactLens loaded. Close the browser to stop.`);
await new Promise((resolve) => context.on('close', resolve));
server.close();
rmSync(profile, { recursive: true, force: true });
