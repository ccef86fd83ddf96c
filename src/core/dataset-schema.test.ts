import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { DatasetSchema } from './dataset-schema.ts';

const minimal = {
  version: 1,
  sources: [{ id: 's1', title: 'T', publisher: null, published: '2018-07-26', language: 'en', translated: false, text: 'Hello.' }],
  entities: [{ id: 'e1', kind: 'person', name: 'A', aliases: ['A'], description: 'x' }],
  polls: [],
  quotes: [],
};

describe('DatasetSchema', () => {
  it('accepts a minimal dataset', () => {
    expect(v.safeParse(DatasetSchema, minimal).success).toBe(true);
  });

  it('rejects a bad date and says where', () => {
    const bad = structuredClone(minimal);
    bad.sources[0]!.published = '26/07/2018';
    const r = v.safeParse(DatasetSchema, bad);
    expect(r.success).toBe(false);
    expect(v.getDotPath(r.issues![0]!)).toBe('sources.0.published');
  });

  it('rejects an unknown entity kind', () => {
    const bad = structuredClone(minimal) as { entities: { kind: string }[] };
    bad.entities[0]!.kind = 'animal';
    expect(v.safeParse(DatasetSchema, bad).success).toBe(false);
  });
});
