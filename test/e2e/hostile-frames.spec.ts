import { expect, it } from 'vitest';
import { forEachBrowser, type TestPage } from './harness/index.ts';
import { errorsOf, expectMarks, pageResult, resultWithout } from '../fixtures/hostile/spec-helpers.ts';

const MARKS = ['Dmitry Peskov', 'Levada Centre', 'Vladimir Putin'];

/** Types into the editor and the textarea as a reader would. */
async function typeInEditors(page: TestPage): Promise<void> {
  for (const id of ['editor', 'notes']) {
    const at = await page.evaluate((i) => {
      const r = document.getElementById(i)!.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }, id);
    await page.click(at.x, at.y);
    await page.press('Control+End');
    await page.type(' Dmitry Peskov and the Levada Centre');
  }
  await new Promise((r) => setTimeout(r, 500));
  await page.evaluate(() => (window as unknown as { __finish(): void }).__finish());
}

forEachBrowser((b) => {
  it('RTL and bidi text marked; editors and a textarea never marked, typing in them unaffected; sandboxed and about:blank frames harmless', async () => {
    const without = await resultWithout(b, '/hostile-frames.html', typeInEditors);
    b.clearLogs();
    const page = await b.openPage('/hostile-frames.html');
    await expectMarks(page, MARKS);
    await typeInEditors(page);
    expect(await pageResult(page)).toEqual(without);
    await new Promise((r) => setTimeout(r, 400));
    await expectMarks(page, MARKS);
    // The about:blank frame shares the page's registry only if we marked it; its text is left alone either way.
    expect(await page.evaluate(() => {
      const d = (document.getElementById('blank') as HTMLIFrameElement).contentDocument!;
      return d.body.textContent;
    })).toBe('About blank: the Helsinki summit, written by the parent.');
    await page.hoverText('Dmitry Peskov');
    expect((await page.waitForCard()).name).toMatch(/Peskov/);
    await page.screenshot('hostile-frames-rtl');
    expect(errorsOf(b)).toEqual({ page: [], extension: [] });
    await page.close();
  });
});
