// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { boot, type BootDeps } from '../../../src/content/boot.ts';
import { cuesByKind, joinCues, type CuesByKind } from '../../../src/core/cues.ts';

const bundled = cuesByKind([{ kind: 'person', names: ['Dmitry Peskov'] }, { kind: 'place', names: ['Helsinki'] }]);
const pack = cuesByKind([{ kind: 'person', names: ['Ekaterina Schulmann'] }]);

const QUIET = 'The committee reviewed a proposal on regional trade, and residents asked about ferry routes.';
/** Longer than the mutation watch's coalescing delay (80 ms). */
const settle = () => new Promise((r) => setTimeout(r, 150));

/** The page's body, made of `html`. */
function setBody(html: string): void {
  document.body.replaceChildren(...new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes);
}

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((s) => s()));

/** The cue probe over a page of `html`, counting its wakes. */
function bootOn(html: string, packCues: (() => Promise<CuesByKind | null>) | null = null) {
  setBody(html);
  let wakes = 0;
  let found: CuesByKind | null | undefined;
  const deps: BootDeps = { win: window, cues: bundled, packCues, wake: (f) => void (wakes++, found = f) };
  const handle = boot(deps);
  stops.push(handle.stop);
  return { handle, wakes: () => wakes, found: () => found };
}

describe('boot: the cue probe that runs in every page', () => {
  it('leaves a page that names nothing asleep, and wakes the page app at once for one that does, of any kind', () => {
    expect(bootOn(`<p>${QUIET}</p>`).wakes()).toBe(0);
    expect(bootOn('<p>They met in <b>Helsinki</b>.</p>').wakes()).toBe(1);
    expect(bootOn('<p>Dmitry <i>Peskov</i> said so.</p>').wakes()).toBe(1);
  });

  it('wakes once when a name is added later, and not for text that names nothing', async () => {
    const b = bootOn(`<p>${QUIET}</p>`);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Weather: dry and mild.' }));
    await settle();
    expect(b.wakes()).toBe(0);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Late news: Dmitry Peskov replied.' }));
    (document.body.firstChild as HTMLElement).append(' Helsinki too.');
    await settle();
    expect(b.wakes()).toBe(1);
  });

  it('reads a change with the text of its block, so a name that runs across the changed node is found', async () => {
    // "Dmitry Peskov" has one cue, across its two words: neither word alone holds it.
    const typed = bootOn('<p>Dmitry <b></b> spoke.</p><p>Other text.</p>');
    document.querySelector('b')!.textContent = 'Peskov';
    await settle();
    expect(typed.wakes()).toBe(1);
    const edited = bootOn('<p>Dmitry <b>X</b> spoke.</p>');
    (document.querySelector('b')!.firstChild as Text).data = 'Peskov';
    await settle();
    expect(edited.wakes()).toBe(1);
    const removed = bootOn('<p>Dmitry <span>and </span>Peskov spoke.</p>');
    document.querySelector('span')!.remove();
    await settle();
    expect(removed.wakes()).toBe(1);
  });

  it('takes comments, removed blocks and nodes gone before the probe calmly', async () => {
    const b = bootOn(`<div><p>Weather</p><p>${QUIET}</p></div>`);
    document.body.append(document.createComment('Dmitry Peskov'));
    document.querySelector('p')!.remove();
    const gone = Object.assign(document.createElement('p'), { textContent: 'Dmitry Peskov' });
    document.body.append(gone);
    gone.remove();
    await settle();
    expect(b.wakes()).toBe(0);
  });

  it('reads open shadow roots, and follows the changes of those it met', async () => {
    setBody(`<p>${QUIET}</p><div id="w"></div>`);
    const shadow = document.getElementById('w')!.attachShadow({ mode: 'open' });
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'Weather for the weekend.' }));
    let wakes = 0;
    const handle = boot({ win: window, cues: bundled, packCues: null, wake: () => void wakes++ });
    stops.push(handle.stop);
    expect(wakes).toBe(0);
    shadow.querySelector('p')!.append(' Dmitry Peskov spoke of it.');
    await settle();
    expect(wakes).toBe(1);
  });

  it('stops watching when the page app takes over', async () => {
    const b = bootOn(`<p>${QUIET}</p>`);
    b.handle.stop();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Dmitry Peskov replied.' }));
    await settle();
    expect(b.wakes()).toBe(0);
  });

  it('reads the packs\' cues when told packs are imported: a page naming only a pack entity wakes', async () => {
    const text = '<p>Political scientist Ekaterina Schulmann doubts a reset is near.</p>';
    expect(bootOn(text).wakes()).toBe(0);
    const withPacks = bootOn(text, async () => pack);
    await settle();
    expect(withPacks.wakes()).toBe(1);
    // The page app is told which cues found it: the bundle's and the packs' together.
    expect(withPacks.found()).toEqual(joinCues(bundled, pack));
    const noneStored = bootOn(text, async () => null);
    await settle();
    expect(noneStored.wakes()).toBe(0);
    // Storage that cannot be read leaves the bundle's cues, which still work.
    const failing = bootOn('<p>Dmitry Peskov spoke.</p>', () => Promise.reject(new Error('storage gone')));
    await settle();
    expect(failing.wakes()).toBe(1);
  });

  it('wakes the page app rather than miss a page when the packs\' cues do not compile', async () => {
    const b = bootOn(`<p>${QUIET}</p>`, async () => ({ person: '(' }));
    await settle();
    expect(b.wakes()).toBe(1);
    // Nothing was found, so the page app must read the page itself.
    expect(b.found()).toBeNull();
  });
});
