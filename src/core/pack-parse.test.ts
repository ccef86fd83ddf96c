import { describe, expect, it } from 'vitest';
import type { Dataset } from './dataset-schema.ts';
import { findJsonError } from './pack-json.ts';
import { decodePackBytes, parsePack } from './pack-parse.ts';
import { MAX_PACK_BYTES } from './pack-types.ts';

const text = 'Kremlin spokesman Dmitry Peskov said: "We are ready."';
function tinyPack(): Dataset {
  return {
    version: 1,
    sources: [{ id: 'a1', title: 'T', publisher: 'P', published: '2019-07-01', language: 'en', translated: false, text }],
    entities: [{ id: 'dmitry-peskov', kind: 'person', name: 'Dmitry Peskov', aliases: ['Dmitry Peskov'], description: '' }],
    polls: [],
    quotes: [{ id: 'q1', speakerId: 'dmitry-peskov', text: 'We are ready.', sourceId: 'a1', start: 39, end: 52, topicIds: [] }],
  };
}
const refusal = (t: string, file = 'my-pack.json') => {
  const r = parsePack(t, file);
  if (r.ok) throw new Error('accepted');
  return r.error;
};

describe('parsePack', () => {
  it('accepts a valid pack, named by its file or its name field', () => {
    const ok = parsePack(JSON.stringify(tinyPack()), 'my-pack.json');
    expect(ok.ok && ok.pack.name).toBe('my-pack');
    const named = parsePack(JSON.stringify({ ...tinyPack(), name: ' Osaka interviews ' }), 'x.json');
    expect(named.ok && named.pack.name).toBe('Osaka interviews');
    expect(parsePack(`\ufeff${JSON.stringify(tinyPack())}`, 'bom.json').ok).toBe(true);
  });

  it('names the line and column of a JSON syntax error', () => {
    expect(refusal('{\n  "version": 1,\n  "sources": [}\n')).toEqual({ code: 'badJson', line: 3, column: 15, detail: 'expected a value, found "}"' });
    expect(refusal('{"version": 1,')).toMatchObject({ code: 'badJson', line: 1, column: 15, detail: expect.stringContaining('ends early') });
    expect(refusal('')).toMatchObject({ code: 'badJson', line: 1, column: 1 });
  });

  it('names each bad field by its path, and says what it must be', () => {
    const d = tinyPack() as unknown as { entities: Record<string, unknown>[]; sources: Record<string, unknown>[] };
    d.entities[0]!.kind = 'pundit';
    delete d.sources[0]!.title;
    const e = refusal(JSON.stringify(d));
    expect(e.code).toBe('notDataset');
    const lines = e.code === 'notDataset' ? e.problems : [];
    expect(lines).toContain('sources[0].title: is missing');
    expect(lines).toContain('entities[0].kind: must be one of person, organization, event, place, topic (not "pundit")');
    expect(refusal('[]')).toMatchObject({ problems: [expect.stringContaining('(the file): must be an object')] });
    expect(refusal(JSON.stringify({ ...tinyPack(), version: 2 }))).toMatchObject({ problems: ['version: must be 1 (not 2)'] });
    const date = tinyPack();
    date.sources[0]!.published = '1 July 2019';
    expect(refusal(JSON.stringify(date))).toMatchObject({ problems: ['sources[0].published: must be a date written YYYY-MM-DD'] });
  });

  it('runs the pipeline reference checks, each naming its field', () => {
    const d = tinyPack();
    d.quotes[0]!.sourceId = 'x';
    d.quotes.push({ ...d.quotes[0]!, id: 'q2', sourceId: 'a1', speakerId: 'nobody', start: 0, end: 5 });
    const e = refusal(JSON.stringify(d));
    expect(e).toEqual({
      code: 'notDataset',
      problems: ['quotes[0].sourceId: source "x" does not exist', 'quotes[1].speakerId: speaker "nobody" does not exist', 'quotes[1].text: text differs from its source at 0..5'],
      more: 0,
    });
  });

  it('lists a few problems and counts the rest', () => {
    const d = tinyPack();
    d.quotes = Array.from({ length: 20 }, (_, i) => ({ ...d.quotes[0]!, id: `q${i}`, sourceId: 'gone' }));
    expect(refusal(JSON.stringify(d))).toMatchObject({ code: 'notDataset', more: 12 });
  });

  it('refuses text over the size limit', () => {
    expect(refusal(' '.repeat(MAX_PACK_BYTES + 1))).toEqual({ code: 'tooLarge', bytes: MAX_PACK_BYTES + 1, limit: MAX_PACK_BYTES });
  });
});

describe('decodePackBytes', () => {
  it('refuses bytes that are not UTF-8, and files over the limit', () => {
    expect(decodePackBytes(new Uint8Array([0x7b, 0xff, 0x7d]))).toEqual({ ok: false, error: { code: 'notUtf8' } });
    expect(decodePackBytes(new TextEncoder().encode('{"a":"Песков"}'))).toEqual({ ok: true, text: '{"a":"Песков"}' });
    expect(decodePackBytes(new Uint8Array(MAX_PACK_BYTES + 1))).toMatchObject({ ok: false, error: { code: 'tooLarge' } });
  });
});

describe('findJsonError', () => {
  it('agrees with JSON.parse on what is valid', () => {
    const samples = ['{}', '[1, 2.5e3, -0, "a\\u00e9\\n", true, null]', '{"a":{"b":[]}}', '{"a":1,}', '[01]', '"\t"', '{"a" 1}', 'nul', '[1] x', '"\\x"'];
    for (const s of samples) {
      let valid = true;
      try {
        JSON.parse(s);
      } catch {
        valid = false;
      }
      expect(findJsonError(s) === null, s).toBe(valid);
    }
  });
});
