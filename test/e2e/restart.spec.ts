import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { forEachBrowser, type TestPage } from './harness/index.ts';

/** The rows the popup lists, as "name:count". */
function rows(popup: TestPage): Promise<string[]> {
  return popup.evaluate(() =>
    [...document.querySelectorAll('.mention')].map((b) => `${b.querySelector('.mention-name')?.textContent}:${b.querySelector('.mention-count')?.textContent}`),
  );
}

// Chromium only: a test can stop Chromium's service worker over CDP, while Firefox offers a
// test no way to unload the event page short of reloading the whole add-on, which also clears
// session storage.
forEachBrowser(
  (b) => {
    it('keeps the tab state when the browser stops and restarts the background', async () => {
      b.clearLogs();
      const page = await b.openPage('/seed-000.html');
      await page.waitFor(() => CSS.highlights.size > 0);
      const tabId = await page.tabId();
      // The content script reports its count once marking settles.
      const badgeOf = (t: number) => b.evalInBackground((bg, id) => (bg as unknown as { chrome: typeof chrome }).chrome.action.getBadgeText({ tabId: id }), t);
      await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toMatch(/^\d+$/);
      const badgeBefore = await badgeOf(tabId);
      await b.evalInBackground((bg) => Object.assign(bg, { factlensBeforeStop: true }));

      const raw = (page as unknown as { page: Page }).page;
      const cdp = await raw.context().newCDPSession(raw);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();

      const popup = await b.openExtensionPage(`popup.html?tab=${tabId}`, '.mention, .note');
      await popup.waitForSelector('.mention');
      // A new worker answered: what the old one kept in memory is gone.
      expect(await b.evalInBackground((bg) => 'factlensBeforeStop' in bg)).toBe(false);
      const listed = await rows(popup);
      expect(listed.some((r) => r.startsWith('Helsinki summit'))).toBe(true);
      const sum = listed.reduce((n, r) => n + Number(r.split(':').at(-1)), 0);
      // Straight from the background, so the popup's activeTab fallback plays no part.
      const state = await popup.evaluate((t) => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({ type: 'tabState', tabId: t }), tabId);
      expect(state).toEqual({ host: '127.0.0.1', count: sum });
      expect(badgeBefore).toBe(String(sum));
      expect(await badgeOf(tabId)).toBe(String(sum));
      await popup.waitFor(() => [...document.querySelectorAll('button')].some((el) => el.textContent === 'Turn off on this site'));
      await popup.screenshot('popup-after-restart');
      expect(b.externalRequests()).toEqual([]);
      expect(b.extensionErrors()).toEqual([]);
      await popup.close();
      await page.close();
    });
  },
  { browsers: ['chromium'] },
);
