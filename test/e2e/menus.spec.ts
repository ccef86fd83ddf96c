import { expect, it } from 'vitest';
import { forEachBrowser, says, type TestBrowser } from './harness/index.ts';

interface Seams {
  factlensSeams: {
    onMenuClicked(click: { menuItemId: string; selectionText?: string; tabId?: number; frameId?: number }): Promise<boolean>;
    onCommand(command: string, tabId: number | undefined): Promise<boolean>;
  };
}

/** Calls the context-menu seam exactly as `menus.onClicked` would, with the selected text. */
function clickMenu(b: TestBrowser, tabId: number, selectionText: string): Promise<boolean> {
  return b.evalInBackground(
    (bg, a) => (bg as unknown as Seams).factlensSeams.onMenuClicked({ menuItemId: 'factlens-lookup', selectionText: a.text, tabId: a.tabId, frameId: 0 }),
    { tabId, text: selectionText },
  );
}

// No driver can open a context menu or press an extension's shortcut: the background's
// handlers are called as the browser calls them, and the card is read as a screen reader would.
forEachBrowser((b) => {
  it('declares the menu permission and the shortcut each browser needs', async () => {
    const manifest = await b.evalInBackground((bg) => (bg as unknown as { chrome: typeof chrome }).chrome.runtime.getManifest());
    expect(manifest.permissions).toContain(b.name === 'firefox' ? 'menus' : 'contextMenus');
    expect(Object.keys(manifest.commands ?? {})).toContain('next-mention');
  });

  it('"Look up with FactLens" on a selection opens its card', async () => {
    b.clearLogs();
    const page = await b.openPage('/seed-000.html');
    await page.waitFor(() => CSS.highlights.size > 0);
    expect(await clickMenu(b, await page.tabId(), 'Levada')).toBe(true);
    const card = await page.waitForCard();
    expect(card.name).toMatch(/^Levada Cent(er|re)/);
    expect(says(card, '%')).toBe(true);
    await page.close();
    expect(b.extensionErrors()).toEqual([]);
  });

  it('says plainly when nothing is known about the selection', async () => {
    const page = await b.openPage('/seed-000.html');
    await page.waitFor(() => CSS.highlights.size > 0);
    expect(await clickMenu(b, await page.tabId(), 'quarterly rainfall')).toBe(false);
    const card = await page.waitForCard();
    expect(says(card, 'FactLens knows nothing about this in its bundled sources.')).toBe(true);
    await page.close();
  });

  it('the "next mention" command moves through the mentions, opening each card', async () => {
    const page = await b.openPage('/seed-000.html');
    await page.waitFor(() => CSS.highlights.size > 0);
    const tabId = await page.tabId();
    const press = () => b.evalInBackground((bg, t) => (bg as unknown as Seams).factlensSeams.onCommand('next-mention', t), tabId);
    expect(await press()).toBe(true);
    const first = await page.waitForCard();
    expect(await press()).toBe(true);
    const deadline = Date.now() + 10_000;
    let second = await page.readCard();
    while (second?.text === first.text && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      second = await page.readCard();
    }
    expect(second).not.toBeNull();
    expect(second!.text).not.toBe(first.text);
    await page.close();
  });
});
