import { expect, it } from 'vitest';
import { forEachBrowser, says, type TestPage } from './harness/index.ts';

/** The ranges of our highlight entry in document order (the seam: see content-marks.spec.ts). */
function readMarks(page: TestPage): Promise<string[]> {
  return page.evaluate(() => {
    const ranges: Range[] = [];
    for (const [name, h] of CSS.highlights) if (name.startsWith('factlens-mark-')) for (const r of h as Iterable<Range>) ranges.push(r as Range);
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  });
}

/** Hand-labelled: every person, organisation and event (the kinds marked by default) in the first seed article, in order. */
const SEED_000 = [
  'Helsinki summit',
  'Levada Centre for Public Opinion',
  'President Trump',
  'President Trump',
  '2016 US elections', 'Helsinki summit',
  'President Trump',
  'President Trump', 'Speaker Paul Ryan',
  'annexed Crimea',
  'Helsinki summit',
  'Levada Centre',
];

forEachBrowser((b) => {
  it('marks the first seed article as hand-labelled', async () => {
    const page = await b.openPage('/seed-000.html');
    await expect.poll(() => readMarks(page), { timeout: 8000 }).toEqual(SEED_000);
    await page.screenshot('seed-000-marked');
    await page.close();
  });

  it('hovering "Helsinki summit" shows both polls taken after it, with figures, fieldwork, samples and methods', async () => {
    b.clearLogs();
    const page = await b.openPage('/seed-000.html');
    await expect.poll(async () => (await readMarks(page)).length, { timeout: 8000 }).toBe(SEED_000.length);
    await page.hoverText('Helsinki summit', 1);
    const card = await page.waitForCard();
    expect(card.name).toMatch(/Helsinki summit/);
    for (const phrase of [
      '42%, from ~70% to 42%', '29%', '4%', 'Fieldwork 19–25 Jul 2018 · 1,600 respondents · door-to-door',
      '48%', '38%', 'Fieldwork 18 Jul 2018 · 1,600 respondents · phone', 'Levada', 'VTsIOM',
    ]) {
      expect(says(card, phrase), `card says "${phrase}": ${card.text}`).toBe(true);
    }
    expect(says(card, 'Source:')).toBe(true);
    await page.screenshot('card-helsinki');
    // Escape closes it, and our one host is all the page gained.
    await page.press('Escape');
    await expect.poll(() => page.readCard()).toBeNull();
    expect(await page.evaluate(() => document.querySelectorAll('factlens-card').length)).toBe(1);
    expect(b.extensionErrors()).toEqual([]);
    expect(b.pageErrors()).toEqual([]);
    await page.close();
  });

  it('hovering "Levada" shows its poll, and the card stays while the pointer moves into it', async () => {
    const page = await b.openPage('/seed-000.html');
    await expect.poll(async () => (await readMarks(page)).length, { timeout: 8000 }).toBe(SEED_000.length);
    const rect = await page.hoverText('Levada Centre', 1);
    const card = await page.waitForCard();
    expect(card.name).toMatch(/Levada/);
    expect(says(card, '42%, from ~70% to 42%')).toBe(true);
    expect(says(card, '1,600 respondents')).toBe(true);
    // Travel from the mark into the card: it must still be there. The card is in a closed
    // shadow root, so the page finds it by where hit-testing lands on our host.
    const inside = await page.evaluate((r) => {
      const host = document.querySelector('factlens-card');
      for (let dy = 8; dy < 400; dy += 8) {
        for (const y of [r.y + r.height + dy, r.y - dy]) {
          if (document.elementFromPoint(r.x + 20, y) === host) return { x: r.x + 20, y };
        }
      }
      return null;
    }, rect);
    expect(inside).not.toBeNull();
    await page.mouseMove(inside!.x, inside!.y, 4);
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.readCard()).not.toBeNull();
    // Leaving for blank margin closes it.
    await page.mouseMove(5, 5, 4);
    await expect.poll(() => page.readCard(), { timeout: 3000 }).toBeNull();
    await page.close();
  });

  it('the keyboard command moves through mentions and opens each card with focus in it', async () => {
    const page = await b.openPage('/seed-000.html');
    await expect.poll(async () => (await readMarks(page)).length, { timeout: 8000 }).toBe(SEED_000.length);
    await page.bringToFront();
    const tabId = await page.tabId();
    const call = () => b.evalInBackground((bg, id) => (bg as unknown as { factlensSeams: { onCommand(c: string, t: number): Promise<boolean> } }).factlensSeams.onCommand('next-mention', id), tabId);
    expect(await call()).toBe(true);
    const first = await page.waitForCard();
    expect(first.name).toMatch(/Helsinki summit/);
    expect(await call()).toBe(true);
    await expect.poll(async () => (await page.readCard())?.name).toBe('Levada Center');
    // Focus is in the card: Escape there closes it and gives focus back.
    await page.press('Escape');
    await expect.poll(() => page.readCard()).toBeNull();
    expect(b.extensionErrors()).toEqual([]);
    await page.close();
  });
});
