import { beforeAll, expect, it } from 'vitest';
import { ON, storeSettings } from '../fixtures/hostile/spec-helpers.ts';
import { forEachBrowser, type TestPage } from './harness/index.ts';

const CHUNKS = 100;

/** The marks inside each appended chunk, by chunk number, each list sorted; read from our highlight entry. */
function marksByChunk(page: TestPage): Promise<string[][]> {
  return page.evaluate((count) => {
    const out: string[][] = Array.from({ length: count }, () => []);
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('factlens-mark-')) continue;
      for (const r of h as Iterable<Range>) {
        const el = r.startContainer.parentElement?.closest<HTMLElement>('[data-chunk]');
        if (el) out[Number(el.dataset.chunk)]?.push(r.toString());
      }
    }
    return out.map((l) => l.sort());
  }, CHUNKS);
}

forEachBrowser((b) => {
  beforeAll(() => storeSettings(b, ON));

  it('marks every mention of an infinite-scroll feed that appends a chunk every 100 ms, and forgets those it drops', async () => {
    const page = await b.openPage('/content-feed.html');
    await page.evaluate((n) => (window as unknown as { feedStart(n: number): void }).feedStart(n), CHUNKS);
    await page.waitFor(() => (window as unknown as { feedDone: boolean }).feedDone, undefined, 30_000);
    const expected = (await page.evaluate(() => (window as unknown as { feedExpected: string[][] }).feedExpected))
      .map((l) => [...l].sort());
    expect(expected).toHaveLength(CHUNKS);
    await expect.poll(() => marksByChunk(page), { timeout: 8000 }).toEqual(expected);
    const badge = async () => Number(await b.evalInBackground((bg, t) => (bg as unknown as { chrome: typeof chrome }).chrome.action.getBadgeText({ tabId: t }), await page.tabId()));
    // The opening note's mention and the chunks'.
    await expect.poll(badge, { timeout: 5000 }).toBe(1 + expected.flat().length);

    // The feed drops its older items, as infinite scrolls do, and moves one: what was taken out is
    // no longer counted, what was moved still is.
    await page.evaluate(() => {
      const chunks = [...document.querySelectorAll<HTMLElement>('[data-chunk]')];
      for (const c of chunks) if (Number(c.dataset.chunk) % 2 === 0) c.remove();
      document.getElementById('feed')!.prepend(chunks[1]!);
    });
    const kept = expected.map((l, i) => (i % 2 === 0 ? [] : l));
    await expect.poll(() => marksByChunk(page), { timeout: 8000 }).toEqual(kept);
    await expect.poll(badge, { timeout: 5000 }).toBe(1 + kept.flat().length);
    expect(b.extensionErrors()).toEqual([]);
    expect(b.pageErrors()).toEqual([]);
    await page.close();
  });
});
