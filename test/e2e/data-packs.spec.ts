import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachBrowser, repoRoot, says, type TestPage } from './harness/index.ts';

/*
 * A pack built from test/fixtures/packs/articles with the real CLI, imported through the options
 * page's file chooser as a reader would, then seen on a page that names nobody the bundle knows:
 * the pack-only name "Ekaterina Schulmann" marked, and her card quoting the pack's article.
 */
let dir = '';
let goodPack = '';
let badPack = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'factlens-packs-'));
  goodPack = join(dir, 'osaka-interviews.json');
  execFileSync(process.execPath, [join(repoRoot, 'bin/factlens.js'), 'build-data', '--sources', join(repoRoot, 'test/fixtures/packs/articles'), '--out', goodPack], { stdio: 'pipe' });
  const broken = JSON.parse(readFileSync(goodPack, 'utf8')) as { quotes: { sourceId: string }[] };
  broken.quotes[1]!.sourceId = 'no-such-article';
  badPack = join(dir, 'broken-pack.json');
  writeFileSync(badPack, JSON.stringify(broken, null, 2));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Names only the pack's person: the bundle's cues alone rule this page out. Flagged for the stats seam (loopback only). */
const PAGE = `<!doctype html><html lang="en" data-factlens-bench><meta charset="utf-8"><title>Pack page</title>
<main><h1>After Osaka</h1>
<p>Political scientist Ekaterina Schulmann doubts a reset is near.</p></main></html>`;

/** Names a bundled person and the pack's: open across the import and the removal, read again at each. */
const MIXED_PAGE = `<!doctype html><meta charset="utf-8"><title>Mixed page</title>
<main><p>Dmitry Peskov spoke first; the political scientist Ekaterina Schulmann answered him.</p></main>`;

/** Names a bundled person, whose card gains the pack's quotes. */
const BUNDLED_PAGE = `<!doctype html><meta charset="utf-8"><title>Peskov page</title>
<main><p>The spokesman Dmitry Peskov said the door to dialogue remained open.</p></main>`;

/**
 * Whether the content script has read its settings and the packs' cues and probed the page: its
 * stats exist once the page app does (src/content/bench-seam.ts).
 */
function probed(page: TestPage): Promise<boolean> {
  return page.evaluate(() => {
    let seen = false;
    const on = () => (seen = true);
    addEventListener('factlens-bench-stats', on);
    dispatchEvent(new Event('factlens-bench-request'));
    removeEventListener('factlens-bench-stats', on);
    return seen;
  });
}

/** Every range of our marks, as text. */
function marks(page: TestPage): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [name, h] of CSS.highlights) if (name.startsWith('factlens-mark-')) for (const r of h as Iterable<Range>) out.push((r as Range).toString());
    return out.sort();
  });
}

/** Chooses a file in the options page's file input: Playwright in Chromium, puppeteer over BiDi (`input.setFiles`) in Firefox. */
async function chooseFile(options: TestPage, path: string): Promise<void> {
  const raw = (options as unknown as { page: unknown }).page;
  if (options.browser === 'chromium') {
    await (raw as { setInputFiles(sel: string, files: string): Promise<void> }).setInputFiles('input[name="pack-file"]', path);
  } else {
    const input = await (raw as { $(sel: string): Promise<{ uploadFile(...p: string[]): Promise<void> } | null> }).$('input[name="pack-file"]');
    await input!.uploadFile(path);
  }
}

/** What storage holds for packs, read in the options page. */
function stored(options: TestPage): Promise<string> {
  return options.evaluate(async () => {
    const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
    const all = await (g.browser ?? g.chrome).storage.local.get(null);
    return JSON.stringify(Object.keys(all).filter((k) => k.startsWith('pack')).sort().map((k) => [k, all[k]]));
  });
}

forEachBrowser((b) => {
  it('a pack built with the CLI is imported, listed, marks its names (in pages open before too) and fills its cards; removed, its marks go (from open pages too)', async () => {
    b.clearLogs();
    b.server.route('/pack-page.html', PAGE);
    b.server.route('/pack-bundled.html', BUNDLED_PAGE);
    b.server.route('/pack-mixed.html', MIXED_PAGE);
    const before = await b.openPage('/pack-page.html');
    await expect.poll(() => probed(before), { timeout: 8000 }).toBe(true);
    expect(await marks(before)).toEqual([]);
    const mixed = await b.openPage('/pack-mixed.html');
    await expect.poll(() => marks(mixed), { timeout: 8000 }).toEqual(['Dmitry Peskov']);

    const options = await b.openExtensionPage('options.html', 'input[name="pack-file"]');
    await options.waitForSelector('.pack-none');
    await chooseFile(options, goodPack);
    await options.waitFor(() => document.querySelector('.pack-name')?.textContent === 'osaka-interviews', undefined, 15000);
    const line = await options.evaluate(() => document.querySelector('.pack-meta')?.textContent ?? '');
    expect(line).toMatch(/^\d+ KB · 1 source · 1 new name · 3 quotes · 0 polls · imported /);
    await options.evaluate(() => document.querySelector('.packs')?.scrollIntoView());
    await options.screenshot('options-pack-listed');
    // Pages open since before the import, one that named nothing and one already read, mark the pack's name without a reload.
    await expect.poll(() => marks(before), { timeout: 8000 }).toEqual(['Ekaterina Schulmann']);
    await before.close();
    await expect.poll(() => marks(mixed), { timeout: 8000 }).toEqual(['Dmitry Peskov', 'Ekaterina Schulmann']);

    const page = await b.openPage('/pack-page.html');
    await expect.poll(() => marks(page), { timeout: 8000 }).toEqual(['Ekaterina Schulmann']);
    await page.hoverText('Ekaterina Schulmann');
    expect((await page.waitForCard()).name).toMatch(/Ekaterina Schulmann/);
    // The card opens at once and fills in when the background answers: both of her quotes, from the pack's article.
    const text = () => page.readCard().then((c) => c?.text ?? '');
    await expect.poll(text, { timeout: 5000 }).toMatch(/quotes \(2\)/i);
    expect(await text()).toContain('Source: Example Wire, 1 Jul 2019');
    // Chromium's accessibility tree, as the harness reads it, leaves out the blockquote's words; Firefox's has them.
    if (b.name === 'firefox') expect(says(await page.readCard(), 'Nobody in Moscow believes a reset is coming this year')).toBe(true);
    await page.screenshot('pack-card');
    await page.close();
    // Bundled entities gain the pack's quotes: Peskov's card now has his words from the pack's article.
    const bundledPage = await b.openPage('/pack-bundled.html');
    await expect.poll(() => marks(bundledPage), { timeout: 8000 }).toEqual(['Dmitry Peskov']);
    await bundledPage.hoverText('Dmitry Peskov');
    await expect.poll(() => bundledPage.readCard().then((c) => c?.text ?? ''), { timeout: 5000 }).toContain('Source: Example Wire, 1 Jul 2019');
    await bundledPage.close();

    await options.evaluate(() => (document.querySelector('.pack-remove') as HTMLButtonElement).click());
    await options.waitForSelector('.pack-none');
    // Removed, the pack's name goes from the open page too.
    await expect.poll(() => marks(mixed), { timeout: 8000 }).toEqual(['Dmitry Peskov']);
    await mixed.close();
    const after = await b.openPage('/pack-page.html');
    await expect.poll(() => probed(after), { timeout: 8000 }).toBe(true);
    expect(await marks(after)).toEqual([]);
    await after.close();
    await options.close();
    expect(b.extensionErrors()).toEqual([]);
  });

  it('a bad pack shows what is wrong and changes nothing', async () => {
    const options = await b.openExtensionPage('options.html', 'input[name="pack-file"]');
    await options.waitForSelector('.pack-none');
    await chooseFile(options, goodPack);
    await options.waitForSelector('.pack-name', 15000);
    const kept = await stored(options);
    await chooseFile(options, badPack);
    const alert = await options.waitFor(() => document.querySelector('[role="alert"]')?.textContent ?? '', undefined, 15000);
    expect(alert).toContain('“broken-pack.json” was not imported. Nothing has changed.');
    expect(alert).toContain('quotes[1].sourceId: source "no-such-article" does not exist');
    await options.evaluate(() => document.querySelector('.packs')?.scrollIntoView());
    await options.screenshot('options-pack-error');
    expect(await stored(options)).toBe(kept);
    expect(await options.evaluate(() => [...document.querySelectorAll('.pack-name')].map((n) => n.textContent))).toEqual(['osaka-interviews']);
    await options.evaluate(() => (document.querySelector('.pack-remove') as HTMLButtonElement).click());
    await options.waitForSelector('.pack-none');
    await options.close();
  });
});
