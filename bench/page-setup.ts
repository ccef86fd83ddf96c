/** Starting the benchmark's browsers: one with FactLens, one with an empty extension as the baseline. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChromiumBrowser } from '../test/e2e/harness/chromium-driver.ts';
import { FirefoxBrowser } from '../test/e2e/harness/firefox-driver.ts';
import { FixtureServer } from '../test/e2e/harness/fixture-server.ts';
import type { BrowserName, TestBrowser } from '../test/e2e/harness/types.ts';
import { bigArticle, feedPage, plainArticle, stormPage } from './page-pages.ts';

/** Paths the benchmark serves. */
export const PAGES = { big: '/bench/big.html', plain: '/bench/plain.html', feed: '/bench/feed.html', longFeed: '/bench/long-feed.html', storm: '/bench/storm.html' } as const;

const js = (body: string) => ({ body, type: 'text/javascript; charset=utf-8' });

/** The pages, the in-page probe and mark.js (from node_modules: nothing is fetched from the network). */
function serveBenchPages(server: FixtureServer, root: string): void {
  server.route(PAGES.big, bigArticle());
  server.route(PAGES.plain, plainArticle());
  server.route(PAGES.feed, feedPage());
  server.route(PAGES.longFeed, feedPage(300));
  server.route(PAGES.storm, stormPage());
  server.route('/bench/probe.js', js(readFileSync(join(root, 'bench/page-probe.js'), 'utf8')));
  server.route('/bench/mark.js', js(readFileSync(join(root, 'node_modules/mark.js/dist/mark.min.js'), 'utf8')));
}

/**
 * An extension that does nothing, so the baseline browser runs with the same harness and flags
 * (Chromium waits for a service worker, Firefox wants a gecko id) but without FactLens.
 */
function writeEmptyExtension(): { root: string; chromium: string; firefox: string } {
  const root = join(tmpdir(), `factlens-bench-empty-${process.pid}`);
  const base = { manifest_version: 3, name: 'empty', version: '1.0' };
  const dirs = {
    chromium: { ...base, background: { service_worker: 'bg.js' } },
    firefox: { ...base, background: { scripts: ['bg.js'] }, browser_specific_settings: { gecko: { id: 'empty@factlens.invalid' } } },
  };
  for (const [name, manifest] of Object.entries(dirs)) {
    mkdirSync(join(root, name), { recursive: true });
    writeFileSync(join(root, name, 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(join(root, name, 'bg.js'), '');
  }
  return { root, chromium: join(root, 'chromium'), firefox: join(root, 'firefox') };
}

/** A running pair of browsers of one kind; `close()` ends both, their servers and the temp folder. */
export interface BrowserPair {
  ext: TestBrowser;
  base: TestBrowser;
  close(): Promise<void>;
}

async function launch(name: BrowserName, dir: string, root: string): Promise<TestBrowser> {
  const server = await new FixtureServer().start();
  serveBenchPages(server, root);
  const b = name === 'chromium' ? new ChromiumBrowser(server, dir) : new FirefoxBrowser(server, dir);
  try {
    return await b.launch();
  } catch (e) {
    await b.close();
    await server.stop();
    throw e;
  }
}

/** Launches FactLens (from `extDir`) and the empty baseline in `name`, one after the other. */
export async function launchPair(name: BrowserName, extDir: string, root: string): Promise<BrowserPair> {
  const empty = writeEmptyExtension();
  const ext = await launch(name, extDir, root);
  const base = await launch(name, empty[name], root).catch(async (e) => {
    await ext.close();
    await ext.server.stop();
    throw e;
  });
  return {
    ext,
    base,
    async close() {
      for (const b of [ext, base]) {
        await b.close();
        await b.server.stop();
      }
      rmSync(empty.root, { recursive: true, force: true });
    },
  };
}
