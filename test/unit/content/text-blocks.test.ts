// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isBlock, isSkipped } from '../../../src/content/element-rules.ts';
import { textBlocks, type TextBlock } from '../../../src/content/text-blocks.ts';

function html(markup: string): HTMLElement {
  const root = document.createElement('div');
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  root.append(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  document.body.append(root);
  return root;
}

const texts = (blocks: TextBlock[]) => blocks.map((b) => b.nodes.map((n) => n.data).join('|'));

describe('element rules', () => {
  it('classifies blocks and inlines by tag', () => {
    const el = (t: string) => document.createElement(t);
    expect(['p', 'div', 'li', 'td', 'h2', 'blockquote'].map((t) => isBlock(el(t)))).toEqual([true, true, true, true, true, true]);
    expect(['a', 'em', 'b', 'span', 'abbr', 'x-foo'].map((t) => isBlock(el(t)))).toEqual([false, false, false, false, false, false]);
  });

  it('skips code, inputs and editors', () => {
    const el = (t: string) => document.createElement(t);
    expect(['script', 'style', 'noscript', 'template', 'input', 'textarea', 'select'].every((t) => isSkipped(el(t)))).toBe(true);
    const ed = el('div');
    ed.setAttribute('contenteditable', '');
    expect(isSkipped(ed)).toBe(true);
    ed.setAttribute('contenteditable', 'false');
    expect(isSkipped(ed)).toBe(false);
  });
});

describe('textBlocks', () => {
  it('joins inline pieces and splits at blocks and line breaks', () => {
    const root = html('<p><a href="#">Helsinki</a> <em>summit</em></p><p><b>Levada</b> Centre<br>next line</p>plain');
    const blocks = [...textBlocks(root)];
    expect(texts(blocks)).toEqual(['Helsinki| |summit', 'Levada| Centre', 'next line', 'plain']);
    expect(blocks[0]!.key).toBe(root.children[0]);
    expect(blocks[3]!.key).toBe(root);
  });

  it('splits text around a nested block, keyed by the block around each run', () => {
    const root = html('<div>before <span>in <p>para</p> after</span></div>');
    const blocks = [...textBlocks(root)];
    expect(texts(blocks)).toEqual(['before |in ', 'para', ' after']);
    expect(blocks[0]!.key).toBe(blocks[2]!.key);
    expect(blocks[1]!.key).not.toBe(blocks[0]!.key);
  });

  it('never reads skipped subtrees or ignored elements', () => {
    const root = html(
      '<p>Peskov</p><script>var Peskov</script><textarea>Peskov</textarea><div contenteditable>Peskov <b>edit</b></div><div id="ours">Peskov card</div><p>end</p>',
    );
    const blocks = [...textBlocks(root, { ignore: (el) => el.id === 'ours' })];
    expect(texts(blocks)).toEqual(['Peskov', 'end']);
  });

  it('enters the open shadow root of a custom element', () => {
    const root = html('<p>before <x-quote></x-quote></p>');
    const sr = root.querySelector('x-quote')!.attachShadow({ mode: 'open' });
    sr.append('Levada Centre');
    expect(texts([...textBlocks(root)])).toEqual(['before ', 'Levada Centre']);
  });

  it('enters open shadow roots as separate blocks and reports them', () => {
    const root = html('<p>outer <span id="h"></span> text</p>');
    const host = root.querySelector('#h')!;
    const sr = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    inner.textContent = 'Dmitry Peskov';
    sr.append(inner);
    const seen: ShadowRoot[] = [];
    const blocks = [...textBlocks(root, { onShadowRoot: (s) => seen.push(s) })];
    expect(texts(blocks)).toEqual(['outer ', 'Dmitry Peskov', ' text']);
    expect(blocks[1]!.key).toBe(sr);
    expect(seen).toEqual([sr]);
  });

  it('drops runs with no letters or digits, and can start below the top', () => {
    const root = html('<p> </p><ul><li>Kremlin <i>spokesman</i></li></ul>');
    expect(texts([...textBlocks(root)])).toEqual(['Kremlin |spokesman']);
    const li = root.querySelector('i')!;
    const blocks = [...textBlocks(li)];
    expect(texts(blocks)).toEqual(['spokesman']);
    expect(blocks[0]!.key).toBe(root.querySelector('li'));
  });

  it('starts again from the top, and says so, when the page removed where the walk was paused', () => {
    const root = html('<p>one</p><p>two <b>bold</b></p><p>three</p>');
    let restarts = 0;
    const walk = textBlocks(root, { onRestart: () => restarts++ });
    expect(texts([walk.next().value as TextBlock])).toEqual(['one']);
    expect(texts([walk.next().value as TextBlock])).toEqual(['two |bold']);
    expect(restarts).toBe(0);
    // Paused on the text of the third paragraph, which had ended the second block.
    root.children[2]!.remove();
    expect(texts([...walk])).toEqual(['one', 'two |bold']);
    expect(restarts).toBe(1);
  });
});

describe('textBlocks from a root inside an editor', () => {
  it('reads nothing when the root itself lies in skipped content', () => {
    const root = document.createElement('div');
    root.setAttribute('contenteditable', 'true');
    const p = document.createElement('p');
    p.textContent = 'Dmitry Peskov';
    root.append(p);
    document.body.append(root);
    expect([...textBlocks(p)]).toEqual([]);
    expect([...textBlocks(root)]).toEqual([]);
  });
});
