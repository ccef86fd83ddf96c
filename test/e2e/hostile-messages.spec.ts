import { expect, it } from 'vitest';
import { forEachBrowser, readManifest } from './harness/index.ts';
import { errorsOf, expectMarks, readMarks } from '../fixtures/hostile/spec-helpers.ts';

const MARKS = ['Dmitry Peskov', 'Helsinki summit', 'Kremlin', 'Levada Centre'];

/** Messages shaped like ours, as a page would guess them. */
const FORGERIES = [
  { type: 'lookupSelection', text: 'Dmitry Peskov' },
  { type: 'nextMention' },
  { type: 'revealEntity', entityId: 'dmitry-peskov' },
  { type: 'pageMentions' },
  { type: 'lookup', entityId: 'dmitry-peskov' },
];

forEachBrowser((b) => {
  it('look-alike postMessage and custom events from the page change nothing', async () => {
    b.clearLogs();
    const page = await b.openPage('/hostile-globals.html');
    await expectMarks(page, MARKS);
    const before = (await readMarks(page)).sort();
    await page.evaluate((forged) => {
      for (const m of forged) {
        window.postMessage(m, '*');
        window.postMessage(JSON.stringify(m), '*');
        for (const name of ['factlens', 'factlens:message', 'factlens-lookup', 'factlens-open', m.type]) {
          window.dispatchEvent(new CustomEvent(name, { detail: m }));
          document.dispatchEvent(new CustomEvent(name, { detail: m, bubbles: true }));
        }
      }
    }, FORGERIES);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await page.readCard()).toBeNull();
    expect((await readMarks(page)).sort()).toEqual(before);
    // The page has no channel to the extension at all: no externally_connectable.
    expect(await page.evaluate(() => typeof (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
    expect(errorsOf(b)).toEqual({ page: [], extension: [] });
    await page.close();
  });

  it('the background answers nothing to malformed or forged calls from an extension page', async () => {
    b.clearLogs();
    const ext = await b.openExtensionPage('options.html');
    const answers = await ext.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const bad: unknown[] = [
        null, 42, 'lookup', [], {}, { type: 'lookup' }, { type: 'lookup', entityId: 7 },
        { type: 'lookup', entityId: 'x'.repeat(100_000) }, { type: 'lookup', entityId: 'putin', extra: 1 },
        { type: 'search', query: 'Putin', limit: 1e9 }, { type: 'search', query: 'x'.repeat(10_000) },
        { type: 'openSource', sourceId: 's', start: -1, end: 2 }, { type: 'tabState', tabId: 1.5 },
        { type: '__proto__' }, { type: 'constructor' }, { type: 'toString' },
        // Allowed shape, wrong sender: the badge belongs to content scripts in tabs.
        { type: 'reportCount', count: 999 },
      ];
      const out: string[] = [];
      for (const m of bad) {
        try {
          const r = await api.runtime.sendMessage(m);
          out.push(r === undefined ? 'no answer' : `answered ${JSON.stringify(r).slice(0, 40)}`);
        } catch (e) {
          out.push(/refused/.test(String(e)) ? 'refused' : 'no answer');
        }
      }
      return out;
    });
    expect(answers.slice(0, -1).every((a) => a === 'no answer')).toBe(true);
    expect(answers.at(-1)).toBe('refused');
    expect(b.extensionErrors()).toEqual([]);
    await ext.close();
  });

  it('manifests: no web_accessible_resources, no externally_connectable, strict CSP for extension pages', () => {
    const m = readManifest(b.extensionDir)!;
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    const csp = (m.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/connect-src 'none'/);
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });
});
