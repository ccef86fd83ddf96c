import { expect, it } from 'vitest';
import { forEachBrowser, type TestBrowser, type TestPage } from './harness/index.ts';

/*
 * The in-page card's links and keys, reached inside its closed shadow root the way each browser's
 * automation can (CDP with pierced DOM in Chromium, BiDi node references in Firefox): the Timeline
 * link opens the timeline focused on the card's entity, and the focused card scrolls with the keys.
 */

interface RawNode {
  nodeId?: number;
  attributes?: string[];
  children?: RawNode[];
  shadowRoots?: RawNode[];
  sharedId?: string;
  value?: { attributes?: Record<string, string>; children?: RawNode[]; shadowRoot?: RawNode | null };
}

/** Runs `fn(el)` on the first element with class `cls` in the page, closed shadow roots included, and returns its JSON result. */
async function onCardNode<R>(page: TestPage, cls: string, fn: string): Promise<R | null> {
  const raw = (page as unknown as { page: unknown }).page;
  const call = `function (el) { return JSON.stringify((${fn})(el)); }`;
  if (page.browser === 'chromium') {
    const p = raw as { context(): { newCDPSession(p: unknown): Promise<{ send(m: string, a?: object): Promise<unknown>; detach(): Promise<void> }> } };
    const cdp = await p.context().newCDPSession(raw);
    try {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: RawNode };
      const has = (n: RawNode) => {
        const a = n.attributes ?? [];
        for (let i = 0; i < a.length; i += 2) if (a[i] === 'class' && a[i + 1]!.split(/\s+/).includes(cls)) return true;
        return false;
      };
      const find = (n: RawNode): RawNode | null => {
        if (has(n)) return n;
        for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
          const f = find(c);
          if (f) return f;
        }
        return null;
      };
      const node = find(root);
      if (!node) return null;
      const { object } = (await cdp.send('DOM.resolveNode', { nodeId: node.nodeId })) as { object: { objectId: string } };
      const r = (await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: `function () { return (${call}).call(null, this); }`, returnByValue: true })) as { result: { value: string } };
      return JSON.parse(r.result.value) as R;
    } finally {
      await cdp.detach();
    }
  }
  const f = raw as { browser(): { connection: { send(m: string, a: object): Promise<{ result: unknown }> } }; mainFrame(): { _id: string } };
  const conn = f.browser().connection;
  const context = f.mainFrame()._id;
  const res = (await conn.send('browsingContext.locateNodes', {
    context,
    locator: { type: 'css', value: 'html > *, body > *' },
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: null },
  })) as { result: { nodes: RawNode[] } };
  const find = (n: RawNode | null | undefined): RawNode | null => {
    if (!n) return null;
    if ((n.value?.attributes?.class ?? '').split(/\s+/).includes(cls)) return n;
    for (const c of [n.value?.shadowRoot, ...(n.value?.children ?? [])]) {
      const x = find(c);
      if (x) return x;
    }
    return null;
  };
  const node = res.result.nodes.map(find).find((n) => n) ?? null;
  if (!node?.sharedId) return null;
  const out = (await conn.send('script.callFunction', {
    functionDeclaration: call,
    arguments: [{ sharedId: node.sharedId }],
    target: { context },
    awaitPromise: false,
  })) as { result: { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } } };
  if (out.result.type !== 'success') throw new Error(`in the card: ${out.result.exceptionDetails?.text ?? 'failed'}`);
  return JSON.parse(out.result.result!.value!) as R;
}

/** Tabs opened since `before`, with their addresses, as the background's tabs API sees them. */
async function newTabs(b: TestBrowser, before: number[], path: string): Promise<string[]> {
  return b.evalInBackground(async (bg, a) => {
    const api = (bg as unknown as { chrome: typeof chrome }).chrome;
    for (let i = 0; i < 50; i++) {
      const fresh = (await api.tabs.query({})).filter((t) => !a.before.includes(t.id as number)).map((t) => t.url || t.pendingUrl || '');
      if ((fresh.length && fresh.every((u) => u.includes(a.path))) || i === 49) return fresh;
      await new Promise((r) => setTimeout(r, 100));
    }
    return [];
  }, { before, path });
}

const tabIds = (b: TestBrowser) =>
  b.evalInBackground(async (bg) => (await (bg as unknown as { chrome: typeof chrome }).chrome.tabs.query({})).map((t) => t.id as number));

/** Waits until every mention of the first seed article is marked (twelve, card-seed.spec.ts). */
async function seedMarked(page: TestPage): Promise<void> {
  const count = () => page.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('factlens-mark-')) n += (h as unknown as { size: number }).size;
    return n;
  });
  await expect.poll(count, { timeout: 8000 }).toBe(12);
}

/** Opens the card of the next mention from the keyboard command, with focus in it. */
async function openFocusedCard(b: TestBrowser, page: TestPage): Promise<void> {
  await page.bringToFront();
  const tabId = await page.tabId();
  const ok = await b.evalInBackground((bg, id) => (bg as unknown as { factlensSeams: { onCommand(c: string, t: number): Promise<boolean> } }).factlensSeams.onCommand('next-mention', id), tabId);
  expect(ok).toBe(true);
  await page.waitForCard();
  // Firefox's harness reaches the background from an extension page, which takes the window's focus:
  // keys still reach the card as events, but Firefox scrolls by keys only in a focused document, as
  // the reader's tab is when they press the command. Give the page its focus back, as it was.
  await page.bringToFront();
}

forEachBrowser((b) => {
  it('the card in a page has a Timeline link that opens the timeline focused on its entity', async () => {
    b.clearLogs();
    const page = await b.openPage('/seed-000.html');
    await seedMarked(page);
    await page.hoverText('Levada Centre', 1);
    const card = await page.waitForCard();
    expect(card.name).toBe('Levada Center');
    const link = await onCardNode<{ text: string; href: string; x: number; y: number }>(page, 'fl-timeline', `(el) => {
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getClientRects()[0];
      return { text: el.textContent, href: el.getAttribute('href'), x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }`);
    expect(link).toMatchObject({ text: 'Timeline', href: `${b.extensionOrigin}/timeline.html?entity=levada-center` });
    await page.screenshot('card-timeline-link');
    const before = await tabIds(b);
    await page.click(link!.x, link!.y);
    expect(await newTabs(b, before, 'timeline.html')).toEqual([`${b.extensionOrigin}/timeline.html?entity=levada-center`]);
    const tab = await b.openExtensionPage('timeline.html?entity=levada-center', '.tl-item');
    expect(await tab.evaluate(() => document.querySelector('.tl-focus-name')?.textContent)).toBe('Focused on Levada Center');
    await tab.close();
    await page.close();
    expect(b.extensionErrors()).toEqual([]);
  });

  it('the focused card scrolls with PageDown and the arrow keys, and the page does not', async () => {
    const page = await b.openPage('/seed-000.html');
    await seedMarked(page);
    await openFocusedCard(b, page);
    const scroll = () => onCardNode<{ top: number; room: number }>(page, 'fl-card', '(el) => ({ top: el.scrollTop, room: el.scrollHeight - el.clientHeight })');
    await expect.poll(async () => (await scroll())?.room ?? 0, { timeout: 5000 }).toBeGreaterThan(0);
    const pageY = await page.evaluate(() => scrollY);
    expect((await scroll())!.top).toBe(0);
    // Where the card rests once a smooth scroll has ended: the same offset on two reads a moment apart.
    const rest = async () => {
      for (let last = -1; ; ) {
        const top = (await scroll())!.top;
        if (top === last) return top;
        last = top;
        await new Promise((r) => setTimeout(r, 150));
      }
    };
    await page.press('PageDown');
    await expect.poll(async () => (await scroll())!.top, { timeout: 3000 }).toBeGreaterThan(0);
    const afterPage = await rest();
    await page.press('ArrowDown');
    await expect.poll(async () => (await scroll())!.top, { timeout: 3000 }).toBeGreaterThan(afterPage);
    expect(await page.evaluate(() => scrollY)).toBe(pageY);
    await page.screenshot('card-keyboard-scrolled');
    await page.press('Escape');
    await expect.poll(() => page.readCard()).toBeNull();
    await page.close();
  });
});
