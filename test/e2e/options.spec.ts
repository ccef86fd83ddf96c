import { expect, it } from 'vitest';
import { forEachBrowser, type TestPage } from './harness/index.ts';

/** Clicks a control on the options page, as a reader would. */
function click(options: TestPage, selector: string): Promise<void> {
  return options.evaluate((s) => (document.querySelector(s) as HTMLInputElement).click(), selector);
}

/** The counts the popup lists for a tab, by entity id. */
function counts(popup: TestPage): Promise<Record<string, number>> {
  return popup.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.mention')].map((b) => [(b as HTMLElement).dataset.entity, Number(b.querySelector('.mention-count')?.textContent)]),
    ),
  );
}

forEachBrowser((b) => {
  it('turning FactLens off everywhere clears open pages at once, and on brings the marks back', async () => {
    b.clearLogs();
    const page = await b.openPage('/seed-000.html');
    await page.waitFor(() => CSS.highlights.size > 0);
    const options = await b.openExtensionPage('options.html', 'input[name="enabled"]');
    await options.screenshot('options');
    expect(await options.evaluate(() => (document.querySelector('input[name="enabled"]') as HTMLInputElement).checked)).toBe(true);
    await click(options, 'input[name="enabled"]');
    await page.waitFor(() => CSS.highlights.size === 0);
    await click(options, 'input[name="enabled"]');
    await page.waitFor(() => CSS.highlights.size > 0);
    await options.close();
    await page.close();
    expect(b.extensionErrors()).toEqual([]);
  });

  it('kinds and "first mention only" change what open pages mark, live', async () => {
    const page = await b.openPage('/seed-000.html');
    await page.waitFor(() => CSS.highlights.size > 0);
    const popup = await b.openExtensionPage(`popup.html?tab=${await page.tabId()}`, '.mention');
    const all = await counts(popup);
    // Places are off by default: the page's many "Russia"s are not marked until asked for.
    expect(all['russia']).toBeUndefined();
    expect(all['donald-trump']).toBeGreaterThan(1);
    const options = await b.openExtensionPage('options.html', 'input[name="enabled"]');

    await click(options, 'input[name="kind-place"]');
    await popup.waitFor(() => document.querySelector('.mention[data-entity="russia"]') !== null);
    expect(Object.keys(await counts(popup))).toContain('helsinki-summit-2018');
    await click(options, 'input[name="kind-place"]');
    await popup.waitFor(() => !document.querySelector('.mention[data-entity="russia"]') && document.querySelector('.mention') !== null);

    await click(options, 'input[name="firstOnly"]');
    // Non-empty: the popup shows "loading" (no list) for a moment after each settings change.
    await popup.waitFor(() => {
      const c = [...document.querySelectorAll('.mention-count')];
      return c.length > 0 && c.every((x) => x.textContent === '1');
    });
    expect(Object.keys(await counts(popup)).sort()).toEqual(Object.keys(all).sort());
    await click(options, 'input[name="firstOnly"]');
    await popup.waitFor((n) => document.querySelector('.mention[data-entity="donald-trump"] .mention-count')?.textContent === String(n), all['donald-trump']);

    await options.close();
    await popup.close();
    await page.close();
  });

  it('a site turned off on the options page stops being marked', async () => {
    const page = await b.openPage('/seed-001.html');
    await page.waitFor(() => CSS.highlights.size > 0);
    const options = await b.openExtensionPage('options.html', '#add-site');
    await options.evaluate(() => (document.querySelector('#add-site') as HTMLInputElement).focus());
    await options.type('http://127.0.0.1/');
    await options.press('Enter');
    await options.waitFor(() => document.querySelector('.site')?.textContent === '127.0.0.1');
    await page.waitFor(() => CSS.highlights.size === 0);
    await click(options, '.site-list button');
    await page.waitFor(() => CSS.highlights.size > 0);
    await options.close();
    await page.close();
  });
});
