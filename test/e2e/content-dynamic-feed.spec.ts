import { beforeAll, expect, it } from 'vitest';
import { ON, storeSettings } from '../fixtures/hostile/spec-helpers.ts';
import { forEachBrowser, type TestPage } from './harness/index.ts';

const CHUNKS = 100;

/**
 * Records, every 16 ms, the marks painted inside each appended chunk, by chunk number. Past a few
 * hundred marks only those near the view are painted, so what is recorded is every mark that was
 * painted at some time, not only at the end.
 */
function recordMarks(page: TestPage): Promise<void> {
  return page.evaluate((count) => {
    const seen: Set<string>[] = Array.from({ length: count }, () => new Set());
    const ranges = new WeakSet<Range>();
    (window as unknown as { seenMarks(): string[][] }).seenMarks = () => seen.map((l) => [...l].sort());
    setInterval(() => {
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('factlens-mark-')) continue;
        for (const r of h as Iterable<Range>) {
          if (ranges.has(r)) continue;
          ranges.add(r);
          const el = r.startContainer.parentElement?.closest<HTMLElement>('[data-chunk]');
          // Each mark by its text and where it stands in its chunk, so two of the same name count twice.
          if (el) seen[Number(el.dataset.chunk)]?.add(`${r.toString()}@${[...el.querySelectorAll('p')].indexOf(r.startContainer.parentElement!.closest('p')!)}`);
        }
      }
    }, 16);
  }, CHUNKS);
}

/** The names recorded for each chunk, sorted. */
async function marksByChunk(page: TestPage): Promise<string[][]> {
  const seen = await page.evaluate(() => (window as unknown as { seenMarks(): string[][] }).seenMarks());
  return seen.map((l) => l.map((m) => m.replace(/@\d+$/, '')).sort());
}

/** The marks painted now inside the element `selector` picks (a chunk by its number, the feed). */
function paintedIn(page: TestPage, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const out: string[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('factlens-mark-')) continue;
      for (const r of h as Iterable<Range>) if (el?.contains(r.startContainer)) out.push(r.toString());
    }
    return out.sort();
  }, selector);
}

forEachBrowser((b) => {
  beforeAll(() => storeSettings(b, ON));

  it('marks every mention of an infinite-scroll feed that appends a chunk every 100 ms, and forgets those it drops', async () => {
    const page = await b.openPage('/content-feed.html');
    await recordMarks(page);
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
      window.scrollTo(0, 0);
    });
    const kept = expected.map((l, i) => (i % 2 === 0 ? [] : l));
    await expect.poll(badge, { timeout: 5000 }).toBe(1 + kept.flat().length);
    // The moved chunk, now at the top where the reader is, is painted there.
    await expect.poll(() => paintedIn(page, '[data-chunk="1"]'), { timeout: 5000 }).toEqual(expected[1]);
    // What was in the dropped chunks is no longer painted either.
    expect(await page.evaluate(() => {
      let gone = 0;
      for (const [name, h] of CSS.highlights) {
        if (name.startsWith('factlens-mark-')) for (const r of h as Iterable<Range>) if (!r.startContainer.isConnected) gone++;
      }
      return gone;
    })).toBe(0);
    expect(b.extensionErrors()).toEqual([]);
    expect(b.pageErrors()).toEqual([]);
    await page.close();
  });

  it('paints an item added to a quiet page in the frame that shows it, not in one of its own later', async () => {
    const page = await b.openPage('/content-feed.html');
    await expect.poll(() => paintedIn(page, '#feed'), { timeout: 5000 }).toEqual(['Levada Centre']);
    // Marks taken before the next animation frame are in the frame the page draws for its own change.
    const inFrame = await page.evaluate(async () => {
      await new Promise((r) => setTimeout(r, 300));
      const item = document.createElement('p');
      const em = document.createElement('em');
      em.textContent = 'Sergey';
      item.append('Later, ', em, ' Lavrov spoke of the Helsinki summit.');
      document.getElementById('feed')!.append(item);
      return new Promise<string[]>((resolve) => requestAnimationFrame(() => {
        const out: string[] = [];
        for (const [name, h] of CSS.highlights) {
          if (!name.startsWith('factlens-mark-')) continue;
          for (const r of h as Iterable<Range>) if (item.contains(r.startContainer)) out.push(r.toString());
        }
        resolve(out.sort());
      }));
    });
    expect(inFrame).toEqual(['Helsinki summit', 'Sergey Lavrov']);
    await page.screenshot('feed-quiet-item');
    expect(b.extensionErrors()).toEqual([]);
    await page.close();
  });
});

