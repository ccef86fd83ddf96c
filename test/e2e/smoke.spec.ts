import { expect, it } from 'vitest';
import { forEachBrowser } from './harness/index.ts';

// The built extension (dist/) loads in both browsers, its content script runs on a loopback
// page, and nothing logs an error: not the page, not the background, not a content script.
forEachBrowser((b) => {
  it('starts its background', async () => {
    expect(await b.evalInBackground((bg) => typeof (bg as unknown as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id)).toBe('string');
  });

  it('marks mentions on a loopback page', async () => {
    b.clearLogs();
    const page = await b.openPage('/seed-000.html');
    // Highlights live in the document's registry, which the page's own scripts see too: count their ranges.
    expect(await page.waitFor(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0))).toBeGreaterThan(0);
    await page.screenshot('smoke-seed-000');
    expect(b.pageErrors()).toEqual([]);
    expect(b.extensionErrors()).toEqual([]);
    await page.close();
  });

  it('opens its popup and options pages without errors', async () => {
    b.clearLogs();
    const page = await b.openPage('/seed-001.html');
    await page.waitFor(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
    const popup = await b.openExtensionPage(`popup.html?tab=${await page.tabId()}`, 'body *');
    const options = await b.openExtensionPage('options.html', 'body *');
    expect(await popup.evaluate(() => document.body.innerText.trim().length)).toBeGreaterThan(0);
    expect(await options.evaluate(() => document.body.innerText.trim().length)).toBeGreaterThan(0);
    await popup.close();
    await options.close();
    await page.close();
    expect(b.extensionErrors()).toEqual([]);
  });
});
