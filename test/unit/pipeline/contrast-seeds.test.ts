import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DifferentQuestionsContrast, QuoteContrast } from '../../../src/core/contrast-types.ts';
import { lookupEntity } from '../../../src/core/lookup.ts';
import { buildDataset } from '../../../src/pipeline/build-dataset.ts';

const inputs = { sourcesDir: 'data/sources', entitiesPath: 'data/entities.json', curationPath: 'data/curation.json' };
const built = buildDataset(inputs).dataset;

function withCuration(edit: (cur: { figures: Array<Record<string, unknown>>; quotes: Array<Record<string, unknown>> }) => void): () => unknown {
  const dir = mkdtempSync(join(tmpdir(), 'factlens-contrast-'));
  const cur = JSON.parse(readFileSync('data/curation.json', 'utf8'));
  edit(cur);
  writeFileSync(join(dir, 'curation.json'), JSON.stringify(cur));
  return () => buildDataset({ ...inputs, curationPath: join(dir, 'curation.json') });
}

describe('contrasts on the seed articles', () => {
  test('the Helsinki summit: Levada and VTsIOM asked different questions, and the card says so', () => {
    const contrasts = lookupEntity(built, 'helsinki-summit-2018')!.contrasts!;
    const polls = contrasts.filter((c) => c.kind === 'same-question' || c.kind === 'different-questions');
    expect(polls.map((c) => c.kind)).toEqual(['different-questions']);
    const c = polls[0] as DifferentQuestionsContrast;
    expect(c.subject.id).toBe('helsinki-summit-2018');
    expect(c.sides.map((s) => [s.item.pollster.id, s.item.poll.fieldworkEnd, s.figures.map((f) => f.value), s.figures.map((f) => f.questionId)])).toEqual([
      ['levada-center', '2018-07-25', [29, 4], ['helsinki-summit-effect-on-relations', 'helsinki-summit-effect-on-relations']],
      ['vtsiom', '2018-07-18', [48, 38], ['relations-outlook-after-helsinki-summit', 'relations-outlook-after-helsinki-summit']],
      ['vtsiom', null, [52], ['helsinki-summit-will-improve-ties']],
    ]);
  });

  test('Trump\'s Helsinki remark, his later correction and Paul Ryan\'s contradiction are linked in the data', () => {
    const pairs = lookupEntity(built, 'donald-trump')!.contrasts!.filter((c): c is QuoteContrast => c.kind === 'correction' || c.kind === 'contradiction');
    expect(pairs.map((p) => [p.kind, p.statement.quote.text, p.response.speaker?.id])).toEqual([
      ['correction', 'I don’t see any reason why it would be Russia.', 'donald-trump'],
      ['contradiction', 'I don’t see any reason why it would be Russia.', 'paul-ryan'],
    ]);
    expect(pairs[0]!.response.quote.text).toContain('why it wouldn’t be Russia');
    const summit = lookupEntity(built, 'helsinki-summit-2018')!.contrasts!.map((c) => c.kind);
    expect(summit).toEqual(['different-questions', 'correction', 'contradiction']);
  });

  test('a card shows a contrast only where two pollsters cover one subject, and names that subject', () => {
    const pollKinds = (id: string) => lookupEntity(built, id)!.contrasts!.filter((c) => c.kind === 'same-question' || c.kind === 'different-questions');
    for (const id of ['levada-center', 'vtsiom', 'united-states']) expect(pollKinds(id)).toEqual([]);
    const relations = pollKinds('us-russia-relations') as DifferentQuestionsContrast[];
    expect(relations.map((c) => [c.subject.id, c.sides.map((s) => s.item.pollster.id)])).toEqual([['helsinki-summit-2018', ['levada-center', 'vtsiom']]]);
  });

  test('curation links must name exactly one quote, and subjects must exist', () => {
    expect(withCuration((c) => { c.quotes[1]!.corrects = { source: '000_b0036f690084c0d1', quote: 'no such words' }; })).toThrow(/corrects "no such words" \(source 000_b0036f690084c0d1\), which matches no extracted quote/);
    expect(withCuration((c) => { c.quotes[1]!.corrects = { source: '000_b0036f690084c0d1', quote: 'Russia' }; })).toThrow(/which matches \d+ quotes: quote more words/);
    expect(withCuration((c) => { c.quotes[1]!.corrects = { source: '000_b0036f690084c0d1', quote: 'wouldn’t be Russia' }; })).toThrow(/corrects itself/);
    expect(withCuration((c) => { c.figures[0]!.subjectId = 'atlantis'; })).toThrow(/names subject "atlantis", which the registry does not have/);
    expect(withCuration((c) => { c.figures[0]!.questionId = 'Not A Slug'; })).toThrow(/lower-case words joined by dashes/);
  });
});
