import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The gecko id of the probe, so Firefox gets the same fixed UUID as the product would. */
export const probeGeckoId = 'probe@factlens.test';

const content = `
document.documentElement.dataset.factlensProbe = 'ran';
const params = new URLSearchParams(location.search);
if (params.has('probe-card')) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  const card = document.createElement('section');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', 'n');
  const h = document.createElement('h2');
  h.id = 'n';
  h.textContent = 'Helsinki summit';
  const p = document.createElement('p');
  p.textContent = 'Negative views fell from ~70% to 42%.';
  const chart = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', 'Bar chart: 42%');
  const hidden = document.createElement('span');
  hidden.setAttribute('aria-hidden', 'true');
  hidden.textContent = 'decoration';
  card.append(h, p, chart, hidden);
  root.append(card);
  document.body.append(host);
}
if (params.has('probe-error')) {
  console.error('probe content error');
  setTimeout(() => { throw new Error('probe content throw'); });
}
if (params.has('probe-bg-error')) chrome.runtime.sendMessage({ type: 'error' });
if (params.has('probe-bg-throw')) chrome.runtime.sendMessage({ type: 'throw' });
if (params.has('probe-fetch')) chrome.runtime.sendMessage({ type: 'fetch' });
if (params.has('probe-fetch-service-host')) chrome.runtime.sendMessage({ type: 'fetch-service-host' });
`;

const background = `
globalThis.probeSeam = { ping: (x) => 'pong:' + x };
chrome.runtime.onMessage.addListener((msg, _sender, reply) => {
  if (msg.type === 'fetch') fetch('http://probe.invalid/beacon').catch(() => {}).finally(() => reply(true));
  if (msg.type === 'fetch-service-host') fetch('https://accounts.google.com/probe').catch(() => {}).finally(() => reply(true));
  if (msg.type === 'error') { console.error('probe background error'); reply(true); }
  if (msg.type === 'throw') { setTimeout(() => { throw new Error('probe background throw'); }); reply(true); }
  return true;
});
`;

const popup = `<!doctype html><meta charset="utf-8"><title>probe popup</title>
<main id="tab"></main><script src="popup.js"></script>`;
const popupJs = `document.getElementById('tab').textContent = new URLSearchParams(location.search).get('tab') ?? 'none';`;

/**
 * Writes a minimal MV3 extension (Chromium and Firefox flavours) into a temporary folder: a
 * content script that marks the page, can draw a card in a closed shadow root and can make its
 * background fetch an outside URL; a popup. It exercises every part of the harness without the
 * product, so the harness itself is proven to see what it claims to see.
 */
export function writeProbeExtension(): { chromium: string; firefox: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'factlens-probe-'));
  const base = {
    manifest_version: 3,
    name: 'FactLens harness probe',
    version: '1.0.0',
    action: { default_popup: 'popup.html' },
    content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle', all_frames: true }],
    host_permissions: ['<all_urls>'],
  };
  const flavours = {
    chromium: { ...base, background: { service_worker: 'background.js' } },
    firefox: {
      ...base,
      background: { scripts: ['background.js'] },
      browser_specific_settings: { gecko: { id: probeGeckoId, strict_min_version: '128.0' } },
    },
  };
  const out = { root, chromium: join(root, 'chromium'), firefox: join(root, 'firefox') };
  for (const [name, manifest] of Object.entries(flavours)) {
    const dir = join(root, name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
    writeFileSync(join(dir, 'content.js'), content);
    writeFileSync(join(dir, 'background.js'), background);
    writeFileSync(join(dir, 'popup.html'), popup);
    writeFileSync(join(dir, 'popup.js'), popupJs);
  }
  return out;
}
