import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Dataset } from '../../../src/core/dataset-schema.ts';
import { buildDataset } from '../../../src/pipeline/build-dataset.ts';

interface Annotation {
  quotes: Array<{ text: string; speakerId: string | null }>;
  notQuotes: Array<{ text: string }>;
  polls: Array<{ pollsterId: string; fieldworkStart: string | null; fieldworkEnd: string | null; sampleSize: number | null; method: string | null;
    figures: Array<{ value: number; unit: string; previous: number | null; excerpt: string }> }>;
}
const annotations = JSON.parse(readFileSync('test/fixtures/seed-annotations.json', 'utf8')) as { sources: Record<string, Annotation> };

interface Row { source: string; annotated: number; extracted: number; matched: number; rightSpeaker: number; figures: number; figuresFound: number; pollFields: number; pollFieldsRight: number }

/** Compares the pipeline on the seeds with the hand annotations and prints the table the docs quote. */
describe('pipeline against the hand annotations of the seeds', () => {
  let dataset: Dataset;
  const rows: Row[] = [];
  beforeAll(() => {
    dataset = buildDataset({ sourcesDir: 'data/sources', entitiesPath: 'data/entities.json', curationPath: 'data/curation.json' }).dataset;
    for (const [source, a] of Object.entries(annotations.sources)) {
      const quotes = dataset.quotes.filter((q) => q.sourceId === source);
      const matched = a.quotes.map((x) => quotes.find((q) => q.text === x.text));
      const figures = a.polls.flatMap((p) => p.figures.map((f) => ({ p, f })));
      const polls = dataset.polls.filter((p) => p.sourceId === source);
      const text = dataset.sources.find((s) => s.id === source)!.text;
      let pollFields = 0;
      let pollFieldsRight = 0;
      const found = figures.filter(({ p, f }) => polls.some((poll) => {
        const hit = poll.pollsterId === p.pollsterId && poll.figures.some((g) => g.value === f.value && g.unit === f.unit && (g.previous ?? null) === f.previous && text.slice(g.start, g.end).includes(f.excerpt));
        return hit;
      }));
      for (const p of a.polls) {
        const poll = polls.find((x) => x.pollsterId === p.pollsterId && x.figures.some((g) => p.figures.some((f) => text.slice(g.start, g.end).includes(f.excerpt))));
        for (const k of ['fieldworkStart', 'fieldworkEnd', 'sampleSize', 'method'] as const) {
          pollFields++;
          if (poll && poll[k] === p[k]) pollFieldsRight++;
        }
      }
      rows.push({ source, annotated: a.quotes.length, extracted: quotes.length, matched: matched.filter(Boolean).length,
        rightSpeaker: a.quotes.filter((x, i) => matched[i] && matched[i]!.speakerId === x.speakerId).length,
        figures: figures.length, figuresFound: found.length, pollFields, pollFieldsRight });
    }
    const sum = (k: keyof Row): number => rows.reduce((n, r) => n + (r[k] as number), 0);
    const pct = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
    const lines = ['| source | quotes annotated | extracted | recall | precision | attribution | figures found | poll fields right |', '|---|---|---|---|---|---|---|---|'];
    for (const r of [...rows, { source: 'all', annotated: sum('annotated'), extracted: sum('extracted'), matched: sum('matched'), rightSpeaker: sum('rightSpeaker'), figures: sum('figures'), figuresFound: sum('figuresFound'), pollFields: sum('pollFields'), pollFieldsRight: sum('pollFieldsRight') }]) {
      lines.push(`| ${r.source} | ${r.annotated} | ${r.extracted} | ${pct(r.matched, r.annotated)} | ${pct(r.matched, r.extracted)} | ${pct(r.rightSpeaker, r.matched)} | ${r.figuresFound}/${r.figures} | ${r.pollFieldsRight}/${r.pollFields} |`);
    }
    console.log(`\nFactLens pipeline scores on the seed articles\n${lines.join('\n')}\n`);
  });

  test('every annotated quote is found, verbatim, with the right speaker', () => {
    for (const [source, a] of Object.entries(annotations.sources)) {
      const quotes = dataset.quotes.filter((q) => q.sourceId === source);
      for (const x of a.quotes) {
        const q = quotes.find((y) => y.text === x.text);
        expect(q, `${source}: ${x.text.slice(0, 50)}`).toBeDefined();
        expect(q!.speakerId, `${source}: ${x.text.slice(0, 50)}`).toBe(x.speakerId);
      }
    }
  });

  test('nothing the annotations rule out is extracted, and nothing unannotated either', () => {
    for (const [source, a] of Object.entries(annotations.sources)) {
      const quotes = dataset.quotes.filter((q) => q.sourceId === source);
      for (const x of a.notQuotes) expect(quotes.some((q) => q.text === x.text), `${source}: ${x.text}`).toBe(false);
      expect(quotes.map((q) => q.text).sort()).toEqual(a.quotes.map((q) => q.text).sort());
    }
  });

  test('every annotated figure is found with its pollster, and fieldwork, sample and method match', () => {
    expect(rows.reduce((n, r) => n + r.figuresFound, 0)).toBe(rows.reduce((n, r) => n + r.figures, 0));
    expect(rows.reduce((n, r) => n + r.pollFieldsRight, 0)).toBe(rows.reduce((n, r) => n + r.pollFields, 0));
    const annotatedPolls = Object.values(annotations.sources).reduce((n, a) => n + a.polls.length, 0);
    expect(dataset.polls.length).toBe(annotatedPolls);
  });
});
