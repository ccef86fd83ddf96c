// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MatcherGate } from '../../../src/content/matcher-gate.ts';
import type { PageMatcher } from '../../../src/content/matcher-source.ts';
import { cuesByKind, joinCues } from '../../../src/core/cues.ts';

const bundled = cuesByKind([{ kind: 'person', names: ['Dmitry Peskov'] }, { kind: 'place', names: ['Helsinki'] }]);
const pack = cuesByKind([{ kind: 'person', names: ['Ekaterina Schulmann'] }]);

/** A gate over a page holding one paragraph of `text`, counting how often it asks for the matcher. */
function gateOn(text: string, kinds: ('person' | 'place')[] = ['person'], cued: ('person' | 'place')[] | null = null) {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.replaceChildren(p);
  let loads = 0;
  const source = () => {
    loads++;
    return Promise.resolve({} as PageMatcher);
  };
  const gate = new MatcherGate(source, bundled, kinds, () => undefined, new AbortController().signal, cued);
  return { gate, loads: () => loads, probe: () => gate.probe([document], () => undefined) };
}

describe('MatcherGate cues', () => {
  it('a page naming only a pack entity passes once the packs\' cues join the bundle\'s', () => {
    const g = gateOn('Political scientist Ekaterina Schulmann doubts a reset is near.');
    expect(g.probe()).toBe(false);
    g.gate.setCues(joinCues(bundled, pack));
    expect(g.probe()).toBe(true);
    expect(g.loads()).toBe(1);
  });

  it('the joined cues still pass pages naming bundled entities, and only for the kinds wanted', () => {
    const g = gateOn('Dmitry Peskov spoke.');
    g.gate.setCues(joinCues(bundled, pack));
    expect(g.probe()).toBe(true);
    const place = gateOn('They met in Helsinki.');
    place.gate.setCues(joinCues(bundled, pack));
    expect(place.probe()).toBe(false);
    place.gate.setKinds(['person', 'place']);
    expect(place.probe()).toBe(true);
  });

  it('a page naming nobody stays ruled out, and stored cues that do not compile open the gate rather than miss a page', () => {
    const g = gateOn('The president met the press on Monday.');
    g.gate.setCues(joinCues(bundled, pack));
    expect(g.probe()).toBe(false);
    expect(g.loads()).toBe(0);
    g.gate.setCues(joinCues(bundled, { person: '(' }));
    expect(g.probe()).toBe(true);
  });

  it('a page the content script found a cue in is not read again when every kind it tested is wanted, and is otherwise', () => {
    // The text names nobody, so only the content script's finding can open the gate.
    const quiet = 'The president met the press on Monday.';
    const trusted = gateOn(quiet, ['person', 'place'], ['person', 'place']);
    expect(trusted.probe()).toBe(true);
    expect(trusted.loads()).toBe(1);
    // A kind the reader turned off was among those tested: the cue may have been of that kind.
    const narrower = gateOn(quiet, ['person'], ['person', 'place']);
    expect(narrower.probe()).toBe(false);
    expect(narrower.loads()).toBe(0);
    // The finding counts once: the page may change after it.
    const once = gateOn(quiet, ['person'], ['person']);
    once.gate.setKinds([]);
    expect(once.probe()).toBe(false);
    once.gate.setKinds(['person']);
    expect(once.probe()).toBe(false);
    expect(gateOn(quiet, ['person'], []).probe()).toBe(false);
  });
});
