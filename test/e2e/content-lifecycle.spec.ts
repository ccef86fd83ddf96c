import { expect, it } from 'vitest';
import { ON, storeSettings } from '../fixtures/hostile/spec-helpers.ts';
import { forEachBrowser, says, type TestPage } from './harness/index.ts';

/** What our content script has added to the page: highlight entries, adopted sheets, the host. */
function traces(page: TestPage) {
  return page.evaluate(() => ({
    marks: [...CSS.highlights].filter(([n]) => n.startsWith('factlens-mark-')).reduce((k, [, h]) => k + (h as { size: number }).size, 0),
    entries: [...CSS.highlights.keys()].filter((n) => n.startsWith('factlens-')).length,
    sheets: document.adoptedStyleSheets.length,
    hosts: document.querySelectorAll('factlens-card').length,
  }));
}


forEachBrowser((b) => {
  it('applies settings live and, when turned off, removes everything it added', async () => {
    await storeSettings(b, ON);
    const page = await b.openPage('/content-inline.html');
    await expect.poll(async () => (await traces(page)).marks, { timeout: 8000 }).toBe(7);
    await storeSettings(b, { ...ON, kinds: ['person'] });
    await expect.poll(async () => (await traces(page)).marks).toBe(2);
    await storeSettings(b, { ...ON, enabled: false });
    await expect.poll(() => traces(page)).toEqual({ marks: 0, entries: 0, sheets: 0, hosts: 0 });
    await storeSettings(b, { ...ON, disabledSites: ['example.org'] });
    await expect.poll(async () => (await traces(page)).marks).toBe(7);
    await storeSettings(b, { ...ON, disabledSites: ['127.0.0.1'] });
    await expect.poll(async () => (await traces(page)).entries).toBe(0);
    await storeSettings(b, ON);
    await expect.poll(async () => (await traces(page)).marks).toBe(7);
    expect(b.extensionErrors()).toEqual([]);
    await page.close();
  });

  it('the context menu looks up a selection, or says plainly that nothing is known', async () => {
    await storeSettings(b, ON);
    const page = await b.openPage('/seed-000.html');
    await expect.poll(async () => (await traces(page)).marks, { timeout: 8000 }).toBeGreaterThan(30);
    await page.bringToFront();
    const tabId = await page.tabId();
    const menu = (text: string) =>
      b.evalInBackground(
        (bg, a) => (bg as unknown as { factlensSeams: { onMenuClicked(c: object): Promise<boolean> } }).factlensSeams.onMenuClicked({ menuItemId: 'factlens-lookup', selectionText: a.text, tabId: a.tabId, frameId: 0 }),
        { text, tabId },
      );
    expect(await menu('the Levada Centre')).toBe(true);
    const card = await page.waitForCard();
    expect(card.name).toMatch(/Levada/);
    expect(says(card, '42%')).toBe(true);
    expect(await menu('Bolshoi Ballet')).toBe(false);
    await expect.poll(async () => (await page.readCard())?.text ?? '').toMatch(/knows nothing/);
    await page.screenshot('card-unknown');
    expect(b.extensionErrors()).toEqual([]);
    await page.close();
  });
});
