import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildDataset, serializeDataset } from '../../../src/pipeline/build-dataset.ts';
import { validateDataset } from '../../../src/pipeline/validate-dataset.ts';

const inputs = { sourcesDir: 'data/sources', entitiesPath: 'data/entities.json', curationPath: 'data/curation.json' };

describe('assembling the dataset', () => {
  test('two builds of the same inputs are byte-identical', () => {
    expect(serializeDataset(buildDataset(inputs).dataset)).toBe(serializeDataset(buildDataset(inputs).dataset));
  });

  test('the result keeps every invariant, and the validator catches a broken one', () => {
    const d = buildDataset(inputs).dataset;
    expect(validateDataset(d)).toEqual([]);
    const broken = structuredClone(d);
    broken.quotes[0]!.text += ' (edited)';
    broken.polls[0]!.figures[0]!.value = 99;
    broken.quotes[1]!.speakerId = 'nobody-at-all';
    const problems = validateDataset(broken);
    expect(problems.some((p) => p.includes('text differs from its source'))).toBe(true);
    expect(problems.some((p) => p.includes('value 99 is not stated in its excerpt'))).toBe(true);
    expect(problems.some((p) => p.includes('speaker "nobody-at-all" does not exist'))).toBe(true);
  });

  test('curation sets labels and topics, keyed by text', () => {
    const d = buildDataset(inputs).dataset;
    const fig = d.polls.flatMap((p) => p.figures).find((f) => f.value === 48)!;
    expect(fig.label).toBe('Relations will stay the same');
    const q = d.quotes.find((x) => x.text.includes('why it would be Russia'))!;
    expect(q.topicIds).toContain('russian-interference-2016');
  });

  test('a stale curation entry fails the build, naming the entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factlens-cur-'));
    const cur = JSON.parse(readFileSync('data/curation.json', 'utf8'));
    cur.figures.push({ source: '000_b0036f690084c0d1', excerpt: 'ninety-nine balloons', label: 'x' });
    writeFileSync(join(dir, 'curation.json'), JSON.stringify(cur));
    expect(() => buildDataset({ ...inputs, curationPath: join(dir, 'curation.json') })).toThrow(/figure entry "ninety-nine balloons" \(source 000_b0036f690084c0d1\) matches no extracted figure/);
  });

  test('facts carry the entities they name, found by the shared mention engine', () => {
    const d = buildDataset(inputs).dataset;
    const ryan = d.quotes.find((q) => q.speakerId === 'paul-ryan')!;
    expect(ryan.mentionIds).toEqual(expect.arrayContaining(['russia', 'united-states']));
    const levada = d.polls.find((p) => p.pollsterId === 'levada-center')!;
    expect(levada.topicIds).toContain('helsinki-summit-2018');
    expect(levada.mentionIds).toContain('helsinki-summit-2018');
  });

  test('the undated article takes its fieldwork year from the latest dated event it names', () => {
    const d = buildDataset(inputs).dataset;
    expect(d.sources.find((s) => s.id === '000_b0036f690084c0d1')!.published).toBeNull();
    expect(d.polls.find((p) => p.pollsterId === 'levada-center')!.fieldworkStart).toBe('2018-07-19');
  });
});
