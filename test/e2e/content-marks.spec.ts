import { beforeAll, expect, it } from 'vitest';
import { ON, storeSettings } from '../fixtures/hostile/spec-helpers.ts';
import { forEachBrowser, type TestPage } from './harness/index.ts';

/**
 * The test seam for marks: the CSS highlight registry is shared between the content script and
 * the page by design, so the page's own world can read the ranges of our entry
 * (`factlens-mark-<random>`) in document order, exactly as the browser paints them.
 */
function readMarks(page: TestPage): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [name, h] of CSS.highlights) if (name.startsWith('factlens-mark-')) for (const r of h as Iterable<Range>) out.push(r.toString());
    return out;
  });
}

/** Waits until the marks equal `expected` (in any order of registration; compared sorted). */
async function expectMarks(page: TestPage, expected: string[]): Promise<void> {
  const want = [...expected].sort();
  await expect.poll(async () => (await readMarks(page)).sort(), { timeout: 5000 }).toEqual(want);
}

forEachBrowser((b) => {
  // Every kind, places included: "Helsinki" alone (a place) shows a name is not joined across a block boundary.
  beforeAll(() => storeSettings(b, ON));

  it('marks mentions split across inline elements, in a shadow root, and never in editors or code', async () => {
    const page = await b.openPage('/content-inline.html');
    await expectMarks(page, ['Helsinki summit', 'Levada Centre', 'VTsIOM', 'Kremlin', 'Dmitry Peskov', 'Helsinki', 'Vladimir Putin']);
    // Only our one host may ever be added to the page, and only once a card opens.
    expect(await page.evaluate(() => document.querySelectorAll('factlens-card').length)).toBe(0);
    await page.screenshot('content-inline-marked');
    expect(b.extensionErrors()).toEqual([]);
    expect(b.pageErrors()).toEqual([]);
    await page.close();
  });

  it('marks a name that opens a block in markup without whitespace between tags, the page naming nothing else', async () => {
    const page = await b.openPage('/content-joined.html');
    await expectMarks(page, ['Peskov']);
    expect(b.extensionErrors()).toEqual([]);
    await page.close();
  });

  it('leaves typing in a textarea and an editor alone, and marks nothing typed there', async () => {
    const page = await b.openPage('/content-inline.html');
    await expect.poll(async () => (await readMarks(page)).length).toBe(7);
    const box = (id: string) =>
      page.evaluate((i) => {
        const r = document.getElementById(i)!.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }, id);
    const notes = await box('notes');
    await page.click(notes.x, notes.y);
    await page.press('Control+End');
    await page.type(' Dmitry Peskov and the Levada Centre');
    const editor = await box('editor');
    await page.click(editor.x, editor.y);
    await page.press('Control+End');
    await page.type(' Vladimir Putin');
    expect(await page.evaluate(() => (document.getElementById('notes') as HTMLTextAreaElement).value)).toBe(
      'Levada Centre, typed in a textarea. Dmitry Peskov and the Levada Centre',
    );
    expect(await page.evaluate(() => document.getElementById('editor')!.textContent)).toBe('Dmitry Peskov, typed in an editor. Vladimir Putin');
    await new Promise((r) => setTimeout(r, 400));
    expect((await readMarks(page)).sort()).toEqual(['Dmitry Peskov', 'Helsinki', 'Helsinki summit', 'Kremlin', 'Levada Centre', 'VTsIOM', 'Vladimir Putin']);
    expect(b.extensionErrors()).toEqual([]);
    await page.close();
  });

  it('follows a page that adds and changes content, and a single-page-app navigation', async () => {
    const page = await b.openPage('/content-dynamic.html');
    await expectMarks(page, ['Vladimir Putin', 'Levada Centre', 'Levada Centre', 'Levada Centre']);
    await page.evaluate(() => (window as unknown as { addItem(t: string): void }).addItem('Late news: Dmitry Peskov replied.'));
    await expectMarks(page, ['Vladimir Putin', 'Levada Centre', 'Levada Centre', 'Levada Centre', 'Dmitry Peskov']);
    await page.evaluate(() => (window as unknown as { editFirst(t: string): void }).editFirst('Nobody opened the day.'));
    await expectMarks(page, ['Levada Centre', 'Levada Centre', 'Levada Centre', 'Dmitry Peskov']);
    await page.evaluate(() => (window as unknown as { goToPageTwo(): void }).goToPageTwo());
    await expectMarks(page, ['Dmitry Peskov', 'Helsinki summit']);
    expect(page.url()).toContain('?page=2');
    expect(b.extensionErrors()).toEqual([]);
    expect(b.pageErrors()).toEqual([]);
    await page.close();
  });

  it('marks inside same-origin and cross-origin frames', async () => {
    const cross = new URL(b.url('/', true)).origin;
    const page = await b.openPage(`/content-frames.html?cross=${encodeURIComponent(cross)}`);
    await expectMarks(page, ['Levada Centre']);
    const frames = await page.waitFor(async () => {
      const ask = (id: string) =>
        new Promise<{ who: string; marks: string[] }>((resolve) => {
          const on = (e: MessageEvent) => {
            if (e.data?.who) {
              removeEventListener('message', on);
              resolve(e.data);
            }
          };
          addEventListener('message', on);
          (document.getElementById(id) as HTMLIFrameElement).contentWindow!.postMessage('factlens-test:marks?', '*');
        });
      const got = [await ask('same'), await ask('cross')];
      return got.every((g) => g.marks.length > 0) ? got : null;
    }, undefined, 8000);
    expect(frames).toEqual([
      { who: 'same', marks: ['Dmitry Peskov'] },
      { who: 'cross', marks: ['Dmitry Peskov'] },
    ]);
    expect(b.extensionErrors()).toEqual([]);
    await page.close();
  });
});
