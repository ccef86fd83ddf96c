import { expect, it } from 'vitest';
import { forEachBrowser } from './harness/index.ts';
import { errorsOf, expectMarks, hostCount } from '../fixtures/hostile/spec-helpers.ts';

const MARKS = ['Dmitry Peskov', 'Helsinki summit', 'Kremlin', 'Levada Centre'];

forEachBrowser((b) => {
  it('a page that removes every element it did not write: no fight loop, no errors, cards open again', async () => {
    b.clearLogs();
    const page = await b.openPage('/hostile-fights.html?mode=remove');
    await expectMarks(page, MARKS);
    for (const text of ['Dmitry Peskov', 'Levada Centre', 'Dmitry Peskov']) {
      await page.hoverText(text);
      await new Promise((r) => setTimeout(r, 900));
      await page.mouseMove(5, 5);
      await new Promise((r) => setTimeout(r, 600));
    }
    const fights = await page.evaluate(() => (window as unknown as { __fights: { removed: number } }).__fights);
    // One removal per card shown at most: we put the host back only when a card is asked for.
    expect(fights.removed).toBeGreaterThan(0);
    expect(fights.removed).toBeLessThanOrEqual(3);
    expect(await hostCount(page)).toBe(0);
    await expectMarks(page, MARKS);
    expect(errorsOf(b)).toEqual({ page: [], extension: [] });
    await page.close();
  });

  it('a page that moves our host into its own element: the card still opens, one host only', async () => {
    b.clearLogs();
    const page = await b.openPage('/hostile-fights.html?mode=move');
    await expectMarks(page, MARKS);
    await page.hoverText('Dmitry Peskov');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __fights: { moved: number } }).__fights.moved)).toBeGreaterThan(0);
    await page.mouseMove(5, 5);
    await new Promise((r) => setTimeout(r, 600));
    await page.hoverText('Levada Centre');
    expect((await page.waitForCard()).name).toMatch(/Levada/);
    expect(await hostCount(page)).toBe(1);
    expect(errorsOf(b)).toEqual({ page: [], extension: [] });
    await page.close();
  });

  it('a page that rewrites itself with document.open(): the new text is marked, no errors', async () => {
    b.clearLogs();
    const page = await b.openPage('/hostile-fights.html');
    await expectMarks(page, MARKS);
    await page.evaluate(() => (window as unknown as { __rewrite(): void }).__rewrite());
    await expectMarks(page, ['Vladimir Putin', 'Levada Centre']);
    expect(await hostCount(page)).toBe(0);
    expect(errorsOf(b)).toEqual({ page: [], extension: [] });
    await page.close();
  });
});
