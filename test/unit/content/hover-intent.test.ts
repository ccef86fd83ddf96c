import { beforeEach, describe, expect, it } from 'vitest';
import { HoverIntent } from '../../../src/content/hover-intent.ts';
import { FakeClock } from './fake-clock.ts';

describe('HoverIntent', () => {
  let clock: FakeClock;
  let log: string[];
  let hi: HoverIntent<string>;
  beforeEach(() => {
    clock = new FakeClock();
    log = [];
    hi = new HoverIntent<string>({ open: (m, r) => log.push(`open ${m} ${r}`), close: () => log.push('close') }, clock, { openDelay: 200, closeDelay: 300 });
  });

  it('opens only after the pointer rests on a mark', () => {
    hi.pointerAt('a');
    clock.advance(199);
    expect(log).toEqual([]);
    hi.pointerAt('a');
    clock.advance(1);
    expect(log).toEqual(['open a hover']);
    expect(hi.openMention).toBe('a');
  });

  it('does not open when the pointer passes over', () => {
    hi.pointerAt('a');
    clock.advance(100);
    hi.pointerAt(null);
    clock.advance(1000);
    expect(log).toEqual([]);
    expect(clock.pending).toBe(0);
  });

  it('stays open while the pointer travels into the card, closes when it leaves', () => {
    hi.pointerAt('a');
    clock.advance(200);
    hi.pointerAt(null);
    clock.advance(150);
    hi.pointerInCard(true);
    clock.advance(5000);
    expect(log).toEqual(['open a hover']);
    hi.pointerInCard(false);
    clock.advance(299);
    expect(log).toEqual(['open a hover']);
    clock.advance(1);
    expect(log).toEqual(['open a hover', 'close']);
    expect(hi.openMention).toBeNull();
  });

  it('closes after leaving the mark for good', () => {
    hi.pointerAt('a');
    clock.advance(200);
    hi.pointerAt(null);
    clock.advance(300);
    expect(log).toEqual(['open a hover', 'close']);
  });

  it('returning to the mark cancels the close', () => {
    hi.pointerAt('a');
    clock.advance(200);
    hi.pointerAt(null);
    clock.advance(200);
    hi.pointerAt('a');
    clock.advance(1000);
    expect(log).toEqual(['open a hover']);
  });

  it('moves to another mark after resting on it, and closes if that rest is cut short', () => {
    hi.pointerAt('a');
    clock.advance(200);
    hi.pointerAt('b');
    clock.advance(200);
    expect(log).toEqual(['open a hover', 'open b hover']);
    hi.pointerAt('a');
    clock.advance(50);
    hi.pointerAt(null);
    clock.advance(300);
    expect(log).toEqual(['open a hover', 'open b hover', 'close']);
  });

  it('opens at once for taps and keys, and closes at once on Escape', () => {
    hi.openNow('k', 'keyboard');
    hi.closeNow();
    hi.closeNow();
    expect(log).toEqual(['open k keyboard', 'close']);
    expect(clock.pending).toBe(0);
  });
});
