import { describe, expect, test } from 'vitest';
import { buildTimeline } from '../../../src/core/timeline.ts';
import { groupByYear } from '../../../src/core/timeline-group.ts';
import { buildDataset } from '../../../src/pipeline/build-dataset.ts';

const dataset = buildDataset({ sourcesDir: 'data/sources', entitiesPath: 'data/entities.json', curationPath: 'data/curation.json' }).dataset;
const timeline = buildTimeline(dataset);
const dated = timeline.items.filter((i) => i.date !== null);
const textOf = (p: { sourceId: string; start: number; end: number }) =>
  dataset.sources.find((s) => s.id === p.sourceId)!.text.slice(p.start, p.end);

describe('the bundled timeline', () => {
  test('runs from the annexation of Crimea in 2014 to the Sochi meeting in May 2019, in order', () => {
    expect(dated[0]).toMatchObject({ kind: 'event', key: 'crimea-annexation-2014', date: '2014-03-18' });
    expect(dated.at(-1)).toMatchObject({ kind: 'event', key: 'sochi-meeting-2019', date: '2019-05-14' });
    const dates = dated.map((i) => i.date as string);
    expect(dates).toEqual([...dates].sort());
    expect(groupByYear(timeline.items).map((g) => g.year)).toEqual([2014, 2016, 2017, 2018, 2019, null]);
  });

  test('holds every dated quote and every poll, each dated by what the data states', () => {
    for (const q of dataset.quotes.filter((x) => x.date)) {
      expect(timeline.items.find((i) => i.key === q.id)).toMatchObject({ date: q.date, basis: 'said' });
    }
    for (const p of dataset.polls) expect(timeline.items.some((i) => i.key === p.id)).toBe(true);
    const reported = timeline.items.filter((i) => i.basis === 'reported');
    for (const item of reported) {
      const passage = item.kind === 'event' ? null : item.passage;
      expect(item.date).toBe(dataset.sources.find((s) => s.id === passage?.sourceId)?.published);
    }
    expect(reported.length).toBeGreaterThan(0);
  });

  test('the Crimea item links to sentences that name the annexation, the Sochi item to what was said there', () => {
    const crimea = timeline.items.find((i) => i.key === 'crimea-annexation-2014');
    if (crimea?.kind !== 'event') throw new Error('no Crimea event');
    expect(crimea.passages.length).toBeGreaterThanOrEqual(2);
    for (const p of crimea.passages) {
      expect(p.via).toBe('mention');
      expect(textOf(p)).toMatch(/Crimea/);
      expect(textOf(p).length).toBeLessThan(400);
    }
    const sochi = timeline.items.find((i) => i.key === 'sochi-meeting-2019');
    if (sochi?.kind !== 'event') throw new Error('no Sochi event');
    expect(sochi.passages.length).toBeGreaterThan(0);
    const tagged = dataset.quotes.filter((q) => q.topicIds.includes('sochi-meeting-2019')).map((q) => q.text);
    expect(tagged).toContain(textOf(sochi.passages[0]!));
  });
});
