import { expect, it } from 'vitest';
import { forEachBrowser } from './harness/index.ts';
import { cardBox } from '../fixtures/hostile/card-box.ts';
import { errorsOf, expectMarks, pageResult, resultWithout } from '../fixtures/hostile/spec-helpers.ts';

const MARKS = ['Dmitry Peskov', 'Helsinki summit', 'Kremlin', 'Levada Centre'];

const CSP_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict CSP</title></head>
<body><h1>No styles, no scripts</h1>
<p>Kremlin spokesman Dmitry Peskov spoke about the Helsinki summit.</p>
<p>The Levada Centre published a new poll.</p></body></html>`;

forEachBrowser((b) => {
  it('page CSS that unsets everything, hides our element and covers the view: the card is still drawn, on top', async () => {
    const without = await resultWithout(b, '/hostile-css.html');
    b.clearLogs();
    const page = await b.openPage('/hostile-css.html');
    await expectMarks(page, MARKS);
    expect(await pageResult(page)).toEqual(without);
    await page.hoverText('Dmitry Peskov');
    expect((await page.waitForCard()).name).toMatch(/Peskov/);
    // Above the max-z-index overlay, and card-sized: its own styles hold against `all: unset`.
    const box = await expect.poll(() => cardBox(page)).not.toBeNull().then(() => cardBox(page));
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(100);
    await page.screenshot('hostile-css-card');
    expect(errorsOf(b)).toEqual({ page: [], extension: [] });
    await page.close();
  });

  it("a strict CSP (default-src 'none'; style-src 'none') as a header: marks and a styled card", async () => {
    b.server.route('/hostile-csp.html', {
      body: CSP_PAGE,
      type: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': "default-src 'none'; style-src 'none'" },
    });
    b.clearLogs();
    const page = await b.openPage('/hostile-csp.html');
    await expectMarks(page, MARKS);
    await page.hoverText('Levada Centre');
    expect((await page.waitForCard()).name).toMatch(/Levada/);
    await expect.poll(() => cardBox(page)).not.toBeNull();
    const box = await cardBox(page);
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(100);
    // Nothing of ours but the host: no element in the page's view besides the card itself.
    expect(await page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight - 10)?.localName)).toBe('html');
    await page.screenshot('hostile-csp-card');
    // The browser's own favicon request is refused by this CSP too; any other refusal would be ours.
    const refused = b.pageErrors().filter((e) => !/favicon\.ico/.test(e.text));
    expect({ page: refused, extension: b.extensionErrors() }).toEqual({ page: [], extension: [] });
    await page.close();
  });
});
