import { beforeAll, expect, it } from 'vitest';
import { ON, storeSettings } from '../fixtures/hostile/spec-helpers.ts';
import { forEachBrowser, type TestPage } from './harness/index.ts';

/** A long page: 600 paragraphs, one mention each. Flagged for the content script's stats seam (loopback only). */
const LONG = `<!doctype html><html lang="en" data-factlens-bench><head><meta charset="utf-8"><title>Long page</title>
<style>p{margin:0 0 24px;font:16px/1.5 serif}</style></head><body><article>${Array.from({ length: 600 }, (_, i) => `<p id="p${i}">Paragraph ${i}: Dmitry Peskov spoke about the harbour again.</p>`).join('')}</article></body></html>`;

interface Stats {
  shown: number;
  painted: number;
  cardOpens: number[];
}

/** The content script's own counts, through the seam in src/content/bench-seam.ts. */
function stats(page: TestPage): Promise<Stats | null> {
  return page.evaluate(() => {
    let out: Stats | null = null;
    const on = (e: Event) => (out = JSON.parse((e as CustomEvent<string>).detail) as Stats);
    addEventListener('factlens-bench-stats', on);
    dispatchEvent(new Event('factlens-bench-request'));
    removeEventListener('factlens-bench-stats', on);
    return out;
  });
}

/** Indexes of the paragraphs holding painted marks, from the shared highlight registry. */
function paintedParagraphs(page: TestPage): Promise<number[]> {
  return page.evaluate(() => {
    const out: number[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('factlens-mark-')) continue;
      for (const r of h as Iterable<Range>) out.push(Number(r.startContainer.parentElement!.id.slice(1)));
    }
    return out.sort((a, b) => a - b);
  });
}

forEachBrowser((b) => {
  beforeAll(async () => {
    await storeSettings(b, ON);
    b.server.route('/content-window.html', LONG);
  });

  it('a long page: every mention is marked, only those within a screen of the view are painted, and painting follows the scroll', async () => {
    const page = await b.openPage('/content-window.html');
    await expect.poll(async () => (await stats(page))?.shown, { timeout: 10_000 }).toBe(600);
    await expect.poll(async () => {
      const p = await paintedParagraphs(page);
      return p.length > 0 && p[p.length - 1]! < 200;
    }, { timeout: 5000 }).toBe(true);
    const top = await paintedParagraphs(page);
    expect(top[0]).toBe(0);
    expect((await stats(page))!.painted).toBe(top.length);

    await page.evaluate(() => document.getElementById('p590')!.scrollIntoView());
    await expect.poll(async () => {
      const p = await paintedParagraphs(page);
      return p.includes(599) && p.includes(590) && !p.includes(0);
    }, { timeout: 5000 }).toBe(true);
    expect((await stats(page))!.shown).toBe(600);
    // A mark far from where painting started is still a mark: the pointer on it opens its card.
    await page.hoverText('Dmitry Peskov', 592);
    await expect.poll(async () => (await stats(page))!.cardOpens.length, { timeout: 10_000 }).toBe(1);
    await page.mouseMove(1, 1);
    expect(b.extensionErrors()).toEqual([]);
    expect(b.pageErrors()).toEqual([]);
    await page.close();
  });
});
