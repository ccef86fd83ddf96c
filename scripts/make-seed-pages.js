#!/usr/bin/env node
// Writes the seed articles (data/sources/*.txt with their .meta.json) as plain web pages,
// test/fixtures/pages/seed-NNN.html, plus an index.html linking them. Deterministic: the
// output depends on the sources alone, and is committed.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const sourcesDir = join(root, 'data/sources');
const outDir = join(root, 'test/fixtures/pages');

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** An article as a page: its title as <h1>, each blank-line-separated block as a <p>. */
export function articlePage(title, text) {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  if (blocks[0] === title.trim()) blocks.shift();
  const paragraphs = blocks.map((b) => `<p>${b.split('\n').map((l) => escapeHtml(l.trim())).join('<br>\n')}</p>`);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body{font:18px/1.55 Georgia,serif;max-width:40em;margin:2em auto;padding:0 1em;color:#222}</style>',
    '</head>',
    '<body>',
    '<article>',
    `<h1>${escapeHtml(title)}</h1>`,
    ...paragraphs,
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function indexPage(entries) {
  const items = entries.map(({ file, title }) => `<li><a href="${escapeHtml(file)}">${escapeHtml(title)}</a></li>`);
  return [
    '<!doctype html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
    '<title>FactLens test pages</title>', '</head>', '<body>', '<h1>FactLens test pages</h1>',
    '<ul>', ...items, '</ul>', '</body>', '</html>', '',
  ].join('\n');
}

function main() {
  mkdirSync(outDir, { recursive: true });
  // The five seed articles; later sources are not pages the specs know.
  const ids = readdirSync(sourcesDir).filter((f) => f.endsWith('.txt')).sort().slice(0, 5);
  const entries = ids.map((name, i) => {
    const text = readFileSync(join(sourcesDir, name), 'utf8');
    const meta = JSON.parse(readFileSync(join(sourcesDir, name.replace(/\.txt$/, '.meta.json')), 'utf8'));
    const title = meta.title || text.trim().split('\n')[0];
    const file = `seed-${String(i).padStart(3, '0')}.html`;
    writeFileSync(join(outDir, file), articlePage(title, text));
    return { file, title };
  });
  writeFileSync(join(outDir, 'index.html'), indexPage(entries));
  console.log(`wrote ${entries.length} seed pages and index.html to ${outDir}`);
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) main();
