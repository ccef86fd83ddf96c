import { prng as rng } from '../test/unit/fuzz/prng.ts';

/**
 * The benchmark's pages, generated at run time (a megabyte of HTML is not worth committing).
 * Deterministic: the same seed gives the same page, so runs compare like with like.
 */

/** Aliases of bundled entities the pages mention; mark.js is given the same list. */
export const BENCH_ALIASES = [
  'Helsinki summit', 'Levada Centre', 'VTsIOM', 'Dmitry Peskov', 'Vladimir Putin', 'Donald Trump',
  'Sergey Lavrov', 'Mike Pompeo', 'Kremlin', 'White House', 'Moscow', 'Crimea', 'Ukraine', 'Syria',
  'Cold War', 'Mueller report', 'Lev Gudkov', 'Denis Volkov', 'Sochi', 'Black Sea', 'Finland',
  'North Korea', 'Venezuela', 'Russia', 'Iran',
] as const;

/** Words that match nothing in the dataset (all lower case, none an alias). */
const WORDS = ('the committee reviewed a proposal on regional trade while local officials said that ' +
  'several reports would follow later this month after careful study of costs and schedules for new ' +
  'bridges roads schools and clinics across many districts where residents asked about water prices ' +
  'heating budgets harvest yields rail freight ferry routes and the weather during a long dry summer').split(' ');

function words(r: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]!);
  return out.join(' ');
}

/** An alias, sometimes split by inline markup between its words ("Helsinki <em>summit</em>"). */
function mention(r: () => number): string {
  const a = BENCH_ALIASES[Math.floor(r() * BENCH_ALIASES.length)]!;
  const sp = a.indexOf(' ');
  if (sp > 0 && r() < 0.3) return `${a.slice(0, sp)} <em>${a.slice(sp + 1)}</em>`;
  return r() < 0.5 ? `<strong>${a}</strong>` : a;
}

const INLINE = ['a href="#n"', 'em', 'strong', 'span class="x"', 'code', 'b'];

/** One paragraph: sentences of filler with inline elements, and `mentions` mentions in it. */
function paragraph(r: () => number, mentions: number): string {
  const parts: string[] = [];
  const sentences = 3 + Math.floor(r() * 3);
  let left = mentions;
  for (let s = 0; s < sentences; s++) {
    const tag = INLINE[Math.floor(r() * INLINE.length)]!;
    const name = tag.split(' ')[0];
    const m = left > 0 && r() < 0.6 ? (left--, ` ${mention(r)}`) : '';
    parts.push(`${cap(words(r, 6))} <${tag}>${words(r, 2)}</${name}> ${words(r, 5)}${m} ${words(r, 3)}.`);
  }
  return `<p>${parts.join(' ')}</p>`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function page(title: string, body: string, head = '', flagged = true): string {
  return `<!doctype html><html lang="en"${flagged ? ' data-factlens-bench' : ''}><head><meta charset="utf-8"><title>${title}</title>` +
    `<style>body{font:16px/1.5 serif;max-width:42em;margin:1em auto;padding:0 1em}</style>` +
    `<script src="/bench/probe.js"></script>${head}</head>` +
    `<body><article><h1>${title}</h1>${body}</article></body></html>`;
}

/** The ~1 MB article: about 25k text nodes, a mention every second or third sentence. */
export function bigArticle(targetBytes = 1_000_000): string {
  const r = rng(1);
  const ps: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    if (i % 40 === 0) ps.push(`<h2>${cap(words(r, 4))}</h2>`);
    const p = paragraph(r, 2);
    ps.push(p);
    bytes += p.length;
  }
  return page('Long report', ps.join('\n'));
}

/**
 * An ordinary news article (about 12 KB of text) that names nothing FactLens knows. Served without
 * the benchmark flag, as every page on the web is: the flag makes the content script add a
 * listener for the benchmark's questions (src/content/bench-seam.ts), which no reader's page gets,
 * and there is nothing here for it to answer.
 */
export function plainArticle(): string {
  const r = rng(2);
  const ps: string[] = [];
  for (let i = 0; i < 30; i++) ps.push(paragraph(r, 0));
  return page('Local news', ps.join('\n'), '', false);
}

/** The feed's chunks (HTML), the same on every call. */
export function feedChunks(): string[] {
  const r = rng(3);
  const chunks: string[] = [];
  for (let c = 0; c < 100; c++) {
    const ps: string[] = [];
    for (let i = 0; i < 8; i++) ps.push(paragraph(r, i % 2 === 0 ? 1 : 0));
    chunks.push(ps.join(''));
  }
  return chunks;
}

/**
 * Which feed chunks name something FactLens marks, given the aliases it marks under the reader's
 * settings (places and topics are off by default, and a chunk may name only those).
 */
export function markableChunks(marked: ReadonlySet<string>): boolean[] {
  return feedChunks().map((c) => {
    const text = c.replace(/<[^>]+>/g, '');
    return BENCH_ALIASES.some((a) => marked.has(a) && text.includes(a));
  });
}

/**
 * A feed that appends about 1,000 nodes a second for 10 s once `startFeed()` is called: every
 * 100 ms a chunk of paragraphs (~100 nodes) with mentions. Each chunk records when it was added
 * and, from a poll each frame, when a highlight first fell inside it.
 */
export function feedPage(read = 0): string {
  const chunks = feedChunks();
  const script = `<script>window.__feedChunks=${JSON.stringify(chunks)};</script>`;
  const r2 = rng(4);
  const first: string[] = [];
  for (let i = 0; i < 10; i++) first.push(paragraph(r2, 1));
  // A feed read for a while: `read` chunks already in it, as an infinite scroll keeps them.
  for (let c = 0; c < read; c++) first.push(`<div>${chunks[c % chunks.length]}</div>`);
  return page(read ? 'Live feed, read for a while' : 'Live feed', `<div id="feed">${first.join('')}</div>`, script);
}

/**
 * The mutation storm of the soak: a page of 200 paragraphs (some naming someone) that
 * `__bench.startStorm(seconds)` rewrites about 1,000 times a second: a paragraph's text replaced,
 * a paragraph appended and the oldest removed, an inline element toggled.
 */
export function stormPage(): string {
  const r = rng(5);
  const ps: string[] = [];
  for (let i = 0; i < 200; i++) ps.push(paragraph(r, i % 3 === 0 ? 1 : 0));
  const texts: string[] = [];
  for (let i = 0; i < 50; i++) texts.push(paragraph(r, i % 2).replace(/<[^>]+>/g, ''));
  const script = `<script>window.__stormTexts=${JSON.stringify(texts)};</script>`;
  return page('Storm', `<div id="storm">${ps.join('')}</div>`, script);
}
