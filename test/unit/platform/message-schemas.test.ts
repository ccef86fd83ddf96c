import { describe, expect, it } from 'vitest';
import { parseToBackground, parseToContent } from '../../../src/shared/message-schemas.ts';

describe('hand-written message guards', () => {
  it('accepts every well-formed message of both maps, as given', () => {
    const good = [
      { type: 'lookup', entityId: 'e1' },
      { type: 'search', query: '' },
      { type: 'search', query: 'putin', limit: 100 },
      { type: 'reportCount', count: 0 },
      { type: 'source', sourceId: 's' },
      { type: 'openSource', sourceId: 's', start: 0, end: 12 },
      { type: 'tabState', tabId: 3 },
    ];
    for (const m of good) expect(parseToBackground(m)).toEqual(m);
    const toContent = [{ type: 'pageMentions' }, { type: 'revealEntity', entityId: 'x' }, { type: 'nextMention' }, { type: 'lookupSelection', text: '' }];
    for (const m of toContent) expect(parseToContent(m)).toEqual(m);
  });

  it('rejects each bad field alone', () => {
    const bad: unknown[] = [
      { type: 'lookup', entityId: '' },
      { type: 'lookup', entityId: 'x'.repeat(201) },
      { type: 'lookup', entityId: 7 },
      { type: 'lookup' },
      { type: 'search', query: 'x'.repeat(501) },
      { type: 'search', query: 'a', limit: 0 },
      { type: 'search', query: 'a', limit: 101 },
      { type: 'search', query: 'a', limit: 1.5 },
      { type: 'search', query: 'a', limit: '5' },
      { type: 'search', query: 'a', limit: null },
      { type: 'reportCount', count: -1 },
      { type: 'reportCount', count: Number.NaN },
      { type: 'reportCount', count: Infinity },
      { type: 'openSource', sourceId: 's', start: 0 },
      { type: 'openSource', sourceId: 's', start: 0, end: 2.5 },
      { type: 'tabState', tabId: '3' },
    ];
    for (const m of bad) expect(parseToBackground(m), JSON.stringify(m)).toBeNull();
    for (const m of [{ type: 'revealEntity', entityId: '' }, { type: 'lookupSelection', text: 'x'.repeat(2001) }, { type: 'lookupSelection', text: 1 }]) {
      expect(parseToContent(m)).toBeNull();
    }
  });

  it('rejects extra keys, unknown and inherited types, and things that are not plain records', () => {
    const forged: unknown[] = [
      { type: 'nextMention', extra: 1 },
      { type: 'toString' },
      { type: '__proto__' },
      { type: 'constructor' },
      { type: 'hasOwnProperty' },
      { type: 'lookup', entityId: 'a' },
      { type: ['nextMention'] },
      Object.assign(Object.create({ type: 'nextMention' }), {}),
      Object.assign(Object.create({ evil: true }), { type: 'nextMention' }),
      Object.assign([], { type: 'nextMention' }),
      new (class Msg { type = 'nextMention'; })(),
      'nextMention',
      null,
      undefined,
      42,
    ];
    for (const m of forged) expect(parseToContent(m)).toBeNull();
    expect(parseToBackground({ type: 'pageMentions' })).toBeNull();
    expect(parseToBackground(Object.assign(Object.create(null), { type: 'lookup', entityId: 'a' }))).toEqual({ type: 'lookup', entityId: 'a' });
    expect(parseToBackground({ type: 'lookup', entityId: 'a', __proto__: { limit: 5 } })).toBeNull();
  });
});
