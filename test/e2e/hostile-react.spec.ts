import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { forEachBrowser, type TestPage } from './harness/index.ts';
import { errorsOf, expectMarks, pageResult, resultWithout } from '../fixtures/hostile/spec-helpers.ts';

/** The React app bundled for the test, from React as installed from npm. */
function bundle(): string {
  const out = buildSync({
    entryPoints: [fileURLToPath(new URL('../fixtures/hostile/react-app.js', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React feed</title></head>
<body><div id="root"></div><script src="/react-app.js"></script></body></html>`;

/** The marks expected after each step of the app's own sequence. */
const MARKS_AFTER = [
  ['Dmitry Peskov', 'Levada Centre'],
  ['Dmitry Peskov', 'Vladimir Putin', 'Levada Centre'],
  ['Vladimir Putin', 'Levada Centre'],
  ['Vladimir Putin', 'Levada Centre'],
  ['Vladimir Putin', 'Levada Centre', 'Helsinki summit'],
  ['Levada Centre', 'Helsinki summit'],
];

/** Runs the app's steps, then has it publish its own log as the page's result. */
async function runSteps(page: TestPage, check?: (step: number) => Promise<void>): Promise<void> {
  await page.waitForSelector('#step');
  await check?.(0);
  const steps = await page.evaluate(() => (window as unknown as { __steps: number }).__steps);
  for (let i = 1; i <= steps; i++) {
    await page.evaluate(() => (window as unknown as { __step(): void }).__step());
    await page.waitFor((n) => document.getElementById('step')!.textContent === `Step ${n} of 5`, i);
    await check?.(i);
  }
  const at = await page.evaluate(() => {
    const r = document.getElementById('more')!.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await page.click(at.x, at.y);
  await page.evaluate(() => {
    const w = window as unknown as { __log: object; __result: unknown; __done: boolean };
    w.__result = { ...w.__log, text: document.getElementById('root')!.textContent };
    w.__done = true;
  });
}

forEachBrowser((b) => {
  beforeAll(() => {
    b.server.route('/react-app.js', { body: bundle(), type: 'text/javascript; charset=utf-8' });
    b.server.route('/hostile-react.html', HTML);
  });

  it('a React app re-renders as without FactLens, passes its own checks, and marks follow its updates', async () => {
    const without = await resultWithout(b, '/hostile-react.html', (p) => runSteps(p));
    expect((without as { mismatches: unknown[] }).mismatches).toEqual([]);
    b.clearLogs();
    const page = await b.openPage('/hostile-react.html');
    await runSteps(page, (step) => expectMarks(page, MARKS_AFTER[step]!));
    const withExt = await pageResult(page);
    expect(withExt).toEqual(without);
    expect((withExt as { clicks: number }).clicks).toBe(1);
    await page.hoverText('Helsinki summit');
    expect((await page.waitForCard()).name).toMatch(/Helsinki/);
    expect(errorsOf(b)).toEqual({ page: [], extension: [] });
    await page.close();
  });
});
