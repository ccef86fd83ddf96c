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

  it('marks every mention of an infinite-scroll feed that appends a chunk every 100 ms', async () => {
    const page = await b.openPage('/content-feed.html');
    await page.evaluate((n) => (window as unknown as { feedStart(n: number): void }).feedStart(n), CHUNKS);
    await page.waitFor(() => (window as unknown as { feedDone: boolean }).feedDone, undefined, 30_000);
    const expected = (await page.evaluate(() => (window as unknown as { feedExpected: string[][] }).feedExpected))
      .map((l) => [...l].sort());
    expect(expected).toHaveLength(CHUNKS);
    await expect.poll(() => marksByChunk(page), { timeout: 8000 }).toEqual(expected);
    expect(b.extensionErrors()).toEqual([]);
    expect(b.pageErrors()).toEqual([]);
    await page.close();
  });
});
