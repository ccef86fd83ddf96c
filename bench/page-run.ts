/**
 * `npm run bench:page [-- --runs N] [-- --browsers chromium,firefox] [-- --soak SECONDS] [-- --write]`: FactLens on
 * big, plain and live pages in real Chromium and Firefox ESR, against the same pages without it
 * and against mark.js. Prints a table; `--write` also puts it in bench/RESULTS.md ("## Page").
 * `-- --feed [--page longFeed]` and `-- --storm` measure only the live feed (or the feed read for a while) or the mutation storm. `-- --profile [--stand-in NAME]`,
 * `-- --trace` and `-- --floor` (bench/page-profile.ts, bench/page-trace.ts) look into one page;
 * `-- --cold-cues` and `-- --cold-script FILE...` (bench/page-cold.ts) time the cue probe's first test, or a
 * whole script's compile and first run, in a fresh page.
 * It reports numbers and asserts nothing.
 */
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserName, TestBrowser } from '../test/e2e/harness/types.ts';
import { feedSample, loadSample, markSample, type Sample } from './page-measure.ts';
import { DEFAULT_SETTINGS } from '../src/shared/settings.ts';
import { BENCH_ALIASES, markableChunks } from './page-pages.ts';
import { renderReport, writeResults, type BrowserFigures, type BundleFigures } from './page-report.ts';
import { coldCues, coldScripts } from './page-cold.ts';
import { profilePage, withStandIn } from './page-profile.ts';
import { highlightFloor, tracePage } from './page-trace.ts';
import { soakSample } from './page-soak.ts';
import { launchPair, PAGES } from './page-setup.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(flag('--runs') ?? 3);
/** Length of the mutation-storm soak in seconds; 0 skips it. */
const soakSeconds = Number(flag('--soak') ?? 60);
const browsers = (flag('--browsers') ?? 'chromium,firefox').split(',') as BrowserName[];
const dist: Record<BrowserName, string> = { chromium: join(root, 'dist/chrome'), firefox: join(root, 'dist/firefox') };

/** Field-by-field medians of several runs. */
function median(samples: Sample[]): Sample {
  const out: Sample = {};
  for (const key of Object.keys(samples[0] ?? {})) {
    const v = samples.map((s) => s[key]!).filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
    out[key] = v.length ? (v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2) : NaN;
  }
  return out;
}

async function repeat(label: string, n: number, fn: () => Promise<Sample>): Promise<Sample> {
  const all: Sample[] = [];
  for (let i = 0; i < n; i++) {
    all.push(await fn());
    process.stderr.write(`  ${label} ${i + 1}/${n}\n`);
  }
  return median(all);
}

/**
 * `n` runs of `sample` without FactLens and with it, alternating, so load from elsewhere on the
 * machine falls on both alike; run i of one side is paired with run i of the other.
 */
async function paired<T>(label: string, n: number, pair: { ext: TestBrowser; base: TestBrowser }, sample: (b: TestBrowser, withUs: boolean) => Promise<T>): Promise<{ ext: T[]; base: T[] }> {
  const out = { ext: [] as T[], base: [] as T[] };
  for (let i = 0; i < n; i++) {
    out.base.push(await sample(pair.base, false));
    out.ext.push(await sample(pair.ext, true));
    process.stderr.write(`  ${label} ${i + 1}/${n}\n`);
  }
  return out;
}

async function measure(name: BrowserName): Promise<BrowserFigures> {
  const pair = await launchPair(name, dist[name], root);
  try {
    const { ext, base } = pair;
    const big = await paired(`${name} big`, runs + 2, pair, (b, withUs) => loadSample(b, PAGES.big, withUs ? 'Dmitry Peskov' : undefined));
    const plain = await paired(`${name} plain`, runs + 2, pair, (b) => loadSample(b, PAGES.plain));
    // Each with-run minus the without-run just before it: the page's own load varies by more
    // than our work under load, and pairing cancels most of that.
    for (const page of [big, plain]) {
      page.ext.forEach((s, i) => {
        s.taskAdded = s.task! - page.base[i]!.task!;
        s.scriptAdded = s.script! - page.base[i]!.script!;
        s.heapAdded = s.heap! - page.base[i]!.heap!;
      });
      const added = page.ext.map((s) => s.taskAdded!).filter((x) => !Number.isNaN(x));
      page.ext.forEach((s) => {
        s.taskAddedMin = Math.min(...added);
        s.taskAddedMax = Math.max(...added);
      });
    }
    const mark = await repeat(`${name} mark.js`, runs, () => markSample(base, PAGES.big, BENCH_ALIASES));
    const feed = await paired(`${name} feed`, runs, pair, (b) => feedSample(b, PAGES.feed, markable));
    feed.ext.forEach((s, i) => (s.cpuAdded = s.cpu! - feed.base[i]!.cpu!));
    let soak: BrowserFigures['soak'];
    if (soakSeconds > 0) {
      process.stderr.write(`  ${name} soak ${soakSeconds} s without, then with\n`);
      const soakBase = await soakSample(base, PAGES.storm, soakSeconds);
      soak = { seconds: soakSeconds, base: soakBase, ext: await soakSample(ext, PAGES.storm, soakSeconds) };
    }
    return {
      name,
      version: await browserVersion(name),
      big: { ext: median(big.ext), base: median(big.base) },
      plain: { ext: median(plain.ext), base: median(plain.base) },
      mark,
      feed: { ext: median(feed.ext), base: median(feed.base) },
      soak,
      errors: ext.extensionErrors().map((e) => e.text),
    };
  } finally {
    await pair.close();
  }
}

async function browserVersion(name: BrowserName): Promise<string> {
  const { execFileSync } = await import('node:child_process');
  const bin = name === 'chromium' ? '/usr/lib/chromium/chromium' : '/usr/bin/firefox-esr';
  try {
    return execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return name;
  }
}

if (args.includes('--profile')) {
  const standIn = flag('--stand-in');
  const ext = standIn ? withStandIn(flag('--dist') ?? dist.chromium, standIn) : null;
  try {
    await profilePage(root, ext?.dir ?? flag('--dist') ?? dist.chromium, (flag('--page') ?? 'plain') as keyof typeof PAGES, runs, !args.includes('--no-sampling'), args.includes('--lines'));
  } finally {
    ext?.done();
  }
  process.exit(0);
}
if (args.includes('--cold-cues')) {
  await coldCues(root, runs);
  process.exit(0);
}
if (args.includes('--cold-script')) {
  await coldScripts(args.slice(args.indexOf('--cold-script') + 1).filter((a) => a.endsWith('.js')), runs);
  process.exit(0);
}
if (args.includes('--floor')) {
  await highlightFloor(root, flag('--dist') ?? dist.chromium, (flag('--page') ?? 'big') as keyof typeof PAGES, runs);
  process.exit(0);
}
if (args.includes('--trace')) {
  await tracePage(root, flag('--dist') ?? dist.chromium, (flag('--page') ?? 'big') as keyof typeof PAGES, runs, flag('--detail')?.split(',') ?? []);
  process.exit(0);
}

const content = readFileSync(join(dist.chromium, 'content.js'));
const bundle: BundleFigures = {
  raw: content.length,
  gzip: gzipSync(content, { level: 9 }).length,
  // Written by scripts/bench-page.js from esbuild's metafile of the content script.
  parts: JSON.parse(readFileSync(join(root, '.cache/bench/page/bundle-parts.json'), 'utf8')) as BundleFigures['parts'],
};
/** Aliases of the entities marked under the default settings, from the built dataset. */
function markedAliases(): Set<string> {
  const ds = JSON.parse(readFileSync(join(root, 'dist/gen/dataset.json'), 'utf8')) as { entities: { kind: string; name: string; aliases: string[] }[] };
  const kinds = new Set<string>(DEFAULT_SETTINGS.kinds);
  return new Set(ds.entities.filter((e) => kinds.has(e.kind)).flatMap((e) => [e.name, ...e.aliases]));
}
const markable = markableChunks(markedAliases());
if (args.includes('--feed') || args.includes('--storm')) {
  await liveOnly(args.includes('--storm'));
  process.exit(0);
}

/**
 * `-- --feed`: only the live feed, with and without, paired run by run, in each browser asked for;
 * `-- --storm`: only the mutation storm (`--soak` seconds, 10 unless given), the same way.
 */
async function liveOnly(storm: boolean): Promise<void> {
  const f = (x: number | undefined) => (x ?? NaN).toFixed(1);
  const seconds = Number(flag('--soak') ?? 10);
  for (const name of browsers) {
    const pair = await launchPair(name, flag('--dist') ?? dist[name], root);
    try {
      if (storm) {
        const r = await paired(`${name} storm`, runs, pair, (b) => soakSample(b, PAGES.storm, seconds));
        r.ext.forEach((ext, i) => console.log(`${name} storm run ${i + 1}: ` + ext.map((e, k) => `at ${e.at} s cpu with ${f(e.cpu)} %, without ${f(r.base[i]![k]?.cpu)} %, our slices ${f(e.sliceCpu)} %, our work ${f(e.workCpu)} %, painted ${e.painted}`).join('; ')));
      } else {
        const feedPath = flag('--page') === 'longFeed' ? PAGES.longFeed : PAGES.feed;
        const r = await paired(`${name} feed`, runs, pair, (b) => feedSample(b, feedPath, markable));
        r.ext.forEach((ext, i) => console.log(`${name} feed run ${i + 1}: cpu added ${f(ext.cpu! - r.base[i]!.cpu!)} % (with ${f(ext.cpu)}, without ${f(r.base[i]!.cpu)}, our slices ${f(ext.sliceCpu)} %, our work ${f(ext.workCpu)} %, the probe's own ${f(ext.probeCpu)} % with and ${f(r.base[i]!.probeCpu)} % without taken out), latency median ${f(ext.latMedian)} ms, p95 ${f(ext.latP95)} ms, max ${f(ext.latMax)} ms, unmarked ${ext.unmarked}/${ext.markable}, painted ${ext.painted} of ${ext.shown} marks at the end`));
      }
    } finally {
      await pair.close();
    }
  }
}

const figures: BrowserFigures[] = [];
for (const name of browsers) figures.push(await measure(name));
// What the numbers mean and what to change: written by hand, kept with each regenerated table.
const notesFile = join(root, 'bench/page-notes.md');
const notes = existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : undefined;
const report = renderReport(figures, bundle, { runs, command: `npm run bench:page${args.length ? ` -- ${args.join(' ')}` : ''}`, notes });
console.log(report);
if (args.includes('--write')) writeResults(join(root, 'bench/RESULTS.md'), report);
