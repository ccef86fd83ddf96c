#!/usr/bin/env node
// Renders icons/icon.svg (the one source of the icon) to the PNG sizes the manifests name,
// with headless Chromium. The PNGs are committed, so `npm run build` needs no browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowsers } from './browsers.js';

export const ICON_SIZES = [16, 32, 48, 128];

const root = new URL('..', import.meta.url).pathname;
const { found } = findBrowsers();
if (!found.chromium) {
  console.error('build-icons: Chromium is needed to render icons/icon.svg (sudo apt-get install -y chromium)');
  process.exit(1);
}
const svg = readFileSync(join(root, 'icons/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: found.chromium, headless: true, args: ['--headless=new', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    const path = join(root, `icons/icon-${size}.png`);
    await page.locator('svg').screenshot({ path, omitBackground: true });
    console.log(`wrote icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
