import { expect, it } from 'vitest';
import { forEachBrowser, says } from './harness/index.ts';
import { errorsOf, expectMarks, hostCount, pageResult, readMarks, resultWithout } from '../fixtures/hostile/spec-helpers.ts';

const MARKS = ['Dmitry Peskov', 'Helsinki summit', 'Kremlin', 'Levada Centre'];

// Pages that poison what a content script shares with them. Our script runs in its own world,
// so the page's globals cannot reach it; what the two really share (the highlight registry, the
// window's events) is attacked directly.
forEachBrowser((b) => {
  it('poisoned prototypes and globals: marks, card, and the page sees no call of ours', async () => {
    const without = await resultWithout(b, '/hostile-globals.html');
    b.clearLogs();
    const page = await b.openPage('/hostile-globals.html');
    await expectMarks(page, MARKS);
    const withExt = await pageResult(page);
    expect(withExt).toEqual(without);
    expect((withExt as { calls: Record<string, number> }).calls).toEqual({ appendChild: 21, map: 0, parse: 0, attachShadow: 0, MutationObserver: 0 });
    await page.hoverText('Dmitry Peskov');
    const card = await page.waitForCard();
    expect(card.name).toMatch(/Peskov/);
    // Opening the card calls none of the page's poisoned functions either.
    expect(await page.evaluate(() => (window as unknown as { __calls: unknown }).__calls)).toEqual({ appendChild: 21, map: 0, parse: 0, attachShadow: 0, MutationObserver: 0 });
    expect(await hostCount(page)).toBe(1);
    expect(await page.evaluate(() => document.querySelector('factlens-card')!.shadowRoot)).toBeNull();
    expect(errorsOf(b)).toEqual({ page: [], extension: [] });
    await page.close();
  });

  it('shared surfaces: look-alike highlight names, a cleared registry, stopped events, the page\'s own Range and Highlight', async () => {
    const without = await resultWithout(b, '/hostile-shared.html');
    b.clearLogs();
    const page = await b.openPage('/hostile-shared.html');
    await expectMarks(page, MARKS);
    expect(await pageResult(page)).toEqual(without);
    // The page's own look-alike entry keeps its one range: we never write to names we did not make.
    expect(await page.evaluate(() => [...(CSS.highlights.get('factlens-mark-x') as unknown as Iterable<Range>)].map(String))).toEqual(['Levada']);

    // mousemove, mouseover, focus and keydown never reach us; hovering still opens the card.
    await page.hoverText('Levada Centre');
    expect((await page.waitForCard()).name).toMatch(/Levada/);
    const stopped = await page.evaluate(() => (window as unknown as { __stopped: Record<string, number> }).__stopped);
    expect(stopped.mousemove).toBeGreaterThan(0);
    // Escape never reaches anyone on this page (it stops keydown first); moving away closes the card.
    await page.mouseMove(5, 5);
    await expect.poll(() => page.readCard(), { timeout: 5000 }).toBeNull();

    // The page wipes the registry: hovering still finds the marks, and they are painted again.
    await page.evaluate(() => (window as unknown as { __clearHighlights(): void }).__clearHighlights());
    expect(await readMarks(page)).toEqual([]);
    await page.hoverText('Dmitry Peskov');
    const card = await page.waitForCard();
    expect(says(card, 'Peskov')).toBe(true);
    await expectMarks(page, MARKS);
    await page.mouseMove(5, 5);
    await page.evaluate(() => (window as unknown as { __addParagraph(t: string): void }).__addParagraph('Later, Vladimir Putin answered.'));
    await expectMarks(page, [...MARKS, 'Vladimir Putin']);
    expect(errorsOf(b)).toEqual({ page: [], extension: [] });
    await page.close();
  });
});
