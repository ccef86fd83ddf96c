import { expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { forEachBrowser, says } from './harness/index.ts';

// The harness proves itself against a probe extension: each check here can fail, so the
// product specs' "zero requests" and "no errors" mean something.
forEachBrowser((b) => {
  it('runs the content script on a loopback page', async () => {
    const page = await b.openPage('/seed-000.html');
    expect(await page.waitFor(() => document.documentElement.dataset.factlensProbe)).toBe('ran');
    expect(b.pageErrors()).toEqual([]);
    expect(b.extensionErrors()).toEqual([]);
    await page.close();
  });

  it('reads a card out of a closed shadow root as a screen reader would', async () => {
    const page = await b.openPage('/seed-000.html?probe-card');
    const card = await page.waitForCard();
    expect(card?.name).toBe('Helsinki summit');
    expect(says(card, 'from ~70% to 42%')).toBe(true);
    expect(says(card, 'Bar chart: 42%')).toBe(true);
    expect(card?.text).not.toContain('decoration');
    expect(await page.readCard({ role: 'tooltip' })).toBeNull();
    await page.close();
  });

  it('hovers text, takes a screenshot and finds the tab id', async () => {
    const page = await b.openPage('/seed-000.html');
    await page.evaluate(() => {
      (window as unknown as { hovered: string[] }).hovered = [];
      document.addEventListener('mouseover', (e) => (window as unknown as { hovered: string[] }).hovered.push((e.target as Element).tagName));
    });
    const rect = await page.hoverText('Levada Centre');
    expect(rect.width).toBeGreaterThan(0);
    expect(await page.waitFor(() => (window as unknown as { hovered: string[] }).hovered.includes('P'))).toBe(true);
    expect(await page.textRect('no such words anywhere')).toBeNull();
    expect(existsSync(await page.screenshot('harness-seed'))).toBe(true);
    const tab = await page.tabId();
    const popup = await b.openExtensionPage(`popup.html?tab=${tab}`, '#tab:not(:empty)');
    expect(await popup.evaluate(() => document.getElementById('tab')?.textContent)).toBe(String(tab));
    await popup.close();
    await page.close();
  });

  it('calls into the background as the browser would', async () => {
    expect(await b.evalInBackground((bg, x) => (bg as unknown as { probeSeam: { ping(x: string): string } }).probeSeam.ping(x), 'a')).toBe('pong:a');
  });

  it('counts a request the extension background sends out', async () => {
    b.clearLogs();
    const page = await b.openPage('/seed-000.html?probe-fetch');
    await page.waitFor(() => document.documentElement.dataset.factlensProbe);
    // Firefox may upgrade the beacon to https, which reaches the proxy as a CONNECT to the host.
    await expect.poll(() => b.externalRequests().map((r) => new URL(r.url).hostname)).toContain('probe.invalid');
    await page.close();
  });

  it('counts a request the background sends to a host the browser itself also contacts', async () => {
    b.clearLogs();
    const page = await b.openPage('/seed-000.html?probe-fetch-service-host');
    await page.waitFor(() => document.documentElement.dataset.factlensProbe);
    await expect.poll(() => b.externalRequests().map((r) => new URL(r.url).hostname)).toContain('accounts.google.com');
    await page.close();
  });

  it('tells content-script errors from the page\'s own', async () => {
    b.clearLogs();
    const page = await b.openPage('/seed-001.html?probe-error');
    await page.evaluate(() => {
      console.error('page says no');
      setTimeout(() => { throw new Error('page throws'); });
    });
    await expect.poll(() => b.extensionErrors().length).toBeGreaterThanOrEqual(2);
    await expect.poll(() => b.pageErrors().length).toBeGreaterThanOrEqual(2);
    expect(b.extensionErrors().map((e) => e.text).join('\n')).toMatch(/probe content error[\s\S]*probe content throw|probe content throw[\s\S]*probe content error/);
    expect(b.pageErrors().map((e) => e.text).join('\n')).not.toMatch(/probe/);
    await page.close();
  });

  it('sees errors the background logs', async () => {
    b.clearLogs();
    const page = await b.openPage('/seed-002.html?probe-bg-error');
    await expect.poll(() => b.extensionErrors().map((e) => e.text).join('\n')).toContain('probe background error');
    await page.goto('/seed-002.html?probe-bg-throw');
    await expect.poll(() => b.extensionErrors().map((e) => e.text).join('\n')).toContain('probe background throw');
    expect(b.pageErrors()).toEqual([]);
    await page.close();
  });
}, { extension: 'probe' });
