import { describe, expect, test } from 'vitest';
import type { Dataset } from './dataset-schema.ts';
import { concerns, groupByYear } from './timeline-group.ts';
import { buildTimeline, sentenceAround } from './timeline.ts';

const a = 'Helsinki summit: the headline\nThe U.S. Ties: leaders met at the Helsinki summit last week. "It went well," Putin said. Polls followed.\nA new paragraph.';
const b = 'Nothing names it here. "We will talk," Pompeo said in Sochi. Then 40 percent agreed.';
const c = 'Undated article. "Maybe," Trump said.';
const src = (id: string, published: string | null, text: string) => ({ id, title: id.toUpperCase(), publisher: null, published, language: 'en', translated: false, text });
const at = (text: string, s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;

const dataset: Dataset = {
  version: 1,
  sources: [src('a', '2018-07-23', a), src('b', null, b), src('c', null, c)],
  entities: [
    { id: 'helsinki', kind: 'event', name: 'Helsinki summit (2018)', aliases: ['Helsinki summit'], description: 'd', date: '2018-07-16' },
    { id: 'sochi', kind: 'event', name: 'Sochi meeting', aliases: ['Sochi meeting'], description: '', date: '2019-05-14' },
    { id: 'crimea', kind: 'event', name: 'Annexation of Crimea', aliases: ['annexation of Crimea'], description: '', date: '2014-03-18' },
    { id: 'cold-war', kind: 'event', name: 'Cold War', aliases: ['Cold War'], description: '' },
    { id: 'putin', kind: 'person', name: 'Vladimir Putin', aliases: ['Putin'], description: '' },
    { id: 'pompeo', kind: 'person', name: 'Mike Pompeo', aliases: ['Pompeo'], description: '' },
    { id: 'trump', kind: 'person', name: 'Donald Trump', aliases: ['Trump'], description: '' },
    { id: 'vtsiom', kind: 'organization', name: 'VTsIOM', aliases: ['VTsIOM'], description: '' },
  ],
  polls: [
    { id: 'p-field', pollsterId: 'vtsiom', sourceId: 'b', fieldworkStart: '2018-07-18', fieldworkEnd: '2018-07-19', sampleSize: null, method: null, topicIds: ['sochi'], figures: [{ label: 'Agree', value: 40, unit: 'percent', question: 'q', start: at(b, '40 percent')[0], end: at(b, '40 percent')[1] }] },
    { id: 'p-reported', pollsterId: 'vtsiom', sourceId: 'a', fieldworkStart: null, fieldworkEnd: null, sampleSize: null, method: null, topicIds: [], figures: [] },
  ],
  quotes: [
    { id: 'q-reported', speakerId: 'putin', text: 'It went well,', sourceId: 'a', start: at(a, 'It went well,')[0], end: at(a, 'It went well,')[1], topicIds: [], mentionIds: ['helsinki'] },
    { id: 'q-said', speakerId: 'pompeo', text: 'We will talk,', sourceId: 'b', start: at(b, 'We will talk,')[0], end: at(b, 'We will talk,')[1], topicIds: ['sochi'], date: '2019-05-14' },
    { id: 'q-undated', speakerId: 'trump', text: 'Maybe,', sourceId: 'c', start: at(c, 'Maybe,')[0], end: at(c, 'Maybe,')[1], topicIds: [] },
  ],
};

const timeline = buildTimeline(dataset);

describe('timeline', () => {
  test('oldest first; on one day an event before a quote; undated last; undated events are not items', () => {
    expect(timeline.items.map((i) => [i.key, i.date])).toEqual([
      ['crimea', '2014-03-18'],
      ['helsinki', '2018-07-16'],
      ['p-field', '2018-07-18'],
      ['p-reported', '2018-07-23'],
      ['q-reported', '2018-07-23'],
      ['sochi', '2019-05-14'],
      ['q-said', '2019-05-14'],
      ['q-undated', null],
    ]);
  });

  test('says where each date comes from, and never invents one', () => {
    const basis = Object.fromEntries(timeline.items.map((i) => [i.key, i.basis]));
    expect(basis).toEqual({
      crimea: 'event', helsinki: 'event', sochi: 'event',
      'p-field': 'fieldwork', 'p-reported': 'reported',
      'q-said': 'said', 'q-reported': 'reported', 'q-undated': null,
    });
  });

  test('an event links to the sentence that names it, else to a passage curated as about it, else to nothing', () => {
    const ev = (key: string) => timeline.items.find((i) => i.key === key);
    const helsinki = ev('helsinki');
    expect(helsinki?.kind === 'event' && helsinki.passages.map((p) => [p.sourceId, a.slice(p.start, p.end), p.via])).toEqual([
      ['a', 'The U.S. Ties: leaders met at the Helsinki summit last week.', 'mention'],
    ]);
    const sochi = ev('sochi');
    // The quote (offset 24) comes before the poll's figure in source b, so it is the passage.
    expect(sochi?.kind === 'event' && sochi.passages.map((p) => [p.sourceId, b.slice(p.start, p.end), p.via])).toEqual([['b', 'We will talk,', 'tagged']]);
    const crimea = ev('crimea');
    expect(crimea?.kind === 'event' && crimea.passages).toEqual([]);
  });

  test('quotes and polls link to their own passage; sources come without their text', () => {
    const q = timeline.items.find((i) => i.key === 'q-said');
    expect(q?.kind === 'quote' && b.slice(q.passage.start, q.passage.end)).toBe('We will talk,');
    const p = timeline.items.find((i) => i.key === 'p-field');
    expect(p?.kind === 'poll' && b.slice(p.passage.start, p.passage.end)).toBe('40 percent');
    expect(Object.keys(timeline.sources).sort()).toEqual(['a', 'b', 'c']);
    expect(timeline.sources.a).toEqual({ id: 'a', title: 'A', publisher: null, published: '2018-07-23', translated: false, language: 'en' });
  });

  test('knows which entities each item concerns, and their names', () => {
    const about = (id: string) => timeline.items.filter((i) => concerns(i, id)).map((i) => i.key);
    expect(about('sochi')).toEqual(['p-field', 'sochi', 'q-said']);
    expect(about('helsinki')).toEqual(['helsinki', 'q-reported']);
    expect(about('vtsiom')).toEqual(['p-field', 'p-reported']);
    expect(timeline.names.pompeo).toBe('Mike Pompeo');
    expect(timeline.names['cold-war']).toBe('Cold War');
  });

  test('groups by year, undated last', () => {
    expect(groupByYear(timeline.items).map((g) => [g.year, g.items.length])).toEqual([[2014, 1], [2018, 4], [2019, 2], [null, 1]]);
    expect(groupByYear([])).toEqual([]);
  });

  test('asks the mention finder once per source, and not at all without dated events', () => {
    let calls = 0;
    buildTimeline(dataset, () => (calls++, []));
    expect(calls).toBe(3);
    buildTimeline({ ...dataset, entities: dataset.entities.filter((e) => e.kind !== 'event') }, () => (calls++, []));
    expect(calls).toBe(3);
  });
});

describe('sentenceAround', () => {
  test('widens to the sentence, keeping abbreviations and closing quotes', () => {
    const t = 'First one. He said "the U.S. side agreed." Next!';
    const [s, e] = at(t, 'side');
    const r = sentenceAround(t, s, e);
    expect(t.slice(r.start, r.end)).toBe('He said "the U.S. side agreed."');
  });
  test('stops at line breaks and at the ends of the text', () => {
    const t = 'Title line\nBody without a stop';
    const [s, e] = at(t, 'Body');
    expect(t.slice(sentenceAround(t, s, e).start, sentenceAround(t, s, e).end)).toBe('Body without a stop');
    const [s2, e2] = at(t, 'Title');
    const r = sentenceAround(t, s2, e2);
    expect(t.slice(r.start, r.end)).toBe('Title line');
  });
});
