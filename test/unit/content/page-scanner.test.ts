// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PageMarks } from '../../../src/content/page-marks.ts';
import { PageScanner } from '../../../src/content/page-scanner.ts';
import { SliceScheduler, type IdleHost } from '../../../src/content/slice-scheduler.ts';
import type { MarkPainter } from '../../../src/content/view-window.ts';
import type { Entity } from '../../../src/core/dataset-schema.ts';
import { buildMatcher, DocumentContext } from '../../../src/core/matcher/index.ts';

const registry = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../data/entities.json'), 'utf8')) as { entities: Entity[] };
const matcher = buildMatcher(registry.entities);

/** A scanner over the test document whose slices run only when the test says, a few blocks each. */
function setup() {
  const painted = new Set<Range>();
  const painter: MarkPainter = { add: (r) => void painted.add(r), delete: (r) => void painted.delete(r), clear: () => painted.clear(), get size() { return painted.size; } };
  const marks = new PageMarks(painter, { allow: () => true, firstOnly: false });
  let t = 0;
  const queue: (() => void)[] = [];
  // Each reading of the clock moves it on by 2 ms: a slice of 8 ms reads two batches of about 4 KB.
  const host: IdleHost = { now: () => (t += 2), setTimeout: (fn) => queue.push(fn), clearTimeout: () => undefined };
  const scheduler = new SliceScheduler(host, new AbortController().signal);
  const pm = { matcher, context: () => new DocumentContext(), entities: [] };
  const scanner = new PageScanner(document, pm, marks, scheduler, {}, () => undefined);
  const slice = () => queue.shift()?.();
  return { marks, painted, scanner, slice, pending: () => queue.length };
}

/** Enough paragraphs for several slices (the scanner reads about 4 KB between looks at the clock). */
const N = 600;
/** `n` paragraphs "Paragraph i: Dmitry <b>Peskov</b> spoke." as the body. */
function paragraphs(n: number): void {
  document.body.replaceChildren(
    ...Array.from({ length: n }, (_, i) => {
      const p = document.createElement('p');
      p.id = `p${i}`;
      p.append(`Paragraph ${i}: Dmitry `, Object.assign(document.createElement('b'), { textContent: 'Peskov' }), ' spoke.');
      return p;
    }),
  );
}

/** A scanner over {@link N} paragraphs whose full pass has run one slice: part of the page read, not all. */
function midPass() {
  paragraphs(N);
  const s = setup();
  s.scanner.full();
  s.slice();
  expect(s.marks.stats.found).toBeGreaterThan(0);
  expect(s.marks.stats.found).toBeLessThan(N);
  return s;
}

describe('PageScanner', () => {
  it('marks every paragraph once when the page removes the one the walk stopped at, mid-pass', () => {
    const s = midPass();
    const readSoFar = s.marks.stats.found;
    // The walk paused on the text of the paragraph after the last one read: that paragraph goes.
    document.getElementById(`p${readSoFar}`)!.remove();
    for (let i = 0; i < 500 && s.pending(); i++) s.slice();
    expect(s.pending()).toBe(0);
    const texts = s.marks.list.map((m) => `${m.range.startContainer.parentElement!.id}:${m.range.toString()}`);
    expect(texts).toHaveLength(N - 1);
    expect(new Set(texts).size).toBe(N - 1);
    expect(s.painted.size).toBe(N - 1);
  });

  it('reads a block changed with `now` at once, ahead of the full pass still under way, and paints its marks', () => {
    const s = midPass();
    const late = document.createElement('p');
    late.append('Later, Sergey ', Object.assign(document.createElement('em'), { textContent: 'Lavrov' }), ' answered.');
    document.body.append(late);
    s.scanner.rescan([late], true);
    const inLate = () => [...s.painted].filter((r) => late.contains(r.startContainer)).map(String);
    expect(inLate()).toEqual(['Sergey Lavrov']);
    const other = document.createElement('p');
    other.textContent = 'Sergey Lavrov again.';
    document.body.append(other);
    s.scanner.rescan([other]);
    expect([...s.painted].some((r) => other.contains(r.startContainer))).toBe(false);
    for (let i = 0; i < 500 && s.pending(); i++) s.slice();
    expect([...s.painted].filter((r) => other.contains(r.startContainer)).map(String)).toEqual(['Sergey Lavrov']);
    expect(s.marks.stats.found).toBe(N + 2);
  });

  it('ends on a page that removes where the walk stands after every slice', () => {
    paragraphs(N);
    const s = setup();
    s.scanner.full();
    let removed = 0;
    for (let i = 0; i < 500 && s.pending(); i++) {
      s.slice();
      const next = document.getElementById(`p${s.marks.stats.found + removed}`);
      if (next && removed < 10) {
        next.remove();
        removed++;
      }
    }
    expect(s.pending()).toBe(0);
    const ids = s.marks.list.map((m) => m.range.startContainer.parentElement!.id);
    expect(ids.filter((id) => document.getElementById(id))).toHaveLength(N - removed);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
