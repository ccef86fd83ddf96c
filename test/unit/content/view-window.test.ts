// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HighlightPainter } from '../../../src/content/highlight-painter.ts';
import { ViewWindow } from '../../../src/content/view-window.ts';

type Entry = Pick<IntersectionObserverEntry, 'target' | 'isIntersecting' | 'boundingClientRect'>;

/** An IntersectionObserver the test reports through, as the browser would after a frame. */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly watched = new Set<Element>();
  constructor(private readonly cb: (entries: Entry[]) => void, readonly opts: IntersectionObserverInit) {
    FakeObserver.last = this;
  }
  observe(el: Element): void {
    this.watched.add(el);
  }
  unobserve(el: Element): void {
    this.watched.delete(el);
  }
  disconnect(): void {
    this.watched.clear();
  }
  report(target: Element, near: boolean, box = { width: 100, height: 20 }): void {
    this.cb([{ target, isIntersecting: near, boundingClientRect: box as DOMRectReadOnly }]);
  }
}

function setup(from: number) {
  const painted = new Set<Range>();
  const painter = { add: (r: Range) => painted.add(r), has: (r: Range) => painted.has(r), delete: (r: Range) => painted.delete(r), clear: () => painted.clear(), get size() { return painted.size; } };
  FakeObserver.last = null;
  const view = { IntersectionObserver: FakeObserver } as unknown as Window;
  const win = new ViewWindow(painter as unknown as HighlightPainter, view, from);
  const blocks = Array.from({ length: 6 }, () => document.createElement('p'));
  return { painted, win, blocks };
}

afterEach(() => void vi.useRealTimers());

describe('ViewWindow', () => {
  it('paints everything while a page has few marks, and observes nothing', () => {
    const { painted, win, blocks } = setup(10);
    for (const b of blocks) win.add(document.createRange(), b);
    expect(painted.size).toBe(6);
    expect(FakeObserver.last).toBeNull();
  });

  it('past the threshold, paints only blocks reported near the view, and follows the reports', () => {
    const { painted, win, blocks } = setup(2);
    const ranges = blocks.map((b) => {
      const r = document.createRange();
      win.add(r, b);
      return r;
    });
    const io = FakeObserver.last!;
    expect(io.opts.rootMargin).toBe('100% 0px 100% 0px');
    expect(io.watched.size).toBe(6);
    // Painted before the window opened: kept until reported far. From the mark that opened it: wait for a report.
    expect(painted).toEqual(new Set(ranges.slice(0, 2)));
    io.report(blocks[0]!, false);
    // Far: still painted until the next paint, so that taking it away costs no frame of its own.
    expect(painted.has(ranges[0]!)).toBe(true);
    io.report(blocks[4]!, true);
    expect(painted).toEqual(new Set([ranges[1], ranges[4]]));
    expect(win.size).toBe(2);
    // A block without a box (display: contents) never intersects: painted rather than lost.
    io.report(blocks[5]!, false, { width: 0, height: 0 });
    expect(painted.has(ranges[5]!)).toBe(true);
    // A block whose marks are gone is no longer watched.
    win.delete(ranges[4]!);
    expect(io.watched.has(blocks[4]!)).toBe(false);
    expect(painted.has(ranges[4]!)).toBe(false);
    win.clear();
    expect(painted.size).toBe(0);
    expect(io.watched.size).toBe(0);
  });

  it('takes away marks that left the window after a while when nothing else is painted, unless they came back', () => {
    vi.useFakeTimers();
    const { painted, win, blocks } = setup(0);
    const ranges = blocks.slice(0, 2).map((b) => {
      const r = document.createRange();
      win.add(r, b);
      return r;
    });
    const io = FakeObserver.last!;
    io.report(blocks[0]!, true);
    io.report(blocks[1]!, true);
    io.report(blocks[0]!, false);
    io.report(blocks[1]!, false);
    io.report(blocks[1]!, true);
    expect(painted).toEqual(new Set(ranges));
    vi.advanceTimersByTime(500);
    expect(painted).toEqual(new Set([ranges[1]]));
  });

  it('paints a just changed block at once, before any report, and lets the reports take it away', () => {
    vi.useFakeTimers();
    const { painted, win, blocks } = setup(0);
    const old = document.createRange();
    win.add(old, blocks[0]!);
    expect(painted.size).toBe(0);
    const fresh = document.createRange();
    win.add(fresh, blocks[1]!, true);
    expect(painted).toEqual(new Set([fresh]));
    const io = FakeObserver.last!;
    io.report(blocks[1]!, true);
    expect(painted).toEqual(new Set([fresh]));
    io.report(blocks[1]!, false);
    vi.advanceTimersByTime(500);
    expect(painted.size).toBe(0);
    // A change far from the view, in a block already reported far, is not painted.
    win.add(document.createRange(), blocks[1]!, true);
    expect(painted.size).toBe(0);
  });

  it('keeps marks whose block is the document itself painted, as nothing can observe it', () => {
    const { painted, win } = setup(0);
    const r = document.createRange();
    win.add(r, document);
    expect(painted.has(r)).toBe(true);
  });
});
