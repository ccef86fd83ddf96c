import { describe, expect, it } from 'vitest';
import { scanCommand, type ScanIo } from '../../../src/cli/scan-command.ts';
import type { Dataset } from '../../../src/core/dataset-schema.ts';
import { decodeEntities, htmlToText } from '../../../src/core/html-text.ts';
import { REGISTRY } from './test-registry.ts';

describe('htmlToText', () => {
  it('keeps inline boundaries, marks block boundaries and leaves out scripts, styles and the head', () => {
    const page = htmlToText('<html><head><title>Putin</title><style>p{}</style></head><body><p>The <b>Levada</b> Centre</p><script>var s = "<p>Trump</p>";</script><p>Putin &amp; co</p></body></html>');
    expect(page.pieces).toEqual(['The ', 'Levada', ' Centre', 'Putin & co']);
    expect(page.breaks).toEqual([0, 0, 0, 1]);
    expect(page.text).toBe('The Levada Centre\nPutin & co');
    expect(page.starts).toEqual([0, 4, 10, 18]);
  });

  it('treats <br> as a block boundary and reads quoted > inside attributes', () => {
    const page = htmlToText('<p title="a > b">Vladimir<br/>Putin</p><!-- Trump -->');
    expect(page.pieces).toEqual(['Vladimir', 'Putin']);
    expect(page.breaks).toEqual([0, 1]);
  });

  it('decodes numeric and common named character references', () => {
    expect(decodeEntities('Fy&#246;dorov&nbsp;&#x1F600; &laquo;x&raquo; &unknown; &#xD800;')).toBe('Fyödorov\u00a0😀 «x» &unknown; \ufffd');
  });
});

const dataset: Dataset = { version: 1, sources: [], entities: REGISTRY, polls: [], quotes: [] };

function io(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const value: ScanIo = {
    readInput: async (p) => {
      const f = files[p];
      if (f === undefined) throw new Error('no such file');
      return f;
    },
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
  };
  return { value, out, err };
}

describe('scanCommand', () => {
  it('prints JSON mentions with offsets into a text file', async () => {
    const t = io({ 'a.txt': 'Yesterday Dmitry Peskov met Putin.' });
    expect(await scanCommand(['--json', 'a.txt'], dataset, t.value)).toBe(0);
    expect(JSON.parse(t.out.join(''))).toEqual({
      mentions: [
        { start: 10, end: 23, text: 'Dmitry Peskov', entityId: 'peskov', entityName: 'Dmitry Peskov' },
        { start: 28, end: 33, text: 'Putin', entityId: 'putin', entityName: 'Vladimir Putin' },
      ],
    });
  });

  it('reads HTML from stdin by its content, with offsets into its text content', async () => {
    const t = io({ '-': '<!doctype html><body><h1>Vladimir</h1><p>Putin and the <i>Levada</i> Centre</p></body>' });
    expect(await scanCommand(['scan', '--json', '-'], dataset, t.value)).toBe(0);
    const { mentions } = JSON.parse(t.out.join('')) as { mentions: { start: number; end: number; text: string }[] };
    expect(mentions.map((m) => m.text)).toEqual(['Putin', 'Levada Centre']);
    expect(mentions[0]?.start).toBe('Vladimir\n'.length);
  });

  it('prints one line per mention without --json', async () => {
    const t = io({ 'a.md': 'Trump in Helsinki' });
    expect(await scanCommand(['a.md'], dataset, t.value)).toBe(0);
    expect(t.out.join('')).toBe('0-5\tDonald Trump (trump)\t"Trump"\n9-17\tHelsinki (helsinki)\t"Helsinki"\n');
  });

  it('fails with one line on stderr for an unreadable file or bad usage', async () => {
    const t = io({});
    expect(await scanCommand(['missing.txt'], dataset, t.value)).toBe(1);
    expect(t.err.join('')).toMatch(/^factlens scan: cannot read missing\.txt: no such file\n$/);
    expect(await scanCommand([], dataset, t.value)).toBe(2);
    expect(await scanCommand(['--bogus', 'x'], dataset, t.value)).toBe(2);
    expect(t.out).toEqual([]);
  });
});
