import { beforeAll, expect, it } from 'vitest';
import { hasPageApp, ON, storeSettings } from '../fixtures/hostile/spec-helpers.ts';
import { forEachBrowser, says, type TestPage } from './harness/index.ts';

/**
 * An ordinary article that names nothing FactLens knows, with an open shadow root that names nothing
 * either. The shadow root's text is written by a script in the head, which is never read, so a name
 * put there is in the shadow root alone.
 */
const QUIET = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quiet page</title>
<script>addEventListener('DOMContentLoaded', () => { document.getElementById('widget').attachShadow({ mode: 'open' }).innerHTML = '<p id="inner">Weather for the weekend: dry and mild.</p>'; });</script>
</head><body>
<article id="story"><h1>Harbour works</h1>
<p>The committee reviewed a proposal on regional trade while local officials said that several reports would follow.</p>
<p>Residents asked about water prices, heating budgets and <em>ferry routes</em> during a long dry summer.</p>
<div id="widget"></div></article>
</body></html>`;

/** What we have put into the page's shared surfaces: our highlight entries and adopted sheets. */
function traces(page: TestPage): Promise<{ highlights: string[]; sheets: number; marks: string[] }> {
  return page.evaluate(() => {
    const highlights = [...CSS.highlights.keys()].filter((n) => n.startsWith('factlens-'));
    const marks: string[] = [];
    for (const [name, h] of CSS.highlights) if (name.startsWith('factlens-mark-')) for (const r of h as Iterable<Range>) marks.push(r.toString());
    return { highlights, sheets: document.adoptedStyleSheets.length, marks: marks.sort() };
  });
}

/** Names only in its data and styles: a JSON-LD block, an inline script's headlines, a style rule, a noscript note. */
const DATA_ONLY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour news</title></head><body>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour works","related":["Dmitry Peskov on talks","Levada Centre poll"]}</script>
<article id="story"><h1>Harbour works</h1>
<p>The committee reviewed a proposal on regional trade while local officials said that several reports would follow.</p>
<script>window.trending = ["Vladimir Putin meets Mike Pompeo in Sochi", "Helsinki summit"];</script>
<style>.kremlin-badge { color: teal; }</style>
<noscript>Scripts are off: the Kremlin widget is hidden.</noscript></article>
</body></html>`;

/** Nothing of ours on the page after it settles; then a paragraph naming Peskov is added to `#story`, and he is marked. */
async function quietThenNamed(page: TestPage): Promise<void> {
  await new Promise((r) => setTimeout(r, 800));
  expect(await traces(page)).toEqual({ highlights: [], sheets: 0, marks: [] });
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Late news: Dmitry Peskov replied.';
    document.getElementById('story')!.append(p);
  });
  await expect.poll(async () => (await traces(page)).marks, { timeout: 5000 }).toEqual(['Dmitry Peskov']);
}

forEachBrowser((b) => {
  beforeAll(async () => {
    await storeSettings(b, ON);
    b.server.route('/content-quiet.html', QUIET);
    b.server.route('/content-data-only.html', DATA_ONLY);
  });

  it('a page whose scripts and styles name people but whose words do not never gets the page app; a name in its words brings it', async () => {
    const page = await b.openPage('/content-data-only.html');
    const tabId = await page.tabId();
    await new Promise((r) => setTimeout(r, 800));
    expect(await hasPageApp(b, tabId)).toBe(false);
    await quietThenNamed(page);
    expect(await hasPageApp(b, tabId)).toBe(true);
    expect(b.extensionErrors()).toEqual([]);
    await page.close();
  });

  it('a page that names nothing gets nothing of ours: no highlight entry, no adopted sheet; a name added later is marked, in a shadow root too', async () => {
    const page = await b.openPage('/content-quiet.html');
    await quietThenNamed(page);
    const after = await traces(page);
    expect(after.highlights.length).toBe(3);
    expect(after.sheets).toBe(1);

    await page.evaluate(() => {
      document.getElementById('widget')!.shadowRoot!.getElementById('inner')!.append(' The Levada Centre polled the region.');
    });
    await expect.poll(async () => (await traces(page)).marks, { timeout: 5000 }).toEqual(['Dmitry Peskov', 'Levada Centre']);
    expect(b.extensionErrors()).toEqual([]);
    expect(b.pageErrors()).toEqual([]);
    await page.close();
  });

  it('on a page that names nothing, the popup says so, and a lookup of selected text brings the page app in for its card', async () => {
    b.clearLogs();
    const page = await b.openPage('/content-quiet.html');
    const tabId = await page.tabId();
    const popup = await b.openExtensionPage(`popup.html?tab=${tabId}`, '.mention, .note');
    const note = () => popup.evaluate(() => document.querySelector('.page .note')?.textContent ?? '');
    await expect.poll(note, { timeout: 5000 }).toBe('Nothing on this page is in the dataset.');
    await popup.screenshot('popup-quiet');
    await popup.close();
    // The menu's seam, called as menus.onClicked would be: the frame has only the cue probe, which answers no message.
    const click = { menuItemId: 'factlens-lookup', selectionText: 'ferry routes', tabId, frameId: 0 };
    type Seams = { factlensSeams: { onMenuClicked(c: typeof click): Promise<boolean> } };
    expect(await b.evalInBackground((bg, c) => (bg as unknown as Seams).factlensSeams.onMenuClicked(c), click)).toBe(false);
    const card = await page.waitForCard();
    expect(says(card, 'FactLens knows nothing about this in its bundled sources.')).toBe(true);
    expect(await traces(page)).toMatchObject({ marks: [] });
    expect(b.extensionErrors()).toEqual([]);
    await page.close();
  });

  it('a name only in an open shadow root wakes the matcher too', async () => {
    b.server.route('/content-quiet-shadow.html', QUIET.replace('Weather for the weekend', 'Vladimir Putin spoke of the weekend'));
    const page = await b.openPage('/content-quiet-shadow.html');
    await expect.poll(async () => (await traces(page)).marks, { timeout: 5000 }).toEqual(['Vladimir Putin']);
    expect(b.extensionErrors()).toEqual([]);
    await page.close();
  });

  it('so does a name only in the shadow root of a custom element inside a list item and a link', async () => {
    b.server.route('/content-quiet-custom.html', QUIET.replace('<div id="widget"></div>', '<ul><li><a href="#w"><news-card id="widget"></news-card></a></li></ul>')
      .replace('Weather for the weekend', 'Dmitry Peskov spoke of the weekend'));
    const page = await b.openPage('/content-quiet-custom.html');
    await expect.poll(async () => (await traces(page)).marks, { timeout: 5000 }).toEqual(['Dmitry Peskov']);
    expect(b.extensionErrors()).toEqual([]);
    await page.close();
  });
});
