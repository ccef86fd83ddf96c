import { expect, it } from 'vitest';
import { forEachBrowser, type TestBrowser, type TestPage } from './harness/index.ts';

/** The rows the popup lists, as "name:count". */
function rows(popup: TestPage): Promise<string[]> {
  return popup.evaluate(() =>
    [...document.querySelectorAll('.mention')].map((b) => `${b.querySelector('.mention-name')?.textContent}:${b.querySelector('.mention-count')?.textContent}`),
  );
}

async function openWithPopup(b: TestBrowser, path: string) {
  const page = await b.openPage(path);
  await page.waitFor(() => CSS.highlights.size > 0);
  const popup = await b.openExtensionPage(`popup.html?tab=${await page.tabId()}`, '.mention, .note');
  return { page, popup };
}

// The toolbar button cannot be clicked by a driver: the popup is opened as a page for a given
// tab (`popup.html?tab=ID`), which is the same page the toolbar shows.
forEachBrowser((b) => {
  it('lists what the page mentions, with counts, and reveals a mention', async () => {
    b.clearLogs();
    const { page, popup } = await openWithPopup(b, '/seed-000.html');
    await popup.waitForSelector('.mention');
    const listed = await rows(popup);
    const named = await page.evaluate(() => document.body.innerText.match(/Helsinki summit/gi)?.length ?? 0);
    const summit = listed.find((r) => r.startsWith('Helsinki summit'));
    expect(Number(summit?.split(':').at(-1))).toBeGreaterThanOrEqual(named);
    expect(named).toBeGreaterThan(0);
    expect(listed.some((r) => /^Levada Cent(er|re)/.test(r))).toBe(true);
    // The badge's count (reported by the content script) is the sum of the listed counts.
    const sum = listed.reduce((n, r) => n + Number(r.split(':').at(-1)), 0);
    const state = await popup.evaluate((t) => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({ type: 'tabState', tabId: t }), await page.tabId());
    expect(state).toEqual({ host: '127.0.0.1', count: sum });
    const badge = await b.evalInBackground((bg, t) => (bg as unknown as { chrome: typeof chrome }).chrome.action.getBadgeText({ tabId: t }), await page.tabId());
    expect(badge).toBe(String(sum));
    await popup.screenshot('popup-mentions');

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const before = await page.evaluate(() => window.scrollY);
    await popup.evaluate(() =>
      ([...document.querySelectorAll('.mention')] as HTMLButtonElement[]).find((m) => m.textContent?.startsWith('Helsinki summit'))?.click());
    await page.waitFor((y) => window.scrollY < y, before);
    // The first mention is now on screen.
    const top = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent?.search(/Helsinki summit/i) ?? -1;
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 15);
        return r.getBoundingClientRect().top;
      }
      return null;
    });
    expect(top).not.toBeNull();
    expect(top!).toBeGreaterThanOrEqual(0);
    expect(top!).toBeLessThan(await page.evaluate(() => innerHeight));
    await popup.close();
    await page.close();
    expect(b.extensionErrors()).toEqual([]);
  });

  it('searches the whole dataset and shows the results as cards', async () => {
    const { page, popup } = await openWithPopup(b, '/seed-001.html');
    await popup.evaluate(() => {
      const box = document.querySelector('input[type="search"]') as HTMLInputElement;
      box.focus();
    });
    await popup.type('Helsinki summit');
    await popup.waitForSelector('.results [role="article"]');
    const first = await popup.evaluate(() => {
      const card = document.querySelector('.results [role="article"]') as HTMLElement;
      return { title: card.querySelector('.fl-title')?.textContent, text: card.textContent ?? '' };
    });
    expect(first.title).toMatch(/^Helsinki summit/);
    for (const figure of ['42%', '29%', '4%', '48%', '38%']) expect(first.text).toContain(figure);
    await popup.screenshot('popup-search');
    await popup.evaluate(() => {
      const box = document.querySelector('input[type="search"]') as HTMLInputElement;
      box.select();
    });
    await popup.type('qwxyzzy');
    await popup.waitFor(() => document.querySelector('.results')?.textContent?.includes('Nothing in the bundled sources matches'));
    await popup.close();
    await page.close();
  });

  it('turns FactLens off on the site, live, and back on', async () => {
    const { page, popup } = await openWithPopup(b, '/seed-000.html');
    await popup.waitForSelector('.site-toggle');
    await popup.evaluate(() => (document.querySelector('.site-toggle') as HTMLButtonElement).click());
    await page.waitFor(() => CSS.highlights.size === 0);
    await popup.waitFor(() => document.body.textContent?.includes('FactLens is turned off on this site.'));
    await popup.evaluate(() => (document.querySelector('.site-toggle') as HTMLButtonElement).click());
    await page.waitFor(() => CSS.highlights.size > 0);
    await popup.waitForSelector('.mention');
    await popup.close();
    await page.close();
  });
});
