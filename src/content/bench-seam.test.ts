// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BENCH_FLAG, BENCH_REPLY, BENCH_REQUEST, exposeBenchStats } from './bench-seam.ts';

function ask(): unknown {
  let got: unknown = undefined;
  const on = (e: Event) => { got = JSON.parse((e as CustomEvent<string>).detail); };
  window.addEventListener(BENCH_REPLY, on);
  window.dispatchEvent(new Event(BENCH_REQUEST));
  window.removeEventListener(BENCH_REPLY, on);
  return got;
}

const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);

describe('exposeBenchStats', () => {
  beforeEach(() => setUrl('http://127.0.0.1:8080/bench/big.html'));
  afterEach(() => document.documentElement.removeAttribute(BENCH_FLAG));

  it('answers nothing on a page without the flag', () => {
    const life = new AbortController();
    exposeBenchStats(window, () => ({ n: 1 }), life.signal);
    expect(ask()).toBeUndefined();
    life.abort();
  });

  it('answers nothing on a flagged page that is not on loopback', () => {
    setUrl('https://news.example/story');
    document.documentElement.setAttribute(BENCH_FLAG, '');
    const life = new AbortController();
    exposeBenchStats(window, () => ({ n: 1 }), life.signal);
    expect(ask()).toBeUndefined();
    life.abort();
  });

  it('answers a flagged loopback page with the stats as JSON, until aborted', () => {
    document.documentElement.setAttribute(BENCH_FLAG, '');
    const life = new AbortController();
    let n = 0;
    exposeBenchStats(window, () => ({ n: ++n }), life.signal);
    expect(ask()).toEqual({ n: 1 });
    expect(ask()).toEqual({ n: 2 });
    life.abort();
    expect(ask()).toBeUndefined();
  });
});
