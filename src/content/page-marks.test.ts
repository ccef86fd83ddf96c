// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { HighlightPainter } from './highlight-painter.ts';
import { PageMarks, type MarkFilter, type PageMention } from './page-marks.ts';

/** A painter that only keeps the set of painted ranges. */
function fakePainter() {
  const painted = new Set<Range>();
  const painter = { add: (r: Range) => painted.add(r), delete: (r: Range) => painted.delete(r), get size() { return painted.size; } };
  return { painted, painter: painter as unknown as HighlightPainter };
}

function page(n: number): { blocks: HTMLElement[]; mention: (i: number, entityId: string) => PageMention } {
  document.body.replaceChildren();
  const blocks = Array.from({ length: n }, (_, i) => {
    const p = document.createElement('p');
    p.textContent = `block ${i} Kremlin`;
    document.body.append(p);
    return p;
  });
  const mention = (i: number, entityId: string): PageMention => {
    const node = blocks[i]!.firstChild as Text;
    const range = document.createRange();
    range.setStart(node, 8);
    range.setEnd(node, 15);
    return { entityId, range, key: blocks[i]!, spans: [{ node, start: 8, end: 15 }] };
  };
  return { blocks, mention };
}

const all: MarkFilter = { allow: () => true, firstOnly: false };

describe('PageMarks', () => {
  it('paints what was found since the last commit and lists it in reading order', () => {
    const { painted, painter } = fakePainter();
    const { mention } = page(4);
    const marks = new PageMarks(painter, all);
    const late = mention(3, 'kremlin');
    const early = mention(0, 'kremlin');
    marks.add(late);
    marks.commit();
    marks.add(early);
    expect(painted.size).toBe(1);
    marks.commit();
    expect(painted).toEqual(new Set([late.range, early.range]));
    expect(marks.size).toBe(2);
    expect(marks.list).toEqual([early, late]);
    expect(marks.at(early.spans[0]!.node, 10)).toEqual([early]);
  });

  it('after a drop, shows exactly what is left', () => {
    const { painted, painter } = fakePainter();
    const { blocks, mention } = page(3);
    const marks = new PageMarks(painter, all);
    const ms = [0, 1, 2].map((i) => mention(i, 'kremlin'));
    ms.forEach((m) => marks.add(m));
    marks.commit();
    marks.dropKey(blocks[1]!);
    const again = mention(1, 'moscow');
    marks.add(again);
    marks.commit();
    expect(painted).toEqual(new Set([ms[0]!.range, again.range, ms[2]!.range]));
    expect(marks.list).toEqual([ms[0], again, ms[2]]);
    expect(marks.at(ms[1]!.spans[0]!.node, 10)).toEqual([again]);
  });

  it('applies a filter to what is already found, and keeps only the first of each entity when asked', () => {
    const { painted, painter } = fakePainter();
    const { mention } = page(3);
    const marks = new PageMarks(painter, all);
    const [a, b, c] = [mention(2, 'kremlin'), mention(0, 'kremlin'), mention(1, 'moscow')];
    [a, b, c].forEach((m) => marks.add(m!));
    marks.commit();
    marks.setFilter({ allow: (id) => id === 'kremlin', firstOnly: true });
    expect(marks.list).toEqual([b]);
    expect(painted).toEqual(new Set([b!.range]));
    marks.setFilter(all);
    expect(marks.list).toEqual([b, c, a]);
    expect(painted.size).toBe(3);
  });

  it('drops what lies under a root, inside shadow trees too, and nothing else', () => {
    const { painted, painter } = fakePainter();
    const { blocks, mention } = page(6);
    // Blocks 0-2 in a section, block 3 in a shadow root whose host is in the section too.
    const section = document.createElement('section');
    document.body.prepend(section);
    section.append(blocks[0]!, blocks[1]!, blocks[2]!);
    const host = document.createElement('div');
    section.append(host, ...Array.from({ length: 6 }, () => document.createElement('span')));
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(blocks[3]!);
    const marks = new PageMarks(painter, all);
    const ms = blocks.map((_, i) => mention(i, 'kremlin'));
    ms.forEach((m) => marks.add(m));
    marks.commit();
    // Few blocks with mentions under a large root, and many under a small one: both ways give the same.
    marks.dropUnder(blocks[1]!);
    marks.commit();
    expect(marks.list).toEqual([0, 2, 3, 4, 5].map((i) => ms[i]));
    marks.dropUnder(section);
    marks.commit();
    expect(marks.list).toEqual([ms[4], ms[5]]);
    expect(painted).toEqual(new Set([ms[4]!.range, ms[5]!.range]));
    expect(marks.stats).toEqual({ found: 2, shown: 2, indexed: 2, painted: 2 });
  });

  it('drops the marks of a block the page took out, found from the removed element', () => {
    const { painter } = fakePainter();
    const { blocks, mention } = page(4);
    const wrap = document.createElement('div');
    blocks[2]!.before(wrap);
    wrap.append(blocks[2]!);
    const marks = new PageMarks(painter, all);
    const ms = blocks.map((_, i) => mention(i, 'kremlin'));
    ms.forEach((m) => marks.add(m));
    marks.commit();
    wrap.remove();
    marks.dropUnder(wrap);
    marks.commit();
    expect(marks.list).toEqual([ms[0], ms[1], ms[3]]);
  });

  it('dropping under a new small block never visits the blocks marked before it', () => {
    const { painter } = fakePainter();
    const { blocks, mention } = page(300);
    const marks = new PageMarks(painter, all);
    blocks.forEach((_, i) => marks.add(mention(i, 'kremlin')));
    marks.commit();
    // Every marked block counts the times anything climbs from it towards the root.
    let climbed = 0;
    for (const b of blocks) {
      const parent = b.parentNode;
      Object.defineProperty(b, 'parentNode', { get: () => (climbed++, parent), configurable: true });
    }
    const fresh = document.createElement('p');
    fresh.append(document.createElement('em'));
    document.body.append(fresh);
    marks.dropUnder(fresh);
    expect(climbed).toBe(0);
    expect(marks.size).toBe(300);
  });
});
