// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MutationWatch } from '../../../src/content/mutation-watch.ts';
import { FakeClock } from './fake-clock.ts';

/** Elements with ids and text, appended to the body in order; `parent` nests one in another. */
function build(spec: [id: string, parent: string | null, text: string][]): void {
  document.body.replaceChildren();
  for (const [id, parent, text] of spec) {
    const el = document.createElement(text ? 'p' : 'div');
    el.id = id;
    el.textContent = text;
    (parent ? document.getElementById(parent)! : document.body).append(el);
  }
}

function watch() {
  const calls: { roots: Node[]; removed: Node[] }[] = [];
  const ctl = new AbortController();
  const w = new MutationWatch(document, { isOurs: () => false, onBlocks: (roots, removed) => void calls.push({ roots, removed }) }, ctl.signal);
  return { w, calls, stop: () => ctl.abort() };
}

describe('MutationWatch', () => {
  it('reports the elements taken out of the page, once each, and not those moved elsewhere', () => {
    build([['a', null, ''], ['a1', 'a', 'one'], ['a2', 'a', 'two'], ['b', null, ''], ['b1', 'b', 'three'], ['c', null, '']]);
    const { w, calls, stop } = watch();
    const a = document.getElementById('a')!;
    const a1 = document.getElementById('a1')!;
    const a2 = document.getElementById('a2')!;
    const b1 = document.getElementById('b1')!;
    a1.remove();
    a2.remove(); // taken out, put back, then out with its parent: reported through the parent alone
    a.append(a2);
    a.remove();
    document.getElementById('c')!.append(b1); // moved: still in the page
    w.flush();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.removed).toEqual([a1, a]);
    stop();
  });

  it('reports a removal alone, with no block to read again', () => {
    build([['x', null, 'one'], ['y', null, 'two']]);
    const { w, calls, stop } = watch();
    const x = document.getElementById('x')!;
    x.remove();
    w.flush();
    expect(calls).toEqual([{ roots: [], removed: [x] }]);
    stop();
  });

  it('reports a change after a quiet moment at once, and batches the changes that follow it closely', async () => {
    build([['x', null, 'one']]);
    const clock = new FakeClock();
    const calls: { roots: string[]; now: boolean }[] = [];
    const ctl = new AbortController();
    new MutationWatch(document, {
      isOurs: () => false,
      onBlocks: (roots, _removed, now) => void calls.push({ roots: roots.map((r) => (r as Element).id), now }),
      clock,
    }, ctl.signal);
    const add = async (id: string) => {
      const p = document.createElement('p');
      p.id = id;
      p.textContent = `item ${id}`;
      document.body.append(p);
      // The observer's callback comes after the script that changed the page.
      await new Promise((r) => setTimeout(r, 0));
    };
    await add('a');
    expect(calls).toEqual([{ roots: ['a'], now: true }]);
    expect(clock.pending).toBe(0);
    clock.advance(30);
    await add('b');
    await add('c');
    expect(calls).toHaveLength(1);
    clock.advance(80);
    expect(calls).toEqual([{ roots: ['a'], now: true }, { roots: ['b', 'c'], now: false }]);
    clock.advance(50);
    await add('d'); // 50 ms after the last report: still batched
    expect(calls).toHaveLength(2);
    clock.advance(80);
    clock.advance(100);
    await add('e');
    expect(calls.slice(2)).toEqual([{ roots: ['d'], now: false }, { roots: ['e'], now: true }]);
    ctl.abort();
  });

  it('never reports our own nodes, added or taken out beside the page\'s', () => {
    build([['x', null, 'one']]);
    const host = document.createElement('div');
    const calls: { roots: Node[]; removed: Node[] }[] = [];
    const ctl = new AbortController();
    const w = new MutationWatch(document, { isOurs: (n) => n === host, onBlocks: (roots, removed) => void calls.push({ roots, removed }) }, ctl.signal);
    const p = document.createElement('p');
    document.body.append(host, p);
    w.flush();
    host.remove();
    document.body.append(host);
    w.flush();
    expect(calls).toEqual([{ roots: [p], removed: [] }, { roots: [], removed: [] }]);
    ctl.abort();
  });
});
