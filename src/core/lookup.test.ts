import { describe, expect, test } from 'vitest';
import type { Dataset } from './dataset-schema.ts';
import { lookupEntity, resolveName } from './lookup.ts';
import { searchDataset } from './search.ts';

const text = 'Poll: 40 percent back the summit. "We will see," Trump said. "It went well," Putin said of the summit.';
const dataset: Dataset = {
  version: 1,
  sources: [
    { id: 'a', title: 'A', publisher: null, published: '2018-07-20', language: 'en', translated: false, text },
    { id: 'b', title: 'B', publisher: null, published: null, language: 'en', translated: false, text },
  ],
  entities: [
    { id: 'summit', kind: 'event', name: 'Helsinki summit', aliases: ['Helsinki summit'], description: '', date: '2018-07-16' },
    { id: 'levada', kind: 'organization', name: 'Levada Center', aliases: ['Levada Centre', 'Левада-Центр'], description: 'pollster' },
    { id: 'trump', kind: 'person', name: 'Donald Trump', aliases: ['Trump'], description: '', role: 'President' },
    { id: 'putin', kind: 'person', name: 'Vladimir Putin', aliases: ['Putin', 'Путин'], description: '', role: 'President' },
    { id: 'putin-auto', kind: 'person', name: 'Putin', aliases: ['Putin'], description: '', auto: true },
  ],
  polls: [
    { id: 'p-b', pollsterId: 'levada', sourceId: 'b', fieldworkStart: null, fieldworkEnd: null, sampleSize: null, method: null, topicIds: ['summit'], figures: [{ label: 'Back it', value: 40, unit: 'percent', question: 'q', start: 6, end: 32 }] },
    { id: 'p-a', pollsterId: 'levada', sourceId: 'a', fieldworkStart: null, fieldworkEnd: null, sampleSize: null, method: null, topicIds: [], mentionIds: ['summit'], figures: [{ label: 'Back it', value: 40, unit: 'percent', question: 'q', start: 6, end: 32 }] },
  ],
  quotes: [
    { id: 'q2', speakerId: 'putin', text: 'It went well,', sourceId: 'a', start: 63, end: 76, topicIds: ['summit'], mentionIds: [] },
    { id: 'q1', speakerId: 'trump', text: 'We will see,', sourceId: 'a', start: 35, end: 47, topicIds: [], mentionIds: [] },
    { id: 'q3', speakerId: null, text: 'We will see,', sourceId: 'b', start: 35, end: 47, topicIds: [], mentionIds: ['trump'] },
  ],
};

describe('lookup', () => {
  test('a pollster: its polls, newer sources first, undated last', () => {
    const card = lookupEntity(dataset, 'levada')!;
    expect(card.polls.map((p) => [p.poll.id, p.relation])).toEqual([['p-a', 'by'], ['p-b', 'by']]);
  });
  test('an event: polls about it (topic or mention) and what was said about it', () => {
    const card = lookupEntity(dataset, 'summit')!;
    expect(card.polls.map((p) => p.poll.id)).toEqual(['p-a', 'p-b']);
    expect(card.quotes.map((q) => [q.quote.id, q.relation, q.speaker?.id])).toEqual([['q2', 'about', 'putin']]);
  });
  test('a person: their quotes first, then quotes that name them', () => {
    const card = lookupEntity(dataset, 'trump')!;
    expect(card.quotes.map((q) => [q.quote.id, q.relation])).toEqual([['q1', 'by'], ['q3', 'about']]);
    expect(card.quotes[1]!.speaker).toBeNull();
  });
  test('latest fieldwork first, whatever the source date; polls without fieldwork after', () => {
    const withFieldwork: Dataset = {
      ...dataset,
      polls: [
        ...dataset.polls,
        { ...dataset.polls[0]!, id: 'p-late', fieldworkStart: '2018-07-19', fieldworkEnd: '2018-07-25' },
        { ...dataset.polls[1]!, id: 'p-early', fieldworkStart: '2018-07-18', fieldworkEnd: null },
      ],
    };
    const card = lookupEntity(withFieldwork, 'levada')!;
    expect(card.polls.map((p) => p.poll.id)).toEqual(['p-late', 'p-early', 'p-a', 'p-b']);
  });
  test('unknown ids give null', () => {
    expect(lookupEntity(dataset, 'nobody')).toBeNull();
  });
});

describe('resolveName', () => {
  test('any alias, case, script and diacritics; curated entities before automatic ones', () => {
    expect(resolveName(dataset, 'levada centre')?.id).toBe('levada');
    expect(resolveName(dataset, 'ЛЕВАДА-ЦЕНТР')?.id).toBe('levada');
    expect(resolveName(dataset, 'Putin')?.id).toBe('putin');
    expect(resolveName(dataset, 'putin-auto')?.id).toBe('putin-auto');
    expect(resolveName(dataset, '  ')).toBeNull();
    expect(resolveName(dataset, 'Gorbachev')).toBeNull();
  });
});

describe('searchDataset', () => {
  test('exact names first, then prefixes; the limit holds', () => {
    expect(searchDataset(dataset, 'putin', 10).map((c) => c.entity.id)).toEqual(['putin', 'putin-auto']);
    expect(searchDataset(dataset, 'lev', 10).map((c) => c.entity.id)).toEqual(['levada']);
    expect(searchDataset(dataset, 'putin', 1)).toHaveLength(1);
  });
  test('quote words find their speakers and topics', () => {
    expect(searchDataset(dataset, 'went well', 10).map((c) => c.entity.id)).toEqual(['putin', 'summit']);
  });
  test('an empty query finds nothing', () => {
    expect(searchDataset(dataset, ' ', 10)).toEqual([]);
  });
});
