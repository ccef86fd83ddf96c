import { describe, expect, it } from 'vitest';
import { distDirs, forEachBrowser, readManifest } from './harness/index.ts';

/** Names the seed pages mention; hovering each gives the card (and the background) every chance to reach out. */
const mentions = ['Helsinki summit', 'Levada', 'VTsIOM', 'Peskov', 'Kremlin', 'Huntsman'];
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Every request either browser sends goes through the harness's proxy, loopback included, so a
// request from a page, a content script, an extension page or the background is counted alike.
forEachBrowser((b) => {
  it('sends nothing beyond loopback while reading, hovering and using the popup and options', async () => {
    b.clearLogs();
    for (let i = 0; i < 5; i++) {
      const page = await b.openPage(`/seed-00${i}.html`);
      await page.waitFor(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
      for (const text of mentions) {
        if (!(await page.textRect(text))) continue;
        await page.hoverText(text);
        await pause(500);
        await page.mouseMove(5, 5);
      }
      if (i === 0) {
        const popup = await b.openExtensionPage(`popup.html?tab=${await page.tabId()}`, 'body *');
        const search = await popup.evaluate(() => !!document.querySelector('input'));
        if (search) {
          await popup.evaluate(() => document.querySelector('input')?.focus());
          await popup.type('Levada');
          await pause(500);
        }
        await popup.close();
        const options = await b.openExtensionPage('options.html', 'body *');
        await options.close();
      }
      await page.close();
    }
    await pause(1000);
    expect(b.externalRequests()).toEqual([]);
  });

  it('blocks requests from extension pages by their CSP', async () => {
    const popup = await b.openExtensionPage('popup.html', 'body *');
    const target = b.url('/index.html?from-popup');
    const outcome = await popup.evaluate((url) => fetch(url).then(() => 'sent', () => 'blocked'), target);
    expect(outcome).toBe('blocked');
    await popup.close();
  });
});

describe('extension pages CSP', () => {
  for (const [browser, dir] of Object.entries(distDirs)) {
    it(`${browser}: manifest sets connect-src 'none'`, () => {
      const csp = (readManifest(dir)?.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages ?? '';
      expect(csp.split(';').map((d) => d.trim())).toContain("connect-src 'none'");
    });
  }
});
