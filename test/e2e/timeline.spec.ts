import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/core/dataset-schema.ts';
import { buildTimeline } from '../../src/core/timeline.ts';
import { forEachBrowser, repoRoot, type TestBrowser } from './harness/index.ts';

const dataset = JSON.parse(readFileSync(join(repoRoot, 'dist/gen/dataset.json'), 'utf8')) as Dataset;
const expected = buildTimeline(dataset);
const crimea = expected.items.find((i) => i.key === 'crimea-annexation-2014');
if (crimea?.kind !== 'event' || !crimea.passages[0]) throw new Error('the bundled timeline has no Crimea passage');
const crimeaPassage = crimea.passages[0];
const crimeaSource = dataset.sources.find((s) => s.id === crimeaPassage.sourceId)!;

type Seen = { key: string; date: string | null; focused: boolean };
/** The timeline's items in document order, as the reader sees them. */
const readItems = (): Seen[] =>
  [...document.querySelectorAll('.tl-item')].map((li) => ({
    key: li.getAttribute('data-key') ?? '',
    date: li.querySelector('time')?.getAttribute('datetime') ?? null,
    focused: li.classList.contains('tl-focused'),
  }));

/** Tabs opened since `before` (ids), with their addresses, as the background's tabs API sees them. */
async function newTabs(b: TestBrowser, before: number[], path: string): Promise<{ url: string; opener?: number }[]> {
  return b.evalInBackground(async (bg, a) => {
    const api = (bg as unknown as { chrome: typeof chrome }).chrome;
    for (let i = 0; i < 50; i++) {
      const fresh = (await api.tabs.query({})).filter((t) => !a.before.includes(t.id as number));
      const seen = fresh.map((t) => ({ url: t.url || t.pendingUrl || '', opener: t.openerTabId }));
      if ((seen.length && seen.every((t) => t.url.includes(a.path))) || i === 49) return seen;
      await new Promise((r) => setTimeout(r, 100));
    }
    return [];
  }, { before, path });
}

const tabIds = (b: TestBrowser) =>
  b.evalInBackground(async (bg) => (await (bg as unknown as { chrome: typeof chrome }).chrome.tabs.query({})).map((t) => t.id as number));

forEachBrowser((b) => {
  it('the popup shows the timeline from the annexation of Crimea in 2014 to the Sochi meeting in 2019, in order', async () => {
    b.clearLogs();
    const page = await b.openPage('/seed-000.html');
    await page.waitFor(() => CSS.highlights.size > 0);
    const popup = await b.openExtensionPage(`popup.html?tab=${await page.tabId()}`, '[role="tab"]');
    await popup.evaluate(() => (document.querySelector('#tab-timeline') as HTMLButtonElement).click());
    await popup.waitForSelector('.tl-item');
    const items = await popup.evaluate(readItems);
    expect(items.map((i) => i.key)).toEqual(expected.items.map((i) => i.key));
    const dated = items.filter((i) => i.date !== null);
    expect(dated[0]).toMatchObject({ key: 'crimea-annexation-2014', date: '2014-03-18' });
    expect(dated.at(-1)).toMatchObject({ key: 'sochi-meeting-2019', date: '2019-05-14' });
    const dates = dated.map((i) => i.date as string);
    expect(dates).toEqual([...dates].sort());
    const years = await popup.evaluate(() => [...document.querySelectorAll('section.tl-year .tl-year-title')].map((h) => h.textContent));
    expect(years).toEqual(['2014', '2016', '2017', '2018', '2019']);
    // What no source dates is apart, closed, and says how many it holds.
    const undated = await popup.evaluate(() => {
      const d = document.querySelector('details.tl-undated') as HTMLDetailsElement;
      return { open: d.open, title: d.querySelector('summary')?.textContent };
    });
    expect(undated.open).toBe(false);
    expect(undated.title).toBe(`Not dated by their sources (${items.length - dated.length})`);
    await popup.screenshot('popup-timeline');
    await popup.evaluate(() => document.querySelector('[data-key="helsinki-summit-2018"]')?.scrollIntoView({ block: 'start' }));
    await popup.screenshot('popup-timeline-2018');

    // An item opens the source viewer at the sentence that names it.
    const before = await tabIds(b);
    const href = await popup.evaluate(() => {
      const a = document.querySelector('[data-key="crimea-annexation-2014"] a.tl-source') as HTMLAnchorElement;
      a.click();
      return a.getAttribute('href');
    });
    const path = `viewer.html?source=${encodeURIComponent(crimeaSource.id)}&start=${crimeaPassage.start}&end=${crimeaPassage.end}`;
    expect(href).toBe(`${b.extensionOrigin}/${path}`);
    const opened = await newTabs(b, before, 'viewer.html');
    expect(opened.map((t) => t.url)).toEqual([`${b.extensionOrigin}/${path}`]);
    const viewer = await b.openExtensionPage(path, 'mark');
    const mark = await viewer.evaluate(() => document.querySelector('mark')?.textContent);
    expect(mark).toBe(crimeaSource.text.slice(crimeaPassage.start, crimeaPassage.end));
    expect(mark).toMatch(/Crimea/);
    await viewer.close();
    await popup.close();
    await page.close();
    expect(b.extensionErrors()).toEqual([]);
  });

  it("a card's Timeline link opens the timeline focused on the card's entity", async () => {
    b.clearLogs();
    const popup = await b.openExtensionPage('popup.html', '.search-box');
    await popup.evaluate(() => {
      const box = document.querySelector('.search-box') as HTMLInputElement;
      box.value = 'Peskov';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await popup.waitForSelector('.results .fl-timeline');
    await popup.evaluate(() => (document.querySelector('.results .fl-timeline') as HTMLAnchorElement).click());
    await popup.waitForSelector('#panel-timeline:not([hidden]) .tl-item');
    const about = expected.items.filter((i) => i.entityIds.includes('dmitry-peskov')).map((i) => i.key);
    expect(about.length).toBeGreaterThan(3);
    const focused = await popup.evaluate(readItems);
    expect(focused.map((i) => i.key)).toEqual(about);
    expect(focused.every((i) => i.focused)).toBe(true);
    expect(await popup.evaluate(() => document.querySelector('.tl-focus-name')?.textContent)).toBe('Focused on Dmitry Peskov');
    await popup.screenshot('popup-timeline-focused');
    // Everything else, with Peskov's items still picked out.
    await popup.evaluate(() => (document.querySelector('.tl-only input') as HTMLInputElement).click());
    await popup.waitFor((n) => document.querySelectorAll('.tl-item').length === n, expected.items.length);
    const all = await popup.evaluate(readItems);
    expect(all.filter((i) => i.focused).map((i) => i.key)).toEqual(about);
    await popup.close();

    // A card in a page asks the background (openTimeline), which opens timeline.html beside the page.
    const page = await b.openPage('/seed-000.html');
    await page.waitFor(() => CSS.highlights.size > 0);
    const tabId = await page.tabId();
    const before = await tabIds(b);
    await b.evalInBackground(
      (bg, a) => (bg as unknown as { factlensSeams: { openTimeline(id: string, tabId: number): Promise<unknown> } }).factlensSeams.openTimeline('levada-center', a),
      tabId,
    );
    const opened = await newTabs(b, before, 'timeline.html');
    expect(opened).toEqual([{ url: `${b.extensionOrigin}/timeline.html?entity=levada-center`, opener: tabId }]);
    const tab = await b.openExtensionPage('timeline.html?entity=levada-center', '.tl-item');
    expect(await tab.evaluate(() => document.querySelector('.tl-focus-name')?.textContent)).toBe('Focused on Levada Center');
    const levada = await tab.evaluate(readItems);
    expect(levada.map((i) => i.key)).toEqual(expected.items.filter((i) => i.entityIds.includes('levada-center')).map((i) => i.key));
    expect(levada.length).toBeGreaterThan(0);
    await tab.screenshot('timeline-page-focused');
    await tab.close();
    await page.close();
    expect(b.extensionErrors()).toEqual([]);
  });
});
