import { describe, expect, it } from 'vitest';
import { MATCHER_SLOT, loadMatcherCode, type MatcherCode } from '../../../src/content/matcher-code.ts';
import { loadPageMatcher } from '../../../src/content/matcher-source.ts';
import type { Entity } from '../../../src/core/dataset-schema.ts';
import { compileMatcher, decodeCompiled, DocumentContext, encodeCompiled, loadMatcher } from '../../../src/core/matcher/index.ts';

const peskov: Entity = { id: 'dmitry-peskov', kind: 'person', name: 'Dmitry Peskov', aliases: ['Dmitry Peskov'], description: '' };
const schulmann: Entity = { id: 'ekaterina-schulmann', kind: 'person', name: 'Ekaterina Schulmann', aliases: ['Ekaterina Schulmann'], description: '' };

/** What matcher.js leaves in the slot, over a bundle of `entities`. */
const codeOver = (entities: Entity[]): MatcherCode => ({ decodeCompiled, loadMatcher, newContext: () => new DocumentContext(), tables: encodeCompiled(compileMatcher(entities)) });

describe('loadMatcherCode', () => {
  it('asks for matcher.js only when the slot is empty, and takes what it left there', async () => {
    const slot: { [MATCHER_SLOT]?: MatcherCode } = {};
    let asked = 0;
    const request = async () => {
      asked++;
      slot[MATCHER_SLOT] = codeOver([peskov]);
    };
    const code = await loadMatcherCode(request, slot);
    expect(asked).toBe(1);
    expect(await loadMatcherCode(request, slot)).toBe(code);
    expect(asked).toBe(1);
  });

  it('fails plainly when the injection left nothing, so the gate can try again later', async () => {
    await expect(loadMatcherCode(async () => undefined, {})).rejects.toThrow('the matcher did not load');
  });
});

describe('loadPageMatcher', () => {
  it('reads with the bundled tables, or with stored pack tables when they decode', async () => {
    const code = codeOver([peskov]);
    const bundled = await loadPageMatcher(async () => code);
    expect(bundled.matcher.scan('Dmitry Peskov and Ekaterina Schulmann').map((m) => m.entityId)).toEqual(['dmitry-peskov']);
    const packs = { base: 'x', tables: encodeCompiled(compileMatcher([peskov, schulmann])), entities: [{ id: schulmann.id, name: schulmann.name, kind: schulmann.kind }] };
    const merged = await loadPageMatcher(async () => code, async () => packs);
    expect(merged.matcher.scan('Dmitry Peskov and Ekaterina Schulmann').map((m) => m.entityId)).toEqual(['dmitry-peskov', 'ekaterina-schulmann']);
    expect(merged.entities.map((e) => e.id)).toEqual(['ekaterina-schulmann']);
    const broken = await loadPageMatcher(async () => code, async () => ({ ...packs, tables: 'not tables' }));
    expect(broken.entities).toEqual([]);
    expect(broken.context()).toBeInstanceOf(DocumentContext);
  });
});
