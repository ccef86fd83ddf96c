import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/core/dataset-schema.ts';
import { forEachBrowser, repoRoot } from './harness/index.ts';

const dataset = JSON.parse(readFileSync(join(repoRoot, 'dist/gen/dataset.json'), 'utf8')) as Dataset;
/** The last quote of the longest translated source: far enough down to need scrolling to. */
const translated = dataset.sources.filter((s) => s.translated).sort((a, b) => b.text.length - a.text.length)[0]!;
const quote = dataset.quotes.filter((q) => q.sourceId === translated.id).sort((a, b) => b.start - a.start)[0]!;

forEachBrowser((b) => {
  it('shows the cleaned article with the cited passage highlighted and in view', async () => {
    b.clearLogs();
    const viewer = await b.openExtensionPage(`viewer.html?source=${encodeURIComponent(quote.sourceId)}&start=${quote.start}&end=${quote.end}`, 'mark');
    await viewer.waitFor(() => {
      const r = document.querySelector('mark')!.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    });
    const seen = await viewer.evaluate(() => {
      const mark = document.querySelector('mark')!;
      const r = mark.getBoundingClientRect();
      return {
        mark: mark.textContent,
        text: document.querySelector('.text')?.textContent,
        title: document.querySelector('h1')?.textContent,
        notice: document.querySelector('.notice')?.textContent ?? '',
        inView: r.bottom > 0 && r.top < innerHeight,
        scrolled: window.scrollY,
      };
    });
    expect(seen.mark).toBe(quote.text);
    expect(seen.text).toBe(translated.text);
    expect(seen.title).toBe(translated.title);
    expect(seen.notice).toContain('translation');
    expect(seen.inView).toBe(true);
    await viewer.screenshot('viewer');
    await viewer.close();
    expect(b.extensionErrors()).toEqual([]);
  });

  it('opens from a card in a page: the background opens the viewer tab the page itself may not', async () => {
    const page = await b.openPage('/seed-000.html');
    await page.waitFor(() => CSS.highlights.size > 0);
    const tabId = await page.tabId();
    // The card's source link sends `openSource` from the content script; the seam takes it as delivered.
    const opened = await b.evalInBackground(async (bg, a) => {
      const api = (bg as unknown as { chrome: typeof chrome }).chrome;
      const before = new Set((await api.tabs.query({})).map((t) => t.id));
      await (bg as unknown as { factlensSeams: { openSource(m: unknown, tabId: number): Promise<void> } }).factlensSeams.openSource(
        { sourceId: a.sourceId, start: a.start, end: a.end }, a.tabId);
      for (let i = 0; i < 50; i++) {
        const fresh = (await api.tabs.query({})).filter((t) => !before.has(t.id));
        const seen = fresh.map((t) => ({ url: t.url || t.pendingUrl || '', opener: t.openerTabId }));
        // A new tab reports its address once it starts loading it.
        if (seen.length && seen.every((t) => t.url.includes('viewer.html'))) return seen;
        if (i === 49) return seen;
        await new Promise((r) => setTimeout(r, 100));
      }
      return [];
    }, { tabId, sourceId: quote.sourceId, start: quote.start, end: quote.end });
    expect(opened).toHaveLength(1);
    expect(opened[0]!.url).toBe(`${b.extensionOrigin}/viewer.html?source=${encodeURIComponent(quote.sourceId)}&start=${quote.start}&end=${quote.end}`);
    expect(opened[0]!.opener).toBe(tabId);
    await page.close();
  });

  it('says plainly when the source is unknown', async () => {
    const viewer = await b.openExtensionPage('viewer.html?source=no-such-source&start=1&end=2', '[role="alert"]');
    expect(await viewer.evaluate(() => document.querySelector('[role="alert"]')?.textContent)).toBe('No source “no-such-source” in the bundled dataset.');
    await viewer.close();
  });

  it('extension pages cannot reach the network: connect-src is none', async () => {
    const target = b.url('/seed-000.html');
    for (const path of ['viewer.html?source=x', 'popup.html', 'options.html']) {
      const p = await b.openExtensionPage(path, 'body *');
      // The page's own CSP refuses the request (reported as a violation of connect-src).
      const outcome = await p.evaluate(async (url) => {
        const violated = new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
          setTimeout(() => resolve('no violation reported'), 3000);
        });
        const fetched = await fetch(url).then(() => 'fetched', () => 'blocked');
        return `${fetched} ${await violated}`;
      }, target);
      expect(outcome, path).toBe('blocked connect-src');
      await p.close();
    }
    const csp = (await b.evalInBackground((bg) => (bg as unknown as { chrome: typeof chrome }).chrome.runtime.getManifest()))
      .content_security_policy as { extension_pages: string };
    expect(csp.extension_pages).toContain("connect-src 'none'");
    expect(csp.extension_pages).toContain("script-src 'self'");
  });
});
