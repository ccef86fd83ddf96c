/** The page benchmark's table, printed and written into the "## Page" section of bench/RESULTS.md. */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Sample } from './page-measure.ts';
import type { SoakPoint } from './page-soak.ts';

/** Medians for one browser. */
export interface BrowserFigures {
  name: string;
  version: string;
  big: { ext: Sample; base: Sample };
  plain: { ext: Sample; base: Sample };
  mark: Sample;
  feed: { ext: Sample; base: Sample };
  /** The mutation-storm soak, sampled over time; absent when skipped (`--soak 0`). */
  soak?: { seconds: number; ext: SoakPoint[]; base: SoakPoint[] };
  errors: string[];
}

/** The content script's size, and its minified bytes by origin (package, generated module or src folder). */
export interface BundleFigures {
  raw: number;
  gzip: number;
  parts: Record<string, number>;
}

const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? 'n/a' : `${x.toFixed(x < 10 ? 1 : 0)} ms`);
const mb = (x: number) => (Number.isNaN(x) ? 'n/a' : `${(x / 1048576).toFixed(2)} MB`);
const pct = (x: number) => (Number.isNaN(x) ? 'n/a' : `${x.toFixed(1)}%`);
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;
const ratio = (a: number, b: number) => (Number.isNaN(a) || Number.isNaN(b) || b <= 0 ? 'n/a' : `${(a / b).toFixed(0)}x`);

/** Added main thread: CDP's TaskDuration difference in Chromium, the content script's own account of its work where there is no CDP. */
function added(f: BrowserFigures, page: 'big' | 'plain'): number {
  const { ext } = f[page];
  return Number.isNaN(ext.task!) ? ext.workMs! : ext.taskAdded!;
}

function rows(f: BrowserFigures): string[][] {
  const cdp = !Number.isNaN(f.big.ext.task!);
  const bigAdded = added(f, 'big');
  const markAdded = cdp ? f.mark.task! : f.mark.markMs!;
  const spread = (s: Sample) => (cdp ? `; runs ranged ${ms(s.taskAddedMin)} to ${ms(s.taskAddedMax)}` : '');
  const how = cdp ? `CDP TaskDuration, median of (with − without) pairs${spread(f.big.ext)}` : 'content script\'s own account: its slices and mutation callbacks';
  return [
    ['1 MB page: main thread added', ms(bigAdded), ms(markAdded), ratio(markAdded, bigAdded), how],
    ['1 MB page: script time added', ms(f.big.ext.scriptAdded), ms(f.mark.script), ratio(f.mark.script!, f.big.ext.scriptAdded!), 'CDP ScriptDuration, paired'],
    ['1 MB page: longest task after load (with / without)', `${ms(f.big.ext.longAfterLoad)} / ${ms(f.big.base.longAfterLoad)}`, ms(f.mark.longest), '', 'longtask observer; n/a in Firefox'],
    ['1 MB page: longest slice of ours', ms(f.big.ext.sliceMax), ms(f.mark.markMs), ratio(f.mark.markMs!, f.big.ext.sliceMax!), `${f.big.ext.slices?.toFixed(0)} slices, ${ms(f.big.ext.sliceMs)} in all`],
    ['1 MB page: first mark / all marked (since navigation)', `${ms(f.big.ext.firstMark)} / ${ms(f.big.ext.allMarked)}`, `${ms(f.mark.markMs)} (one task)`, '', `load event at ${ms(f.big.ext.load)}; ${f.big.ext.ranges?.toFixed(0)} marks, ${f.big.ext.painted?.toFixed(0)} painted near the view (mark.js: ${f.mark.marks?.toFixed(0)})`],
    ['1 MB page: JS heap added', mb(f.big.ext.heapAdded!), mb(f.mark.heapAdded!), '', 'after a GC, paired; n/a in Firefox'],
    ['no-mention page: main thread added', ms(added(f, 'plain')), '', '', cdp ? `CDP TaskDuration, parse and evaluation included, paired${spread(f.plain.ext)}; the page is not flagged, as no real page is` : 'n/a in Firefox (no parse/eval figure, and an unflagged page gets no slice account)'],
    ['no-mention page: script time added', ms(f.plain.ext.scriptAdded), '', '', cdp ? 'CDP ScriptDuration, paired: JS alone, steadier than TaskDuration (which an empty content script moves by as much)' : 'n/a in Firefox'],
    ['card open after hover intent', ms(f.big.ext.cardOpen), '', '', 'intent (200 ms rest) to card in DOM, lookup round trip included'],
    ['feed: new mention marked (median / p95 / max)', `${ms(f.feed.ext.latMedian)} / ${ms(f.feed.ext.latP95)} / ${ms(f.feed.ext.latMax)}`, '', '', `${f.feed.ext.unmarked?.toFixed(0)} of the ${f.feed.ext.markable?.toFixed(0)} chunks that name something marked by default never seen marked (${((f.feed.ext.chunks ?? 0) - (f.feed.ext.markable ?? 0)).toFixed(0)} of ${f.feed.ext.chunks?.toFixed(0)} name only places)`],
    ['feed: CPU added during the appends', cdp ? pct(f.feed.ext.cpuAdded!) : pct(f.feed.ext.workCpu!), '', '', cdp ? `TaskDuration share: ${pct(f.feed.ext.cpu!)} with, ${pct(f.feed.base.cpu!)} without; paired run by run, the view following the newest chunk; the benchmark's own poll (${pct(f.feed.ext.probeCpu!)} with) taken out` : `share of our work timed in the page: slices and mutation callbacks (slices alone ${pct(f.feed.ext.sliceCpu!)})`],
    ['feed: longest slice of ours', ms(f.feed.ext.sliceMax), '', '', ''],
  ];
}

/** The soak over time: with and without, side by side, one row per sample. */
function soakTable(s: NonNullable<BrowserFigures['soak']>): string {
  const mbs = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? 'n/a' : `${x.toFixed(1)} MB`);
  const body = s.ext.map((e, i) => {
    const b = s.base[i];
    return [`${e.at} s`, pct(e.cpu), pct(b?.cpu ?? NaN), pct(e.workCpu), mbs(e.heapMB), mbs(b?.heapMB), `${e.found} / ${e.indexed} / ${e.painted}`];
  });
  return table(['time', 'CPU with', 'CPU without', 'our work (slices and mutation callbacks)', 'JS heap with', 'JS heap without', 'found / index entries / painted'], body);
}

function table(head: string[], body: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** The whole section as Markdown. */
export function renderReport(figures: BrowserFigures[], bundle: BundleFigures, opts: { runs: number; command: string; notes?: string }): string {
  const load = execFileSync('uptime', { encoding: 'utf8' }).trim();
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const parts = Object.entries(bundle.parts).sort((a, b) => b[1] - a[1]);
  const out = [
    '## Page',
    '',
    `${new Date().toISOString().slice(0, 10)} · \`${opts.command}\` · ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GB · ` +
      `load at the end: \`${load}\` · medians of ${opts.runs + 2} runs on the 1 MB and no-mention pages, ${opts.runs} of mark.js and of the feed`,
    '',
    `Browsers: ${figures.map((f) => f.version).join('; ')}. Pages served over loopback; "without" is the same browser with an empty extension. ` +
      'mark.js 8.11.1 marks the same 25 aliases on the same page in the browser without FactLens (acrossElements, accuracy "exactly").',
    '',
  ];
  for (const f of figures) {
    out.push(`### ${f.name}`, '', table(['figure', 'FactLens', 'mark.js', 'mark.js / FactLens', 'how'], rows(f)), '');
    if (f.soak) {
      out.push(`Mutation-storm soak, ${f.soak.seconds} s (about 1,000 changes a second to a page of 200 paragraphs; each row is the interval before it; heap after a collection):`, '', soakTable(f.soak), '');
    }
    if (f.errors.length) out.push(`Extension errors during the run: ${f.errors.join('; ')}`, '');
  }
  out.push('### Content script', '', `dist/chrome/content.js: ${kb(bundle.raw)} raw, ${kb(bundle.gzip)} gzipped (level 9).`, '',
    table(['from', 'minified bytes', 'share'], parts.map(([k, v]) => [k, String(v), pct((v / bundle.raw) * 100)])), '');
  if (opts.notes) out.push(opts.notes.trim(), '');
  return out.join('\n');
}

/** Replaces (or appends) the "## Page" section, leaving every other section as it is. */
export function writeResults(file: string, section: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
  const start = text.indexOf('\n## Page\n');
  let next = start < 0 ? -1 : text.indexOf('\n## ', start + 1);
  if (next < 0) next = text.length;
  const body = start < 0 ? `${text.trimEnd()}\n\n${section}\n` : `${text.slice(0, start)}\n${section}\n${text.slice(next)}`;
  writeFileSync(file, body);
}
