import { expect, it } from 'vitest';
import { hasPageApp, ON, storeSettings } from '../fixtures/hostile/spec-helpers.ts';
import { forEachBrowser, type TestBrowser } from './harness/index.ts';

/** A page whose only names are places (off by default), and "used", which holds the cue of "US". */
const PLACES = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry news</title></head><body>
<article><h1>Harbour works</h1><p>We used the ferry to Helsinki, as the US team did last summer.</p></article>
</body></html>`;

const DEFAULTS = { ...ON, kinds: ['person', 'organization', 'event'] };

type Api = typeof chrome;
// The functions below run in the background, serialized: each finds the extension API itself.
/** The ids of the content scripts the background has registered. */
function registered(b: TestBrowser): Promise<string[]> {
  return b.evalInBackground(async (bg) => {
    const api = (bg as unknown as { browser?: Api }).browser ?? (bg as unknown as { chrome: Api }).chrome;
    return (await api.scripting.getRegisteredContentScripts()).map((s) => s.id);
  });
}

forEachBrowser((b) => {
  it('with the kinds marked by default, a page naming only places never gets the page app; with places on, that page, still open, and a page opened next mark them', async () => {
    b.server.route('/kinds-places.html', PLACES);
    await storeSettings(b, DEFAULTS);
    await expect.poll(() => registered(b), { timeout: 5000 }).not.toContain('factlens-all-kinds');
    const quiet = await b.openPage('/kinds-places.html');
    const quietTab = await quiet.tabId();
    await new Promise((r) => setTimeout(r, 800));
    expect(await hasPageApp(b, quietTab)).toBe(false);
    expect(await quiet.evaluate(() => CSS.highlights.size)).toBe(0);

    await storeSettings(b, ON);
    await expect.poll(() => registered(b), { timeout: 5000 }).toContain('factlens-all-kinds');
    // No reload: the background runs all-kinds.js in the open tab, whose probe starts again with every kind's cues.
    await expect.poll(() => hasPageApp(b, quietTab), { timeout: 5000 }).toBe(true);
    await expect.poll(() => quiet.evaluate(() => CSS.highlights.size), { timeout: 5000 }).toBeGreaterThan(0);
    await quiet.close();
    const page = await b.openPage('/kinds-places.html');
    const tabId = await page.tabId();
    await expect.poll(() => hasPageApp(b, tabId), { timeout: 5000 }).toBe(true);
    await expect.poll(() => page.evaluate(() => CSS.highlights.size), { timeout: 5000 }).toBeGreaterThan(0);
    expect(b.extensionErrors()).toEqual([]);
    await page.close();
  });
});
