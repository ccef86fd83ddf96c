import { beforeAll, expect, it } from 'vitest';
import { ON, storeSettings } from '../fixtures/hostile/spec-helpers.ts';
import { forEachBrowser, type Rect, type TestPage } from './harness/index.ts';
import { countPixels, readPng } from './harness/png.ts';

/**
 * The marks as the reader sees them, read from the screen: the highlight registry says what is
 * marked, but only the pixels say the browser paints it (Chromium's rules are written for the
 * root element alone and reach the rest by inheritance, Firefox's for every element:
 * highlight-painter.ts).
 */

/** The dotted underline's colour, rgb(37, 99, 235), as antialiasing leaves it; never link blue (0, 0, 238) nor the text's grey. */
const underline = (r: number, g: number, b: number) => b > 170 && Math.abs(r - 37) < 60 && Math.abs(g - 99) < 50 && b - r > 100;

/** Underline-coloured pixels in the lower half of `rect` (CSS px) and just below it, on the screen now. */
async function underlineAt(page: TestPage, name: string, rect: Rect): Promise<number> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const img = readPng(await page.screenshot(name));
  const scale = img.width / (await page.evaluate(() => window.innerWidth));
  const box = { x: rect.x * scale, y: (rect.y + rect.height / 2) * scale, width: rect.width * scale, height: (rect.height / 2 + 4) * scale };
  return countPixels(img, box, underline);
}

forEachBrowser((b) => {
  beforeAll(() => storeSettings(b, ON));

  it('paints the underline under marked names, split across elements and in a shadow root, and nowhere else', async () => {
    const page = await b.openPage('/content-inline.html');
    await page.waitFor(() => [...CSS.highlights].some(([name, h]) => name.startsWith('factlens-mark-') && h.size >= 7), undefined, 8000);
    for (const [text, shot] of [['Levada Centre', 'paint-split'], ['Dmitry Peskov', 'paint-nested']] as const) {
      const rect = (await page.textRect(text))!;
      expect(rect, text).not.toBeNull();
      expect(await underlineAt(page, shot, rect), text).toBeGreaterThan(rect.width / 4);
    }
    // Words that name nothing, in the same paragraph: not a pixel of the underline.
    const plain = (await page.textRect('reporters'))!;
    expect(await underlineAt(page, 'paint-plain', plain)).toBe(0);
    const inShadow = await page.evaluate(() => {
      const p = document.getElementById('shadow-host')!.shadowRoot!.querySelector('p')!;
      p.scrollIntoView({ block: 'center' });
      const t = p.firstChild as Text;
      const at = t.data.indexOf('Vladimir Putin');
      const r = document.createRange();
      r.setStart(t, at);
      r.setEnd(t, at + 'Vladimir Putin'.length);
      const box = r.getBoundingClientRect();
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    });
    expect(await underlineAt(page, 'paint-shadow', inShadow)).toBeGreaterThan(inShadow.width / 4);
    expect(b.extensionErrors()).toEqual([]);
    expect(b.pageErrors()).toEqual([]);
    await page.close();
  });
});
