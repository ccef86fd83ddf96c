/**
 * `npm run bench:page -- --profile [--runs N] [--page plain|big|feed] [--no-sampling]`: where the content script's
 * time on one page goes, in Chromium. Loads the page with CDP's sampling profiler running (50 µs)
 * and sums self time per function of content.js and page.js over the runs, and in the same runs the paired
 * TaskDuration, ScriptDuration and V8CompileDuration added against the empty extension (`--no-sampling`: those
 * alone, without the profiler's own overhead). Reports numbers and asserts nothing.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { TestBrowser } from '../test/e2e/harness/types.ts';
import { launchPair, PAGES } from './page-setup.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A blank tab in `b` with a CDP session on it (performance metrics enabled); `close()` ends both. */
export async function cdpOf(b: TestBrowser): Promise<{ cdp: CDPSession; page: Page; close(): Promise<void>; tp: Awaited<ReturnType<TestBrowser['openPage']>> }> {
  const tp = await b.openPage('about:blank');
  const page = (tp as unknown as { page: Page }).page;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return { cdp, page, tp, close: async () => (await cdp.detach().catch(() => {}), await tp.close()) };
}

/**
 * Loads `path` and waits `ms`; a feed is loaded as the benchmark runs it instead: settled, then
 * its 10 s of appended chunks and 1 s more; the storm settled, then 5 s of it.
 */
export async function visit(tp: Awaited<ReturnType<TestBrowser['openPage']>>, path: string, ms: number): Promise<void> {
  if (path === PAGES.storm) {
    await tp.goto(path);
    await sleep(1500);
    await tp.evaluate(() => (globalThis as unknown as { __bench: { startStorm(s: number): Promise<number> } }).__bench.startStorm(5));
    return;
  }
  if (path !== PAGES.feed && path !== PAGES.longFeed) {
    await tp.goto(path);
    await sleep(ms);
    return;
  }
  await tp.goto(`${path}?poll`);
  await sleep(1500);
  await tp.evaluate(() => (globalThis as unknown as { __bench: { startFeed(): Promise<void> } }).__bench.startFeed());
  await sleep(1000);
}

/** The page's CDP task, script and compile totals so far, in ms. */
export async function times(cdp: CDPSession): Promise<{ task: number; script: number; compile: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = (name: string) => (metrics.find((x) => x.name === name)?.value ?? NaN) * 1000;
  return { task: m('TaskDuration'), script: m('ScriptDuration'), compile: m('V8CompileDuration') };
}

/** One load: TaskDuration over the page's first 2.5 s and, with `profile`, the sampled profile. */
async function load(b: TestBrowser, path: string, profile: boolean): Promise<{ task: number; script: number; compile: number; profile: Profile | null }> {
  const { cdp, tp, close } = await cdpOf(b);
  try {
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
    }
    const t0 = await times(cdp);
    await visit(tp, path, 2500);
    const t1 = await times(cdp);
    const p = profile ? ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile : null;
    return { task: t1.task - t0.task, script: t1.script - t0.script, compile: t1.compile - t0.compile, profile: p };
  } finally {
    await close();
  }
}

/** Our scripts in a page: the cue probe (content.js) and the page app it wakes (page.js). */
const OURS = /\/(content|page)\.js$/;
const fileOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

/** Self time in ms per `file function@line:col` of our page scripts, plus the total. */
function selfTimes(p: Profile, into: Map<string, number>): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  for (let i = 0; i < p.samples.length; i++) {
    const n = byId.get(p.samples[i]!);
    if (!n || !OURS.test(n.callFrame.url)) continue;
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const f = n.callFrame;
    const key = `${fileOf(f.url)} ${f.functionName || '(anonymous)'}@${f.lineNumber}:${f.columnNumber}`;
    into.set(key, (into.get(key) ?? 0) + dt);
  }
}

/** Sampled self time in ms per `file:line` of our page scripts (a build without minification makes the lines readable). */
function lineTimes(p: Profile, into: Map<string, number>): void {
  const total = p.timeDeltas.reduce((a, b) => a + b, 0) / 1000;
  const perSample = total / Math.max(1, p.samples.length);
  for (const n of p.nodes) {
    if (!OURS.test(n.callFrame.url)) continue;
    for (const t of n.positionTicks ?? []) {
      const key = `${fileOf(n.callFrame.url)}:${t.line}`;
      into.set(key, (into.get(key) ?? 0) + t.ticks * perSample);
    }
  }
}

/** Runs the profile and prints the per-function table and the paired task figures. */
export async function profilePage(root: string, dist: string, page: keyof typeof PAGES, runs: number, sample = true, showLines = false): Promise<void> {
  const pair = await launchPair('chromium', dist, root);
  try {
    const added: number[] = [];
    const scriptAdded: number[] = [];
    const compileAdded: number[] = [];
    const self = new Map<string, number>();
    const lines = new Map<string, number>();
    for (let i = 0; i < runs; i++) {
      const base = await load(pair.base, PAGES[page], false);
      const ext = await load(pair.ext, PAGES[page], sample);
      added.push(ext.task - base.task);
      scriptAdded.push(ext.script - base.script);
      compileAdded.push(ext.compile - base.compile);
      if (ext.profile) selfTimes(ext.profile, self);
      if (ext.profile) lineTimes(ext.profile, lines);
      process.stderr.write(`  profile ${page} ${i + 1}/${runs}: +${(ext.task - base.task).toFixed(1)} ms\n`);
    }
    const sorted = [...added].sort((a, b) => a - b);
    const scripts = [...scriptAdded].sort((a, b) => a - b);
    const compiles = [...compileAdded].sort((a, b) => a - b);
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(`\n${page} page, Chromium, ${runs} runs: TaskDuration added median ${sorted[Math.floor(runs / 2)]!.toFixed(1)} ms (${sorted.map((x) => x.toFixed(1)).join(', ')})`);
    console.log(`ScriptDuration added median ${scripts[Math.floor(runs / 2)]!.toFixed(1)} ms (${scripts.map((x) => x.toFixed(1)).join(', ')})`);
    // V8's own compile time (parsing included), which ScriptDuration leaves out.
    console.log(`V8CompileDuration added median ${compiles[Math.floor(runs / 2)]!.toFixed(2)} ms (${compiles.map((x) => x.toFixed(2)).join(', ')})`);
    console.log(`content.js and page.js sampled self time, per run: ${(total / runs).toFixed(2)} ms\n`);
    console.log('| file function (minified) | ms per run |\n|---|---|');
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`| ${k} | ${(v / runs).toFixed(2)} |`);
    if (showLines) {
      const src = new Map(['content.js', 'page.js'].map((f) => [f, readFileSync(join(dist, f), 'utf8').split('\n')]));
      console.log('\n| file:line | ms per run | source |\n|---|---|---|');
      for (const [k, v] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
        const [file, line] = k.split(':') as [string, string];
        console.log(`| ${k} | ${(v / runs).toFixed(2)} | \`${(src.get(file)?.[Number(line) - 1] ?? '').trim().slice(0, 100)}\` |`);
      }
    }
  } finally {
    await pair.close();
  }
}

/**
 * Stand-ins for content.js, for `--stand-in NAME`: the same extension with its content script
 * replaced, so a profile says what any content script pays before FactLens's own work.
 * `empty`: one byte. `api`: what every content script that follows its settings does at least,
 * one `storage.local.get` and the two listeners (storage changes, messages from the popup).
 */
export const STAND_INS: Record<string, string> = {
  empty: ';',
  api: `(() => {
  const api = globalThis.chrome;
  api.storage.local.get(['settings', 'packCues']).then(() => {});
  api.storage.onChanged.addListener(() => {});
  api.runtime.onMessage.addListener(() => {});
})();
`,
  // The parts of \`api\` apart: touching the bindings, the one read, the two listeners.
  touch: `void globalThis.chrome.runtime.id;\n`,
  get: `globalThis.chrome.storage.local.get(['settings', 'packCues']).then(() => {});\n`,
  listen: `(() => {
  const api = globalThis.chrome;
  api.storage.onChanged.addListener(() => {});
  api.runtime.onMessage.addListener(() => {});
})();
`,
  send: `globalThis.chrome.runtime.sendMessage({ type: 'none' }).catch(() => {});\n`,
  // What any script that reads a page's text pays, with no extension API: the first touch of the
  // page from the isolated world, the body's text, and a MutationObserver to follow it.
  read: `void document.body.textContent.length;\n`,
  observe: `new MutationObserver(() => {}).observe(document, { childList: true, subtree: true, characterData: true });\n`,
  readobserve: `void document.body.textContent.length;
new MutationObserver(() => {}).observe(document, { childList: true, subtree: true, characterData: true });
`,
  // What any script that marks text across elements pays at least to read it: every text node of
  // the body visited and its string read once, nothing matched, nothing marked.
  walk: `(() => {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n = 0;
  for (let t = w.nextNode(); t; t = w.nextNode()) n += t.data.length;
  void n;
})();
`,
};

/** A copy of the built extension in a temporary folder with content.js replaced by a stand-in; `done()` removes it. */
export function withStandIn(dist: string, name: string): { dir: string; done(): void } {
  const body = STAND_INS[name];
  if (body === undefined) throw new Error(`--stand-in: one of ${Object.keys(STAND_INS).join(', ')}`);
  const top = mkdtempSync(join(tmpdir(), 'factlens-stand-in-'));
  const dir = join(top, 'ext');
  cpSync(dist, dir, { recursive: true });
  writeFileSync(join(dir, 'content.js'), body);
  return { dir, done: () => rmSync(top, { recursive: true, force: true }) };
}
