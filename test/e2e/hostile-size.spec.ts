import { expect, it } from 'vitest';
import { forEachBrowser, type TestPage } from './harness/index.ts';
import { errorsOf, expectMarks, readMarks } from '../fixtures/hostile/spec-helpers.ts';

/** The page still answers its own handlers: a real click on its button is counted. */
async function stillResponds(page: TestPage): Promise<void> {
  const box = await page.evaluate(() => {
    const r = document.getElementById('probe')!;
    r.scrollIntoView();
    const b = r.getBoundingClientRect();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  });
  const before = await page.evaluate(() => (window as unknown as { __clicks(): number }).__clicks());
  await page.click(box.x, box.y);
  expect(await page.evaluate(() => (window as unknown as { __clicks(): number }).__clicks())).toBe(before + 1);
}

forEachBrowser((b) => {
  it('a mutation storm (about 1,000 text changes a second for 5 s): marks equal what the page shows, nothing piles up', async () => {
    b.clearLogs();
    const page = await b.openPage('/hostile-storm.html');
    await expectMarks(page, ['Levada Centre']);
    const changes = await page.evaluate(() => (window as unknown as { __storm(s: number): Promise<number> }).__storm(5));
    expect(changes).toBeGreaterThan(1000);
    const showing = await page.evaluate(() => (window as unknown as { __showing(): number }).__showing());
    expect(showing).toBeGreaterThan(0);
    await expectMarks(page, ['Levada Centre', ...Array<string>(showing).fill('Dmitry Peskov')]);
    // A second storm ends elsewhere: the count follows again, so old marks are not kept.
    await page.evaluate(() => (window as unknown as { __storm(s: number): Promise<number> }).__storm(1));
    const now = await page.evaluate(() => (window as unknown as { __showing(): number }).__showing());
    await expectMarks(page, ['Levada Centre', ...Array<string>(now).fill('Dmitry Peskov')]);
    expect(errorsOf(b)).toEqual({ page: [], extension: [] });
    await page.close();
  });

  for (const [kind, what] of [['wide', 'a 200,000-node DOM'], ['deep', 'a 5,000-deep DOM'], ['long', 'a single 5 MB text node']] as const) {
    it(`${what}: marked to the end, the page keeps answering, no errors`, async () => {
      b.clearLogs();
      const page = await b.openPage(`/hostile-huge.html?kind=${kind}`);
      if (kind === 'wide') expect(await page.evaluate(() => (window as unknown as { __nodes(): number }).__nodes())).toBeGreaterThan(80_000);
      if (kind === 'deep') {
        expect(await page.evaluate(() => {
          let n = 0;
          for (let e: Element | null = document.getElementById('room'); e?.firstElementChild; e = e.firstElementChild) n++;
          return n;
        })).toBe(5000);
      }
      if (kind === 'long') expect(await page.evaluate(() => (window as unknown as { __length: number }).__length)).toBeGreaterThan(5_000_000);
      await stillResponds(page);
      await expectMarks(page, ['Kremlin', 'Dmitry Peskov', 'Levada Centre'], 40_000);
      await stillResponds(page);
      expect((await readMarks(page)).length).toBe(3);
      expect(errorsOf(b)).toEqual({ page: [], extension: [] });
      await page.close();
    }, 90_000);
  }
});
