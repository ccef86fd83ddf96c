// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Source } from '../core/dataset-schema.ts';
import { SourceView } from './source-view.tsx';
import { ViewerApp } from './viewer-app.tsx';
import { parseViewerParams, splitAt } from './viewer-params.ts';
import { english } from '../../test/unit/i18n/locales.ts';
import { LocaleProvider } from '../ui/i18n.ts';

const source: Source = {
  id: 's1', title: 'Russians Pessimistic', publisher: 'The Moscow Times', published: '2018-07-23', language: 'en', translated: true,
  text: 'First paragraph.\n\nForty-eight percent of Russians expected <b>no</b> change.\n\nLast.',
};
const start = source.text.indexOf('Forty-eight');
const end = start + 'Forty-eight percent'.length;

let root: HTMLElement | undefined;
const mount = (node: preact.ComponentChild) => {
  root = document.createElement('div');
  document.body.append(root);
  render(<LocaleProvider value={english}>{node}</LocaleProvider>, root);
  return root;
};
afterEach(() => {
  if (!root) return;
  render(null, root);
  root.remove();
});

describe('viewer params', () => {
  it('reads a source and a passage, and tolerates a bad passage', () => {
    expect(parseViewerParams('?source=s1&start=3&end=9')).toEqual({ sourceId: 's1', passage: { start: 3, end: 9 } });
    expect(parseViewerParams('?source=s1&start=9&end=3')).toEqual({ sourceId: 's1', passage: null });
    expect(parseViewerParams('?source=s1&start=x')).toEqual({ sourceId: 's1', passage: null });
    expect(parseViewerParams('?start=1&end=2')).toBeNull();
  });

  it('cuts only inside the text', () => {
    expect(splitAt('abcdef', { start: 1, end: 3 })).toEqual(['a', 'bc', 'def']);
    expect(splitAt('abc', { start: 1, end: 9 })).toBeNull();
  });
});

describe('SourceView', () => {
  it('highlights exactly the passage, as text, and scrolls it into view', async () => {
    const scrolled: HTMLElement[] = [];
    const el = mount(<SourceView source={source} passage={{ start, end }} scrollIntoView={(m) => scrolled.push(m)} />);
    const mark = el.querySelector('mark')!;
    expect(mark.textContent).toBe('Forty-eight percent');
    await vi.waitFor(() => expect(scrolled).toEqual([mark]));
    expect(el.querySelector('.text')!.textContent).toBe(source.text);
    expect(el.querySelector('.text b')).toBeNull();
    expect(el.querySelector('h1')!.textContent).toBe('Russians Pessimistic');
    expect(el.querySelector('.meta')!.textContent).toBe('The Moscow Times · 23 Jul 2018 · EN');
    expect(el.textContent).toContain('This text is a translation');
  });

  it('shows the whole article with a notice when the passage is outside it', () => {
    const el = mount(<SourceView source={{ ...source, translated: false }} passage={{ start: 5, end: 10_000 }} scrollIntoView={() => {}} />);
    expect(el.querySelector('mark')).toBeNull();
    expect(el.textContent).toContain('The passage asked for is not in this text');
    expect(el.textContent).not.toContain('translation');
  });
});

describe('ViewerApp', () => {
  it('loads the named source', async () => {
    const load = vi.fn(async (id: string) => (id === 's1' ? source : null));
    const el = mount(<ViewerApp search={`?source=s1&start=${start}&end=${end}`} loadSource={load} />);
    await vi.waitFor(() => expect(el.querySelector('mark')?.textContent).toBe('Forty-eight percent'));
    expect(load).toHaveBeenCalledWith('s1');
  });

  it('says plainly when the source is unknown or not named', async () => {
    const el = mount(<ViewerApp search="?source=nope" loadSource={async () => null} />);
    await vi.waitFor(() => expect(el.querySelector('[role="alert"]')?.textContent).toBe('No source “nope” in the bundled dataset.'));
    render(null, el);
    render(
      <LocaleProvider value={english}>
        <ViewerApp search="" loadSource={async () => null} />
      </LocaleProvider>,
      el,
    );
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('No source was named.');
  });
});
