import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Entity } from '../../../src/core/dataset-schema.ts';
import { htmlToText } from '../../../src/core/html-text.ts';
import { buildMatcher } from '../../../src/core/matcher/index.ts';

const dir = join(import.meta.dirname, '../../fixtures/golden');
const registry = JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/entities.json'), 'utf8')) as { entities: Entity[] };
const matcher = buildMatcher(registry.entities);
/** Each hand-labelled page: its `.expected.json`, beside the page or naming a fixture page elsewhere (`page`). */
const labels = readdirSync(dir).filter((f) => f.endsWith('.expected.json'));
/** Hand labels are written with plain spaces; the page may break a name over lines or use a no-break space. */
const plain = (s: string) => s.replace(/\s+/g, ' ');

describe('golden pages: saved articles with hand-labelled mentions, through html-text and the matcher', () => {
  it('has pages to check', () => {
    expect(labels.length).toBeGreaterThanOrEqual(5);
  });

  for (const label of labels) {
    const expected = JSON.parse(readFileSync(join(dir, label), 'utf8')) as { page?: string; mentions: { text: string; entityId: string }[] };
    const file = expected.page ?? label.replace(/\.expected\.json$/, '.html');
    it(file, () => {
      const page = htmlToText(readFileSync(join(dir, file), 'utf8'));
      const got = matcher.scanPieces(page.pieces, page.breaks).map((m) => {
        const start = (page.starts[m.startPiece] as number) + m.startOffset;
        const end = (page.starts[m.endPiece] as number) + m.endOffset;
        expect(page.breaks.slice(m.startPiece + 1, m.endPiece + 1)).not.toContain(1);
        return { text: plain(page.text.slice(start, end)), entityId: m.entityId };
      });
      expect(got).toEqual(expected.mentions.map((m) => ({ text: plain(m.text), entityId: m.entityId })));
    });
  }
});
