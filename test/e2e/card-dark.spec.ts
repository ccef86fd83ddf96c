import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { forEachBrowser, type TestBrowser, type TestPage } from './harness/index.ts';

/** The card's background and border in the dark scheme (src/ui/card-styles.ts, `--fl-bg`, `--fl-line`). */
const DARK_BG = [0x1e, 0x22, 0x28] as const;
const DARK_LINE = [0x3a, 0x41, 0x4b] as const;

/**
 * Of a screenshot: how many pixels are the colour `bg` (each channel within 2), and how many
 * near-white pixels lie inside the box the colour `border` spans (a light scrollbar on a dark
 * card; the dark card's own text is never that bright). Counted by the browser's own PNG decoder
 * in the page: the card lives in a closed shadow root, so what it looks like is read from what
 * was painted.
 */
function pixelsOf(page: TestPage, file: string, bg: readonly number[], border: readonly number[]): Promise<{ count: number; lightInside: number }> {
  return page.evaluate(async ({ png, bg, border }) => {
    const isNear = (data: Uint8ClampedArray, i: number, rgb: readonly number[]) =>
      Math.abs(data[i]! - rgb[0]!) <= 2 && Math.abs(data[i + 1]! - rgb[1]!) <= 2 && Math.abs(data[i + 2]! - rgb[2]!) <= 2;
    const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const { width, height, data } = ctx.getImageData(0, 0, image.width, image.height);
    let count = 0;
    let [left, top, right, bottom] = [width, height, -1, -1];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        if (isNear(data, i, bg)) count++;
        if (isNear(data, i, border)) [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
      }
    }
    let lightInside = 0;
    for (let y = top + 1; y < bottom; y++) {
      for (let x = left + 1; x < right; x++) {
        const i = (y * width + x) * 4;
        if (data[i]! > 240 && data[i + 1]! > 240 && data[i + 2]! > 240) lightInside++;
      }
    }
    return { count, lightInside };
  }, { png: readFileSync(file).toString('base64'), bg, border });
}

/** Opens the Helsinki summit card on a light page and returns the page and the screenshot's path. */
async function helsinkiCard(b: TestBrowser, shot: string): Promise<{ page: TestPage; file: string }> {
  const page = await b.openPage('/seed-000.html');
  await page.waitFor(() => CSS.highlights.size > 0, undefined, 8000);
  await page.hoverText('Helsinki summit', 1);
  const card = await page.waitForCard();
  expect(card.name).toMatch(/Helsinki summit/);
  return { page, file: await page.screenshot(shot) };
}

// The seed pages have no dark style of their own: the page stays light, only the card follows the scheme.
forEachBrowser((b) => {
  it('draws the card dark when the reader prefers a dark scheme', async () => {
    const { page, file } = await helsinkiCard(b, 'dark-card');
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const { count, lightInside } = await pixelsOf(page, file, DARK_BG, DARK_LINE);
    // The card is about 340 by 350 pixels, most of it its background (76k and 101k pixels here).
    expect(count).toBeGreaterThan(40_000);
    // Its scrollbar is dark too (Firefox drew a light track before the card declared its scheme).
    expect(lightInside).toBeLessThan(50);
    expect(b.extensionErrors()).toEqual([]);
    await page.close();
  });

  it('draws the popup, the options page and the source viewer dark too', async () => {
    const page = await b.openPage('/seed-000.html');
    await page.waitFor(() => CSS.highlights.size > 0, undefined, 8000);
    const tab = await page.tabId();
    for (const [path, ready] of [[`popup.html?tab=${tab}`, '.mention'], ['options.html', 'fieldset'], ['viewer.html', 'body']] as const) {
      const ext = await b.openExtensionPage(path, ready);
      const colours = await ext.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
      expect(colours, path).toEqual(['rgb(30, 34, 40)', 'rgb(232, 235, 239)']);
      if (path.startsWith('popup')) await ext.screenshot('dark-popup');
      await ext.close();
    }
    await page.close();
  });
}, { colorScheme: 'dark' });

forEachBrowser((b) => {
  it('draws the card light otherwise', async () => {
    const { page, file } = await helsinkiCard(b, 'light-card');
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
    // A few anti-aliased text pixels of the page happen to come near it (about 100 here).
    expect((await pixelsOf(page, file, DARK_BG, DARK_LINE)).count).toBeLessThan(2_000);
    await page.close();
  });
});
