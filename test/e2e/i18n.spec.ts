import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { forEachBrowser, repoRoot, says, type TestBrowser, type TestPage } from './harness/index.ts';

const PAGE = '/ru/kommersant-helsinki.html';
const fixture = (name: string) => readFileSync(join(repoRoot, 'test/fixtures/ru', name), 'utf8');
const expected = JSON.parse(fixture('kommersant-helsinki.expected.json')) as { marks: string[] };

/**
 * Our marks in document order, each with the characters just outside it: a mark that lands
 * exactly on a name has no letter on either side ("Пескову", not "Пескову" cut to "Песков").
 */
function readMarks(page: TestPage): Promise<{ text: string; before: string; after: string }[]> {
  return page.evaluate(() => {
    const ranges: Range[] = [];
    for (const [name, h] of CSS.highlights) if (name.startsWith('factlens-mark-')) for (const r of h as Iterable<Range>) ranges.push(r as Range);
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => ({
      text: r.toString(),
      before: (r.startContainer.textContent ?? '').slice(Math.max(0, r.startOffset - 1), r.startOffset),
      after: (r.endContainer.textContent ?? '').slice(r.endOffset, r.endOffset + 1),
    }));
  });
}

async function openRussianPage(b: TestBrowser): Promise<TestPage> {
  b.server.route(PAGE, fixture('kommersant-helsinki.html'));
  const page = await b.openPage(PAGE);
  await expect.poll(async () => (await readMarks(page)).map((m) => m.text), { timeout: 8000 }).toEqual(expected.marks);
  return page;
}

/** Visible text of an extension page with the given words (dataset names, the brand) and commands (`code`) taken out. */
const textWithout = (page: TestPage, words: string[]) =>
  page.evaluate((w) => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('code, pre, kbd').forEach((c) => c.remove());
    // A shell command quoted in running text («npx factlens …») is typed as is in any language.
    const text = (copy.textContent ?? '').replace(/«npx [^»]*»/g, ' ');
    return w.reduce((s, x) => s.split(x).join(' '), text);
  }, words);

/** Latin words left in a text (a file extension such as ".json" is not a word): in the Russian UI there must be none of ours. */
const latinWords = (s: string) => s.match(/(?<![.\w])[A-Za-z]{2,}/g) ?? [];

forEachBrowser((b) => {
  it('marks Russian case forms exactly, and the card speaks Russian with Russian dates and numbers', async () => {
    b.clearLogs();
    const page = await openRussianPage(b);
    for (const m of await readMarks(page)) {
      expect(m.before, `before "${m.text}"`).not.toMatch(/\p{L}/u);
      expect(m.after, `after "${m.text}"`).not.toMatch(/\p{L}/u);
    }
    expect(await page.evaluate(() => navigator.language)).toMatch(/^ru/);

    await page.hoverText('Левада-Центра');
    const levada = await page.waitForCard();
    expect(levada.name).toBe('Левада-Центр');
    expect(says(levada, 'Ведущая независимая социологическая служба России.')).toBe(true);
    for (const phrase of ['Опрос: Левада-Центр', '42 %', 'с ~70 % до 42 %', 'Проведён 19–25 июля 2018 г.', '1 600 респондентов', 'Источник:']) {
      expect(says(levada, phrase), `card says "${phrase}": ${levada.text}`).toBe(true);
    }
    for (const english of ['Fieldwork', 'respondents', 'Source:', 'Polls', 'Quotes', 'from ~', 'Levada Center', 'polling organisation']) {
      expect(says(levada, english), `no "${english}" in ${levada.text}`).toBe(false);
    }
    await page.screenshot('ru-card-levada');
    await page.press('Escape');
    await expect.poll(() => page.readCard()).toBeNull();

    await page.hoverText('Пескову');
    const peskov = await page.waitForCard();
    expect(peskov.name).toBe('Дмитрий Песков');
    expect(says(peskov, 'Пресс-секретарь президента России, официальный представитель Кремля (с 2012 года)'), peskov.text).toBe(true);
    expect(says(peskov, 'Говорит с журналистами от имени Владимира Путина и Кремля.'), peskov.text).toBe(true);
    expect(peskov.text).not.toMatch(/Dmitry Peskov|Press secretary|Kremlin spokesman/);
    // Chromium's reading applies the heading's text-transform (ЦИТАТЫ); Firefox's does not.
    expect(peskov.text.toLowerCase(), peskov.text).toContain('цитаты (8)');
    expect(says(peskov, 'Источник:')).toBe(true);
    expect(peskov.text).not.toMatch(/quotes \(|source:/i);
    await page.screenshot('ru-card-peskov');
    expect(b.extensionErrors()).toEqual([]);
    await page.close();
  });

  it('shows the popup in Russian, counts in Russian plural forms, and searches in Cyrillic', async () => {
    const page = await openRussianPage(b);
    const popup = await b.openExtensionPage(`popup.html?tab=${await page.tabId()}`, '.mention');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await popup.evaluate(() => document.getElementById('page-title')?.textContent)).toBe('На сайте 127.0.0.1');
    const labels = await popup.evaluate(() => [...document.querySelectorAll('.mention')].map((m) => m.getAttribute('aria-label')));
    expect(labels).toContain('Дмитрий Песков, человек, 4 упоминания');
    expect(labels).toContain('ВЦИОМ, организация, 2 упоминания');
    expect(labels).toContain('Левада-Центр, организация, 1 упоминание');
    // Every entity here has a curated Russian name, so the list holds no Latin word at all.
    expect(latinWords(await textWithout(popup, ['FactLens', '127.0.0.1']))).toEqual([]);
    await popup.screenshot('ru-popup');

    await popup.evaluate(() => {
      const box = document.querySelector('input[type="search"]') as HTMLInputElement;
      box.value = 'Левада';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await popup.waitForSelector('.results [role="article"]');
    const result = await popup.evaluate(() => document.querySelector('.results [role="article"]')?.textContent ?? '');
    expect(result).toContain('Проведён');
    expect(result).toContain('Источник:');
    await popup.screenshot('ru-popup-search');
    await popup.close();
    await page.close();
  });

  it('shows the options page in Russian', async () => {
    const options = await b.openExtensionPage('options.html', 'fieldset');
    expect(await options.evaluate(() => document.title)).toBe('Настройки FactLens');
    expect(await options.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Настройки FactLens');
    expect(await options.evaluate(() => [...document.querySelectorAll('legend')].map((l) => l.textContent))).toEqual(expect.arrayContaining(['Где', 'Что отмечать', 'Как выглядят отметки']));
    expect(latinWords(await textWithout(options, ['FactLens']))).toEqual([]);
    const fits = await options.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    expect(fits).toBe(true);
    await options.screenshot('ru-options');
    await options.close();
  });

  it('names the context-menu item in Russian', async () => {
    const lang = await b.evalInBackground((bg) => ((bg as unknown as { browser?: typeof chrome }).browser ?? (bg as unknown as { chrome: typeof chrome }).chrome).i18n.getUILanguage());
    expect(lang).toMatch(/^ru/);
  });
}, { locale: 'ru' });

forEachBrowser((b) => {
  it('speaks English by default, on the same Russian page', async () => {
    const page = await openRussianPage(b);
    await page.hoverText('Левада-Центра');
    const card = await page.waitForCard();
    for (const phrase of ['Levada Center poll', '42%, from ~70% to 42%', 'Fieldwork 19–25 Jul 2018 · 1,600 respondents', 'Source:']) {
      expect(says(card, phrase), `card says "${phrase}": ${card.text}`).toBe(true);
    }
    expect(says(card, 'Источник')).toBe(false);
    expect(card.name).toBe('Levada Center');
    expect(says(card, 'Левада-Центр')).toBe(false);
    await page.press('Escape');

    const popup = await b.openExtensionPage(`popup.html?tab=${await page.tabId()}`, '.mention');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    const labels = await popup.evaluate(() => [...document.querySelectorAll('.mention')].map((m) => m.getAttribute('aria-label')));
    expect(labels).toContain('Dmitry Peskov, person, 4 mentions');
    await popup.close();

    const options = await b.openExtensionPage('options.html', 'fieldset');
    expect(await options.evaluate(() => document.querySelector('h1')?.textContent)).toBe('FactLens options');
    await options.close();
    await page.close();
  });
});
