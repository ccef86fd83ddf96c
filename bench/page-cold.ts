/**
 * `npm run bench:page -- --cold-cues [--runs N]`: what the cue probe's first test of a page costs
 * in a page that never ran it, in Chromium: the no-mention page's text spaced two ways, and the
 * bundled cues of every kind (what the probe tests for a reader who marks places or topics; by
 * default it tests three kinds' cues, a shorter expression) tested as the flat list the build
 * makes and as the trie it made before. Each
 * variant runs in a fresh browser context on the page served over loopback (cross-origin isolated,
 * so `performance.now()` is fine-grained); the medians of the runs are printed. Asserts nothing.
 * `--cold-script` (below) times whole scripts the same way.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { browserBinary } from '../test/e2e/harness/paths.ts';
import { cueSource, cuesOf } from '../src/core/cues.ts';
import { plainArticle } from './page-pages.ts';

const LETTER = 'a-z0-9\\u00df-\\u00f6\\u00f8-\\u024f\\u0430-\\u045f';

interface Trie {
  [unit: string]: Trie;
}

/** The cues as a trie-shaped expression (` (?:le(?:vad|…)|…)|…`): how the build wrote them before. */
function trieSource(cues: readonly string[]): string {
  const root: Trie = {};
  for (const cue of cues) {
    let t = root;
    for (const ch of cue) t = t[ch] ??= {};
    t[''] = {};
  }
  const unit = (ch: string) => (ch.charCodeAt(0) < 0x80 ? ch : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const walk = (t: Trie): string => {
    const keys = Object.keys(t);
    if (keys.length === 0 || '' in t) return '';
    const alts = keys.map((k) => unit(k) + walk(t[k]!));
    return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  };
  return walk(root);
}

/** Per kind, the bundled entities' cues, from the entity registry. */
function bundledCues(root: string): string[][] {
  const { entities } = JSON.parse(readFileSync(join(root, 'data/entities.json'), 'utf8')) as { entities: { kind: string; name: string; aliases: string[] }[] };
  const byKind = new Map<string, string[]>();
  for (const e of entities) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e.name, ...e.aliases]);
  return [...byKind.values()].map((names) => cuesOf(names));
}

/** The variants: each a function of the page's text, run once in the page. */
function variants(root: string): Record<string, string> {
  const kinds = bundledCues(root);
  const flat = JSON.stringify(kinds.map(cueSource).join('|'));
  const trie = JSON.stringify(kinds.map(trieSource).join('|'));
  const spaced = `' ' + text.toLowerCase().replace(new RegExp('[^${LETTER}]{2,}|[^ ${LETTER}]', 'g'), ' ')`;
  return {
    'spacing: each run of non-letters but a lone space (as built)': `(text) => ${spaced}`,
    'spacing: each run of non-letters (before)': `(text) => ' ' + text.toLowerCase().replace(new RegExp('[^${LETTER}]+', 'g'), ' ')`,
    'spacing, then the flat expression compiled and tested (as built)': `(text) => new RegExp(${flat}).test(${spaced})`,
    'spacing, then the trie expression compiled and tested (before)': `(text) => new RegExp(${trie}).test(${spaced})`,
  };
}

/** Each variant's first run in a fresh browser context on the no-mention page, medians printed; `check` sees each run's result. */
async function coldRuns(what: string, scripts: Record<string, (run: number) => string>, runs: number, check: (name: string, r: string) => void): Promise<void> {
  const names = Object.keys(scripts);
  const html = plainArticle();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const make = scripts[names[Number(url.searchParams.get('v'))] ?? ''];
    if (!make) return void res.writeHead(404).end();
    // In the head, so the body's text is the article's alone.
    const script = `<script>${make(Number(url.searchParams.get('run')))}</script>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });
    res.end(html.replace('<script src="/bench/probe.js"></script>', '').replace('</head>', `${script}</head>`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({ executablePath: browserBinary('chromium'), headless: true });
  try {
    const ms = names.map(() => [] as number[]);
    for (let i = 0; i < runs; i++) {
      for (let v = 0; v < names.length; v++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`http://127.0.0.1:${port}/?v=${v}&run=${i}`);
        const r = (await (await page.waitForFunction(() => (window as unknown as { __cold?: unknown }).__cold)).jsonValue()) as { ms: number; r: string };
        check(names[v]!, r.r);
        ms[v]!.push(r.ms);
        await context.close();
      }
      process.stderr.write(`  ${what} ${i + 1}/${runs}\n`);
    }
    console.log(`\nThe no-mention page's ${html.replace(/<[^>]+>/g, '').length} characters, ${what}, first run in a fresh page, Chromium, ${runs} runs each:\n`);
    console.log('| variant | median | p25 | p75 |\n|---|---|---|---|');
    names.forEach((name, v) => {
      const s = [...ms[v]!].sort((a, b) => a - b);
      const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!.toFixed(3);
      console.log(`| ${name} | ${at(0.5)} ms | ${at(0.25)} ms | ${at(0.75)} ms |`);
    });
  } finally {
    await browser.close();
    server.close();
  }
}

export async function coldCues(root: string, runs: number): Promise<void> {
  const all = variants(root);
  const scripts = Object.fromEntries(Object.entries(all).map(([name, fn]) => [name, () =>
    `addEventListener('load', () => { const f = ${fn}; const text = document.body.textContent;` +
    ` const t0 = performance.now(); const r = f(text); window.__cold = { ms: performance.now() - t0, r: String(r).length > 5 ? 'text' : String(r) }; });`]));
  await coldRuns('cold cues', scripts, runs, (name, r) => {
    if (r === 'true') throw new Error(`${name}: a cue held on the no-mention page`);
  });
}

/**
 * `npm run bench:page -- --cold-script FILE... [--runs N]`: each file (a content script, say, or
 * one with a part taken out) compiled and run once in a fresh page after its load, as the
 * browser runs a content script at document_idle, timed from outside with the compile included.
 * It runs in the page's own world, not an isolated one, and no extension API exists there: a
 * script that calls one fails. The source gets a comment unique to the run, so no compile cache
 * of an earlier run answers.
 */
export async function coldScripts(files: string[], runs: number): Promise<void> {
  const scripts = Object.fromEntries(files.map((file) => {
    const src = readFileSync(file, 'utf8');
    return [file, (run: number) => `addEventListener('load', () => setTimeout(() => { const s = document.createElement('script');` +
      ` s.textContent = ${JSON.stringify(src).replace(/</g, '\\u003c')} + '\\n//' + ${run} + Math.random();` +
      ` let failed = ''; addEventListener('error', (e) => { failed = String(e.message); });` +
      ` const t0 = performance.now(); document.head.appendChild(s); const ms = performance.now() - t0; window.__cold = { ms, r: failed }; }, 300));`];
  }));
  await coldRuns('cold script', scripts, runs, (name, r) => {
    if (r) throw new Error(`${name}: ${r}`);
  });
}
