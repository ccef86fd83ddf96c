import { describe, expect, test } from 'vitest';
import type { DifferentQuestionsContrast, QuoteContrast, SameQuestionContrast } from './contrast-types.ts';
import type { Dataset, Figure, Poll } from './dataset-schema.ts';
import { threadQuotes } from './contrast.ts';
import { lookupEntity } from './lookup.ts';

const text = 'Polls: 29 percent said it improved ties; 4 percent said it worsened them; 38 percent expect better ties. '
  + '"It was not us," Smith said. "I meant it was us," Smith said later. "It plainly was them," Jones said.';
const at = (s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const fig = (excerpt: string, value: number, label: string, question: string, extra: Partial<Figure> = {}): Figure =>
  ({ label, value, unit: 'percent', question, ...at(excerpt), ...extra });
const poll = (id: string, pollsterId: string, figures: Figure[], more: Partial<Poll> = {}): Poll =>
  ({ id, pollsterId, sourceId: 's', fieldworkStart: null, fieldworkEnd: null, sampleSize: null, method: null, topicIds: ['summit'], figures, ...more });
const quote = (id: string, words: string, speakerId: string, more: object = {}) => ({ id, speakerId, text: words, sourceId: 's', ...at(words), topicIds: [] as string[], ...more });

const EFFECT = 'Did the summit improve or worsen ties?';
const improved = (extra: Partial<Figure> = {}) => fig('29 percent said it improved ties', 29, 'Improved ties', EFFECT, { questionId: 'summit-effect', subjectId: 'summit', ...extra });
const worsened = (extra: Partial<Figure> = {}) => fig('4 percent said it worsened them', 4, 'Worsened ties', EFFECT, { questionId: 'summit-effect', subjectId: 'summit', ...extra });
const outlook = (extra: Partial<Figure> = {}) => fig('38 percent expect better ties', 38, 'Expect better ties', 'How will ties change?', { questionId: 'ties-outlook', subjectId: 'summit', ...extra });

function dataset(polls: Poll[], quotes: Dataset['quotes'] = []): Dataset {
  return {
    version: 1,
    sources: [{ id: 's', title: 'S', publisher: null, published: '2018-07-23', language: 'en', translated: false, text }],
    entities: [
      { id: 'summit', kind: 'event', name: 'The summit', aliases: ['summit'], description: '' },
      { id: 'levada', kind: 'organization', name: 'Levada Center', aliases: ['Levada'], description: '' },
      { id: 'vtsiom', kind: 'organization', name: 'VTsIOM', aliases: ['VTsIOM'], description: '' },
      { id: 'smith', kind: 'person', name: 'Ann Smith', aliases: ['Smith'], description: '' },
      { id: 'jones', kind: 'person', name: 'Bo Jones', aliases: ['Jones'], description: '' },
    ],
    polls,
    quotes,
  };
}
const contrastsOf = (d: Dataset, id = 'summit') => lookupEntity(d, id)!.contrasts!;

describe('contrasts between polls', () => {
  test('one question asked by two pollsters is a disagreement, with the gap per answer', () => {
    const d = dataset([
      poll('a', 'levada', [improved(), worsened()], { fieldworkEnd: '2018-07-25' }),
      poll('b', 'vtsiom', [improved({ value: 38, ...at('38 percent expect better ties') })], { fieldworkEnd: '2018-07-18' }),
    ]);
    const [c, ...rest] = contrastsOf(d) as [SameQuestionContrast];
    expect(rest).toEqual([]);
    expect(c.kind).toBe('same-question');
    expect(c.question).toBe(EFFECT);
    expect(c.subject?.id).toBe('summit');
    expect(c.sides.map((s) => s.item.pollster.id)).toEqual(['levada', 'vtsiom']);
    expect(c.answers).toEqual([
      { label: 'Improved ties', unit: 'percent', values: [29, 38], gap: 9, withinError: null },
      { label: 'Worsened ties', unit: 'percent', values: [4, null], gap: null, withinError: null },
    ]);
    expect(c.gap).toBe(9);
    expect(c.withinError).toBe(false);
  });

  test('a gap within sampling error of both samples is said to be so; unknown samples never are', () => {
    const pair = (a: number, na: number | null, b: number, nb: number | null) => contrastsOf(dataset([
      poll('a', 'levada', [improved({ value: a })], { sampleSize: na }),
      poll('b', 'vtsiom', [improved({ value: b })], { sampleSize: nb }),
    ]))[0] as SameQuestionContrast;
    // 29% and 38% of 1,600 each: the 95% margin of the difference is about 3.3 points.
    expect([pair(29, 1600, 38, 1600).answers[0]!.withinError, pair(29, 1600, 38, 1600).withinError]).toEqual([false, false]);
    expect([pair(29, 1600, 31, 1600).answers[0]!.withinError, pair(29, 1600, 31, 1600).withinError]).toEqual([true, true]);
    // The same 9 points from samples of 100 is within error (about 13 points).
    expect(pair(29, 100, 38, 100).withinError).toBe(true);
    expect([pair(29, 1600, 38, null).answers[0]!.withinError, pair(29, 1600, 38, null).withinError]).toEqual([null, false]);
  });

  test('equal answers to one question agree: the gap is 0, not absent', () => {
    const d = dataset([poll('a', 'levada', [improved()]), poll('b', 'vtsiom', [improved()])]);
    expect((contrastsOf(d)[0] as SameQuestionContrast).gap).toBe(0);
  });

  test('different questions on one subject are set side by side, never called a disagreement', () => {
    const d = dataset([poll('a', 'levada', [improved(), worsened()]), poll('b', 'vtsiom', [outlook()])]);
    const all = contrastsOf(d);
    expect(all.map((c) => c.kind)).toEqual(['different-questions']);
    const c = all[0] as DifferentQuestionsContrast;
    expect(c.subject.id).toBe('summit');
    expect(c.sides.map((s) => [s.item.pollster.id, s.questions, s.figures.map((f) => f.value)])).toEqual([
      ['levada', [EFFECT], [29, 4]],
      ['vtsiom', ['How will ties change?'], [38]],
    ]);
  });

  test('a question shared by two pollsters leaves the subject\'s other questions out of a second group unless two pollsters remain', () => {
    const d = dataset([poll('a', 'levada', [improved(), outlook()]), poll('b', 'vtsiom', [improved({ value: 31 })])]);
    expect(contrastsOf(d).map((c) => c.kind)).toEqual(['same-question']);
  });

  test('no contrast: one pollster only, figures with no question id or subject, or a subject missing from the registry', () => {
    expect(contrastsOf(dataset([poll('a', 'levada', [improved()]), poll('b', 'levada', [outlook()])]))).toEqual([]);
    const bare = (f: Figure): Figure => ({ label: f.label, value: f.value, unit: f.unit, question: f.question, start: f.start, end: f.end });
    expect(contrastsOf(dataset([poll('a', 'levada', [bare(improved())]), poll('b', 'vtsiom', [bare(improved())])]))).toEqual([]);
    expect(contrastsOf(dataset([poll('a', 'levada', [improved({ questionId: 'x', subjectId: 'nowhere' })]), poll('b', 'vtsiom', [outlook({ subjectId: 'nowhere' })])]))).toEqual([]);
  });

  test('the same question id is compared even without a subject, and a subject alone groups different questions', () => {
    const noSubject = dataset([poll('a', 'levada', [improved({ subjectId: undefined })]), poll('b', 'vtsiom', [improved({ subjectId: undefined, value: 20 })])]);
    const c = contrastsOf(noSubject)[0] as SameQuestionContrast;
    expect([c.kind, c.subject, c.gap]).toEqual(['same-question', null, 9]);
    const noIds = dataset([poll('a', 'levada', [improved({ questionId: undefined })]), poll('b', 'vtsiom', [improved({ questionId: undefined })])]);
    expect(contrastsOf(noIds).map((x) => x.kind)).toEqual(['different-questions']);
  });
});

describe('contrasts between quotes', () => {
  const quotes = [
    quote('q1', 'It was not us,', 'smith'),
    quote('q2', 'I meant it was us,', 'smith', { corrects: 'q1' }),
    quote('q3', 'It plainly was them,', 'jones', { contradicts: 'q1' }),
  ];
  test('a statement shows with its correction and its contradiction, on the speaker\'s card', () => {
    const pairs = contrastsOf(dataset([], quotes), 'smith') as QuoteContrast[];
    expect(pairs.map((p) => [p.kind, p.statement.quote.id, p.response.quote.id, p.response.speaker?.id])).toEqual([
      ['correction', 'q1', 'q2', 'smith'],
      ['contradiction', 'q1', 'q3', 'jones'],
    ]);
  });
  test('a pair shows when only one side is on the card; a card with neither shows none', () => {
    const onlyStatement = dataset([], [{ ...quotes[0]!, topicIds: ['summit'] }, quotes[1]!, quotes[2]!]);
    expect(contrastsOf(onlyStatement).map((c) => c.kind)).toEqual(['correction', 'contradiction']);
    const jones = contrastsOf(dataset([], quotes), 'jones') as QuoteContrast[];
    expect(jones.map((p) => [p.kind, p.statement.speaker?.id])).toEqual([['contradiction', 'smith']]);
    expect(contrastsOf(dataset([], quotes))).toEqual([]);
  });
  test('pairs sharing a statement fold into one thread, in order', () => {
    const threads = threadQuotes(contrastsOf(dataset([], quotes), 'smith'));
    expect(threads.map((t) => t.kind === 'thread' && [t.statement.quote.id, t.responses.map((r) => [r.kind, r.response.quote.id])])).toEqual([
      ['q1', [['correction', 'q2'], ['contradiction', 'q3']]],
    ]);
    const polls = dataset([poll('a', 'levada', [improved()]), poll('b', 'vtsiom', [outlook()])], quotes.map((q) => ({ ...q, topicIds: ['summit'] })));
    expect(threadQuotes(contrastsOf(polls)).map((t) => t.kind)).toEqual(['different-questions', 'thread']);
  });

  test('plain quotes are no contrast', () => {
    expect(contrastsOf(dataset([], [quote('q1', 'It was not us,', 'smith'), quote('q2', 'I meant it was us,', 'smith')]), 'smith')).toEqual([]);
  });
});
