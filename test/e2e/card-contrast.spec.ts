import { expect, it } from 'vitest';
import { forEachBrowser, says, type CardReading } from './harness/index.ts';

/**
 * Where `phrase` begins in the reading, or -1: for checking the order things are heard in.
 * Whitespace and case are ignored (Chromium reads headings as CSS capitalises them).
 */
function heardAt(card: CardReading, phrase: string, from = 0): number {
  const flat = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  return flat(card.text).indexOf(flat(phrase), from);
}
const hears = (card: CardReading, phrase: string): boolean => heardAt(card, phrase) >= 0;

/** Each poll's side as a screen reader goes through it: every detail named by its label. */
const SIDES = [
  'Pollster Levada Center Fieldwork 19–25 Jul 2018 Sample 1,600 respondents Method door-to-door Question Did the Helsinki summit improve or worsen relations with the US? 29% Summit improved relations 4% Summit worsened relations',
  'Pollster VTsIOM Fieldwork 18 Jul 2018 Sample 1,600 respondents Method phone Question How will Russia–US relations change after the Helsinki summit? 48% Relations will stay the same 38% Relations will improve',
  'Pollster VTsIOM Fieldwork Fieldwork dates not stated Sample Sample not stated Method Method not stated Question Will the Helsinki summit improve Russia–US ties? (asked before the summit) 52% Summit will not improve ties',
];

forEachBrowser((b) => {
  it('the Helsinki summit card sets Levada and VTsIOM side by side as different questions, and Trump\'s remark beside its correction', async () => {
    b.clearLogs();
    const page = await b.openPage('/seed-000.html');
    await page.waitFor(() => CSS.highlights.size > 0, undefined, 8000);
    await page.hoverText('Helsinki summit', 1);
    const card = await page.waitForCard();
    expect(card.name).toMatch(/Helsinki summit/);
    const title = heardAt(card, 'Where sources differ');
    expect(title, card.text).toBeGreaterThanOrEqual(0);
    expect(hears(card, 'Helsinki summit (2018): different questions')).toBe(true);
    expect(hears(card, 'their figures do not contradict each other')).toBe(true);
    let last = title;
    for (const side of SIDES) {
      const at = heardAt(card, side, last + 1);
      expect(at, `card says, in order: "${side}"\n${card.text}`).toBeGreaterThan(last);
      last = at;
    }
    // Never a disagreement: no two of these polls asked one question.
    expect(card.text).not.toMatch(/points apart|disagree/i);
    // In order: the heading, the statement's label and speaker, then each response's label and speaker.
    // (The quoted words themselves are checked in Firefox's reading and in the unit tests:
    // the Chromium reading skips text under ignored generic nodes, such as the quote's paragraphs.)
    for (const phrase of [
      'A statement, its correction and a contradiction', 'Statement', 'Donald Trump', 'Later corrected', 'Donald Trump', 'Contradicted', 'Paul Ryan',
    ]) {
      const at = heardAt(card, phrase, last + 1);
      expect(at, `card says, in order: "${phrase}"\n${card.text}`).toBeGreaterThan(last);
      last = at;
    }
    if (b.name === 'firefox') {
      expect(hears(card, 'Statement I don’t see any reason why it would be Russia. Donald Trump')).toBe(true);
      expect(hears(card, 'Later corrected The sentence should have been: ‘I don’t see any reason why it wouldn’t be Russia’. Donald Trump')).toBe(true);
    }
    await page.screenshot('card-contrast');
    expect(b.extensionErrors()).toEqual([]);
    expect(b.pageErrors()).toEqual([]);
    await page.close();
  });

  it('opened from the keyboard, the card leads with the contrast, and Escape closes it', async () => {
    const page = await b.openPage('/seed-000.html');
    await page.waitFor(() => CSS.highlights.size > 0, undefined, 8000);
    await page.bringToFront();
    const tabId = await page.tabId();
    const next = () => b.evalInBackground((bg, id) => (bg as unknown as { factlensSeams: { onCommand(c: string, t: number): Promise<boolean> } }).factlensSeams.onCommand('next-mention', id), tabId);
    expect(await next()).toBe(true);
    const card = await page.waitForCard();
    expect(card.name).toMatch(/Helsinki summit/);
    expect(hears(card, 'Where sources differ')).toBe(true);
    expect(heardAt(card, 'Where sources differ')).toBeLessThan(heardAt(card, 'Polls (3)'));
    // Arrow keys scroll the focused card in Chromium, bringing the sides into the picture.
    for (let i = 0; i < 4; i++) await page.press('ArrowDown');
    await new Promise((r) => setTimeout(r, 300));
    await page.screenshot('card-contrast-keyboard');
    await page.press('Escape');
    await expect.poll(() => page.readCard()).toBeNull();
    await page.close();
  });

  it('the popup\'s search result card shows the same contrast', async () => {
    const popup = await b.openExtensionPage('popup.html', 'input[type="search"]');
    await popup.evaluate(() => (document.querySelector('input[type="search"]') as HTMLInputElement).focus());
    await popup.type('Helsinki summit');
    await popup.waitForSelector('.results [role="article"] .fl-contrasts');
    const sides = await popup.evaluate(() => {
      const card = document.querySelector('.results [role="article"]')!;
      const group = card.querySelector('.fl-sides')!;
      return {
        title: card.ownerDocument.getElementById(group.getAttribute('aria-labelledby')!)?.textContent,
        pollsters: [...group.querySelectorAll('.fl-side-who')].map((d) => d.textContent),
        columns: [...new Set([...group.children].map((li) => Math.round(li.getBoundingClientRect().left)))].length,
        // Nothing in the contrast sticks out of the card or needs sideways scrolling.
        overflow: [...card.querySelectorAll('.fl-contrasts *')].filter((el) => el.getBoundingClientRect().right > card.getBoundingClientRect().right + 0.5).length
          + (card.querySelector('.fl-contrasts')!.scrollWidth > card.querySelector('.fl-contrasts')!.clientWidth ? 1 : 0),
      };
    });
    expect(sides.title).toBe('Helsinki summit (2018): different questions');
    expect(sides.pollsters).toEqual(['Levada Center', 'VTsIOM', 'VTsIOM']);
    expect(sides.columns).toBeGreaterThanOrEqual(2);
    expect(sides.overflow).toBe(0);
    await popup.screenshot('popup-contrast');
    await popup.evaluate(() => document.querySelector('.fl-pair')!.closest('.fl-contrast')!.scrollIntoView());
    await popup.screenshot('popup-contrast-quotes');
    await popup.close();
  });

  it('a card with one pollster and no linked quotes has no contrast section', async () => {
    const page = await b.openPage('/seed-000.html');
    await page.waitFor(() => CSS.highlights.size > 0, undefined, 8000);
    await page.hoverText('Levada Centre', 1);
    const card = await page.waitForCard();
    expect(card.name).toMatch(/Levada/);
    expect(says(card, '1,600 respondents')).toBe(true);
    expect(says(card, 'Where sources differ')).toBe(false);
    await page.close();
  });
});

forEachBrowser((b) => {
  it('in a Russian browser the contrast speaks Russian, with Russian dates and numbers', async () => {
    b.clearLogs();
    const page = await b.openPage('/seed-000.html');
    await page.waitFor(() => CSS.highlights.size > 0, undefined, 8000);
    await page.hoverText('Helsinki summit', 1);
    const card = await page.waitForCard();
    let last = -1;
    for (const phrase of [
      'Где источники расходятся', 'Саммит в Хельсинки (2018): разные вопросы', 'цифры не противоречат друг другу',
      'Социологическая служба Левада-Центр Сроки опроса 19–25 июля 2018 г. Выборка 1 600 респондентов Метод на дому у респондентов',
      'Социологическая служба ВЦИОМ Сроки опроса 18 июля 2018 г. Выборка 1 600 респондентов Метод по телефону',
      'Сроки опроса Сроки опроса не указаны Выборка Выборка не указана Метод Метод не указан',
      'Заявление, его поправка и возражение', 'Заявление', 'Позже исправлено', 'Возражение', 'Пол Райан',
    ]) {
      const at = heardAt(card, phrase, last + 1);
      expect(at, `card says, in order: "${phrase}"\n${card.text}`).toBeGreaterThan(last);
      last = at;
    }
    expect(hears(card, 'Where sources differ')).toBe(false);
    await page.screenshot('ru-card-contrast');
    expect(b.extensionErrors()).toEqual([]);
    await page.close();
  });
}, { locale: 'ru' });
