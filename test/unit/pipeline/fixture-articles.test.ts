import { beforeAll, describe, expect, test } from 'vitest';
import type { Dataset } from '../../../src/core/dataset-schema.ts';
import { buildDataset } from '../../../src/pipeline/build-dataset.ts';

/** The rules on passages written in other sites' styles (test/fixtures/articles), not the seeds. */
describe('extraction on passages in other styles', () => {
  let d: Dataset;
  let warnings: string[];
  beforeAll(() => {
    ({ dataset: d, warnings } = buildDataset({ sourcesDir: 'test/fixtures/articles', entitiesPath: 'data/entities.json', curationPath: null }));
  });
  const quotes = (source: string): Array<[string | null, string]> => d.quotes.filter((q) => q.sourceId === `fixture-${source}`).map((q) => [q.speakerId, q.text]);
  const text = (source: string): string => d.sources.find((s) => s.id === `fixture-${source}`)!.text;

  test('quote-first and "said X" forms, with a speaker the registry lacks becoming an auto entity', () => {
    expect(quotes('reuters-quote-first')).toEqual([
      ['dmitry-peskov', 'There are no concrete plans yet,'],
      ['maria-zakharova', 'We are ready for dialogue, but it takes two,'],
      ['sergey-lavrov', 'Nobody is in a hurry,'],
    ]);
    expect(d.entities.find((e) => e.id === 'maria-zakharova')).toMatchObject({ kind: 'person', auto: true, name: 'Maria Zakharova' });
  });

  test('a quote over three paragraphs keeps its breaks and inner marks and is attributed at its end', () => {
    expect(quotes('ap-multi-paragraph')).toEqual([['mike-pompeo',
      'We will not tolerate it. We have been clear with the Russians about that.\n\n"There will be consequences, and they know what they are.\n\n"That is not a threat, it is a fact,']]);
  });

  test('pronouns go to the nearest fitting antecedent; a definite role to its holder', () => {
    expect(quotes('pronoun-speakers')).toEqual([
      ['sarah-sanders', 'The president is going to do what is right for America.'],
      ['sarah-sanders', 'Our position on Crimea has not changed,'],
      ['dmitry-peskov', 'It is too early to talk about a thaw,'],
      ['levada-center', 'attitudes towards America are softening'],
    ]);
  });

  test('figures in words, "up from", British single quotes and "per cent"', () => {
    const polls = d.polls.filter((p) => p.sourceId === 'fixture-guardian-poll-words');
    expect(polls).toHaveLength(1);
    expect(polls[0]).toMatchObject({ pollsterId: 'levada-center', fieldworkStart: '2019-03-20', fieldworkEnd: '2019-03-26', sampleSize: 1600, method: 'face-to-face' });
    expect(polls[0]!.figures.map((f) => [f.value, f.previous, f.unit])).toEqual([[63, 41, 'percent'], [22, null, 'percent'], [9, null, 'percent']]);
    expect(quotes('guardian-poll-words')).toEqual([['lev-gudkov', 'People are tired of waiting for change,']]);
  });

  test('another site\'s furniture goes: shares, comment counts, ad slots, "READ ALSO", "Most Read" and what follows', () => {
    const t = text('tass-boilerplate');
    for (const gone of ['Share', 'Comments (12)', 'ADVERTISEMENT', 'READ ALSO', 'Most Read', 'Another headline']) expect(t).not.toContain(gone);
    expect(quotes('tass-boilerplate')).toEqual([
      ['dmitry-peskov', 'the ball is in Washington\'s court'],
      ['sergey-lavrov', 'study any proposal carefully'],
    ]);
    for (const gone of ['Photograph:', 'Sign up', 'Support the Guardian', 'Related:']) expect(text('guardian-poll-words')).not.toContain(gone);
    for (const gone of ['By Andrew Osborn', 'Min Read', 'Reporting by', 'Our Standards']) expect(text('reuters-quote-first')).not.toContain(gone);
    for (const gone of ['contributed to this report', 'All rights reserved']) expect(text('ap-multi-paragraph')).not.toContain(gone);
  });

  test('a Russian article: guillemets with nested „…“, Russian speech verbs and case endings', () => {
    expect(quotes('russian-guillemets')).toEqual([
      ['dmitry-peskov', 'Пока рано говорить об оттепели. „Политическая воля“ есть, но этого мало'],
      ['sergey-lavrov', 'диалог возможен только на равных'],
      ['mariya-zakharova', 'Мы готовы к работе'],
    ]);
  });

  test('an unbalanced mark is reported and skipped; odd characters do no harm', () => {
    expect(quotes('odd-text')).toEqual([['donald-trump', 'This one is fine,']]);
    expect(warnings.some((w) => w.startsWith('odd-text.txt: unbalanced quotation mark'))).toBe(true);
  });
});
