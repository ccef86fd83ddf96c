/**
 * `npm run bench:page -- --trace [--runs N] [--page big|plain|feed] [--dist DIR]`: what Chromium's
 * renderer main thread does on one page, with FactLens and without. Records a trace of each load
 * (devtools.timeline categories), takes the page's renderer main thread, and sums the self time of
 * each event name (style, layout, paint, script, GC, ...; calls into script by whose script they
 * run: content.js, page.js or the page's own). The feed page is traced through its 10 s of
 * appended chunks. The table is the median of the paired
 * differences, so it says which of the browser's own kinds of work the extension adds. Reports
 * numbers and asserts nothing.
 */
import type { TestBrowser } from '../test/e2e/harness/types.ts';
import { MARK_RULES, markSheet } from '../src/content/highlight-painter.ts';
import { cdpOf, sleep, times, visit } from './page-profile.ts';
import { launchPair, PAGES } from './page-setup.ts';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string }; beginData?: { url?: string }; elementCount?: number };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'toplevel'].join(',');
async function traceLoad(b: TestBrowser, path: string): Promise<TraceEvent[]> {
  const { cdp, tp, close } = await cdpOf(b);
  const events: TraceEvent[] = [];
  try {
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    await visit(tp, path, 3000);
    await cdp.send('Tracing.end');
    await done;
    return events;
  } finally {
    await close();
  }
}

/** The complete events on the main thread of the renderer that parsed `path`, in time order, and when parsing began. */
function mainThread(events: TraceEvent[], path: string): { main: TraceEvent[]; t0: number } {
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').includes(path));
  if (!parse) return { main: [], t0: 0 };
  const main = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  return { main, t0: parse.ts };
}

/** Whose script a call runs: the extension's file name, or "page" for the page's own scripts. */
function scriptOf(e: TraceEvent): string {
  const url = e.args?.data?.url ?? '';
  if (/^(chrome|moz)-extension:/.test(url)) return url.replace(/^.*\//, '');
  return url ? 'page' : 'unknown';
}

/** Self time in ms by event name (calls into script by whose script they run) on the main thread of the renderer that parsed `path`. */
function selfByName(events: TraceEvent[], path: string): Map<string, number> {
  const out = new Map<string, number>();
  const { main } = mainThread(events, path);
  // Nesting by time: each event's self time is its duration less its direct children's.
  const stack: { e: TraceEvent; end: number; child: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1]!.end <= until) {
      const top = stack.pop()!;
      const key = top.e.name === 'FunctionCall' ? `FunctionCall ${scriptOf(top.e)}` : top.e.name;
      out.set(key, (out.get(key) ?? 0) + (top.e.dur! - top.child) / 1000);
      if (stack.length) stack[stack.length - 1]!.child += top.e.dur!;
    }
  };
  for (const e of main) {
    close(e.ts);
    stack.push({ e, end: e.ts + e.dur!, child: 0 });
  }
  close(Infinity);
  return out;
}

/** Loads the page `runs` times in each browser of the pair and prints the median added self time per event name. */
export async function tracePage(root: string, dist: string, page: keyof typeof PAGES, runs: number, detail: string[] = []): Promise<void> {
  const pair = await launchPair('chromium', dist, root);
  try {
    const diffs = new Map<string, number[]>();
    const totals: number[] = [];
    for (let i = 0; i < runs; i++) {
      const baseEvents = await traceLoad(pair.base, PAGES[page]);
      const extEvents = await traceLoad(pair.ext, PAGES[page]);
      const base = selfByName(baseEvents, PAGES[page]);
      const ext = selfByName(extEvents, PAGES[page]);
      if (i === runs - 1) for (const [label, evs] of [['without', baseEvents], ['with FactLens', extEvents]] as const) printDetail(label, evs, PAGES[page], detail);
      const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
      totals.push(sum(ext) - sum(base));
      for (const name of new Set([...base.keys(), ...ext.keys()])) {
        const d = (ext.get(name) ?? 0) - (base.get(name) ?? 0);
        diffs.set(name, [...(diffs.get(name) ?? []), d]);
      }
      process.stderr.write(`  trace ${page} ${i + 1}/${runs}: +${(sum(ext) - sum(base)).toFixed(1)} ms on the main thread\n`);
    }
    const median = (xs: number[]) => {
      const s = [...xs, ...Array(runs - xs.length).fill(0)].sort((a, b) => a - b);
      return s[Math.floor(s.length / 2)]!;
    };
    console.log(`\n${page} page, Chromium, ${runs} paired traces: main thread self time added, median ${median(totals).toFixed(1)} ms (${totals.map((x) => x.toFixed(1)).join(', ')})\n`);
    console.log('| event | added, median ms | runs |\n|---|---|---|');
    const rows = [...diffs].map(([k, v]) => [k, median(v), v] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
    for (const [k, m, v] of rows.slice(0, 30)) console.log(`| ${k} | ${m.toFixed(1)} | ${v.map((x) => x.toFixed(1)).join(', ')} |`);
  } finally {
    await pair.close();
  }
}

/** The longest events of the named kinds in one load, with when they began after parsing did (ms). */
function printDetail(label: string, events: TraceEvent[], path: string, names: string[]): void {
  if (names.length === 0) return;
  const { main, t0 } = mainThread(events, path);
  for (const name of names) {
    const own = main.filter((e) => e.name === name);
    const total = own.reduce((a, e) => a + e.dur!, 0) / 1000;
    const top = [...own].sort((a, b) => b.dur! - a.dur!).slice(0, 8);
    console.error(`  ${label}: ${name} x${own.length}, ${total.toFixed(1)} ms: ` +
      top.map((e) => `${(e.dur! / 1000).toFixed(1)}@${((e.ts - t0) / 1000).toFixed(0)}${e.args?.elementCount ? `(${e.args.elementCount} el)` : ''}`).join(' '));
  }
}

/**
 * What painting any highlight costs this page, before any of our own work: in the browser without
 * FactLens, once the page has settled, ranges over the first word of the first `marks` text nodes
 * are made (not measured), then one `::highlight()` sheet is adopted and a highlight holding those
 * ranges registered, as FactLens's first paint does. TaskDuration over the next 1.5 s, against the
 * same wait after doing nothing, is the browser's own floor for marking the page this way. That
 * figure carries the page's own unsteadiness; the restyle alone is also timed in the page, from
 * adopting the sheet to the style brought up to date (a forced layout, which finds nothing else
 * to do on a settled page), which moves far less between runs.
 *
 * Then what shipping the rules as a content-script style sheet would change: FactLens's rules
 * adopted as the page starts (an init script standing in for the sheet), so that the first paint
 * only registers the highlight; and what those rules cost the page's own restyles, which every
 * page would then pay, timed in the page: 20 restyles of the whole page (a custom property changed
 * on the root, the style of the last element read), with the rules there from the start and without.
 */
export async function highlightFloor(root: string, dist: string, page: keyof typeof PAGES, runs: number, marks = 400): Promise<void> {
  const pair = await launchPair('chromium', dist, root);
  const prepare = `(() => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const ranges = [];
    for (let n = w.nextNode(); n && ranges.length < ${marks}; n = w.nextNode()) {
      const m = /\\p{L}+/u.exec(n.data);
      if (!m) continue;
      const r = document.createRange();
      r.setStart(n, m.index);
      r.setEnd(n, m.index + m[0].length);
      ranges.push(r);
    }
    window.__floorRanges = ranges;
    return ranges.length;
  })()`;
  // The rule as FactLens writes it for each browser: Chromium's highlights inherit from the root's,
  // so a rule on `:root` alone reaches every element; Firefox's do not, so it gets the universal rule.
  const adopt = (selector: string, rules: string) => `{
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('${selector}::highlight(floor-mark) { ${rules} }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }`;
  const paint = (selector: string) => `(() => {
    ${adopt(selector, MARK_RULES.underline)}
    CSS.highlights.set('floor-mark', new Highlight(...window.__floorRanges));
  })()`;
  const sheetOnly = (selector: string) => `(() => ${adopt(selector, 'text-decoration-line: underline;')})()`;
  const restyle = (selector: string) => `(() => {
    void document.documentElement.offsetHeight;
    const t0 = performance.now();
    ${adopt(selector, 'text-decoration-line: underline;')}
    void document.documentElement.offsetHeight;
    return performance.now() - t0;
  })()`;
  // FactLens's three rules there from the page's start, as the browser would put them if they
  // came as a content script's style sheet.
  const early = (selector: string) => `{
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(${JSON.stringify(markSheet(selector, { mark: 'floor-mark', hover: 'floor-hover', flash: 'floor-flash' }, 'underline'))});
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }`;
  const register = `(() => { CSS.highlights.set('floor-mark', new Highlight(...window.__floorRanges)); })()`;
  const restyles = `(() => {
    const root = document.documentElement;
    const last = document.body.querySelector(':scope > :last-child') ?? document.body;
    void getComputedStyle(last).color;
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) {
      root.style.setProperty('--floor-step', String(i));
      void getComputedStyle(last).color;
    }
    return performance.now() - t0;
  })()`;
  const timed = async (snippet: string, init?: string): Promise<number> => {
    const { page: p, tp, close } = await cdpOf(pair.base);
    try {
      if (init) await p.addInitScript(init);
      await tp.goto(PAGES[page]);
      await sleep(1500);
      return (await p.evaluate(snippet)) as number;
    } finally {
      await close();
    }
  };
  const measure = async (snippet: string | null, init?: string): Promise<number> => {
    const { cdp, page: p, tp, close } = await cdpOf(pair.base);
    try {
      if (init) await p.addInitScript(init);
      await tp.goto(PAGES[page]);
      await sleep(2500);
      await p.evaluate(prepare);
      await sleep(300);
      const t0 = (await times(cdp)).task;
      if (snippet) await p.evaluate(snippet);
      await sleep(1500);
      return (await times(cdp)).task - t0;
    } finally {
      await close();
    }
  };
  try {
    const rows: Record<string, number[]> = {};
    const variants = [['every element', ''], [':root only', ':root']] as const;
    for (let i = 0; i < runs; i++) {
      const idle = await measure(null);
      for (const [label, selector] of variants) {
        (rows[`paint ${label}`] ??= []).push((await measure(paint(selector))) - idle);
        (rows[`sheet ${label}`] ??= []).push((await measure(sheetOnly(selector))) - idle);
        (rows[`restyle ${label}`] ??= []).push(await timed(restyle(selector)));
        (rows[`early ${label}`] ??= []).push((await measure(register, early(selector))) - (await measure(null, early(selector))));
        const bare = await timed(restyles);
        (rows[`restyles bare ${label}`] ??= []).push(bare);
        (rows[`restyles ${label}`] ??= []).push((await timed(restyles, early(selector))) - bare);
      }
      process.stderr.write(`  floor ${page} ${i + 1}/${runs}: ${Object.entries(rows).map(([k, v]) => `${k} +${v.at(-1)!.toFixed(1)}`).join(', ')} ms\n`);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(`\n${page} page, Chromium without FactLens, ${runs} runs: main thread added by the first highlight paint (${marks} ranges, one adopted ::highlight sheet)`);
    for (const [label, selector] of variants) {
      const rule = `${selector}::highlight(...)`;
      console.log(`${rule}, adopt sheet + register highlight: median ${median(rows[`paint ${label}`]!).toFixed(1)} ms (${rows[`paint ${label}`]!.map((x) => x.toFixed(1)).join(', ')})`);
      console.log(`${rule}, adopt sheet alone: median ${median(rows[`sheet ${label}`]!).toFixed(1)} ms (${rows[`sheet ${label}`]!.map((x) => x.toFixed(1)).join(', ')})`);
      console.log(`${rule}, restyle timed in the page: median ${median(rows[`restyle ${label}`]!).toFixed(1)} ms (${rows[`restyle ${label}`]!.map((x) => x.toFixed(1)).join(', ')})`);
      console.log(`${rule} from the page's start, register highlight alone: median ${median(rows[`early ${label}`]!).toFixed(1)} ms (${rows[`early ${label}`]!.map((x) => x.toFixed(1)).join(', ')})`);
      console.log(`${rule} from the page's start, added to 20 whole-page restyles timed in the page: median ${median(rows[`restyles ${label}`]!).toFixed(2)} ms (${rows[`restyles ${label}`]!.map((x) => x.toFixed(2)).join(', ')}), the 20 without them ${median(rows[`restyles bare ${label}`]!).toFixed(1)} ms`);
    }
  } finally {
    await pair.close();
  }
}
