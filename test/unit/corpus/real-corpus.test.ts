import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { halfOf, labelSpans, occurrences, scorePassage, type CorpusPassage, type MentionLabel } from '../../../scripts/eval/score-mentions.ts';


const dir = join(process.cwd(), 'test/corpus/real');
const passages: CorpusPassage[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CorpusPassage[]);
const registry = JSON.parse(readFileSync(join(process.cwd(), 'data/entities.json'), 'utf8')) as { entities: { id: string; kind: string }[] };
const kinds = new Map(registry.entities.map((e) => [e.id, e.kind]));

describe('the real-text corpus (addresses and labels only)', () => {
  it('is as wide as the measurement needs: 100+ passages, 30+ sites, at most 10 a site, 40+ confusable, 15+ Russian', () => {
    expect(passages.length).toBeGreaterThanOrEqual(100);
    const perSite = new Map<string, number>();
    for (const p of passages) perSite.set(p.site, (perSite.get(p.site) ?? 0) + 1);
    expect(perSite.size).toBeGreaterThanOrEqual(30);
    expect(Math.max(...perSite.values())).toBeLessThanOrEqual(10);
    expect(passages.filter((p) => p.confusable).length).toBeGreaterThanOrEqual(40);
    expect(passages.filter((p) => p.language === 'ru').length).toBeGreaterThanOrEqual(15);
  });

  it('keeps no text: every entry is an address, a query and labels as facts', () => {
    const ids = new Set<string>();
    for (const p of passages) {
      expect(Object.keys(p).sort()).toEqual(['confusable', 'id', 'labels', 'language', 'query', 'site', 'url']);
      expect(ids.has(p.id)).toBe(false);
      ids.add(p.id);
      expect(p.url).toMatch(/^https?:\/\//);
      for (const l of p.labels) {
        // A label is a name or a short phrase (the longest is a report's full title), never a passage.
        expect(l.form.length).toBeLessThanOrEqual(100);
        expect((l.entity === undefined) !== (l.not === undefined)).toBe(true);
        expect(['person', 'organization', 'event']).toContain(kinds.get((l.entity ?? l.not) as string));
      }
    }
  });

  it('splits into dev and test halves by site, both sizeable', () => {
    const dev = passages.filter((p) => halfOf(p.site) === 'dev').length;
    expect(dev).toBeGreaterThanOrEqual(40);
    expect(passages.length - dev).toBeGreaterThanOrEqual(40);
    expect(halfOf('wikipedia.org')).toBe(halfOf('wikipedia.org'));
  });
});

describe('scoring mentions against labels', () => {
  const text = 'Meg Ryan starred. Paul Ryan spoke; Ryan left. Putin–Trump summit.';
  const labels: MentionLabel[] = [
    { form: 'Meg Ryan', occurrence: 1, not: 'paul-ryan', category: 'namesake' },
    { form: 'Paul Ryan', occurrence: 1, entity: 'paul-ryan', category: 'full-name' },
    { form: 'Ryan', occurrence: 3, entity: 'paul-ryan', category: 'surname' },
    { form: 'Putin–Trump summit', occurrence: 1, entity: 'helsinki-summit-2018', category: 'event-name' },
    { form: 'Putin', occurrence: 1, entity: 'vladimir-putin', category: 'surname' },
  ];
  const at = (s: string, n = 1) => occurrences(text, s)[n - 1] as number;

  it('counts whole-word occurrences only', () => {
    expect(occurrences(text, 'Ryan')).toHaveLength(3);
    expect(occurrences('Ryanair, Ryan.', 'Ryan')).toEqual([9]);
    expect(() => labelSpans(text, [{ form: 'Ryan', occurrence: 4, entity: 'paul-ryan', category: 'surname' }])).toThrow(/has 3/);
  });

  it('finds positives, counts look-alikes linked and links that match no label', () => {
    const s = scorePassage(text, labels, [
      { start: at('Meg Ryan') + 4, end: at('Meg Ryan') + 8, entityId: 'paul-ryan' },
      { start: at('Paul Ryan'), end: at('Paul Ryan') + 9, entityId: 'paul-ryan' },
      { start: at('summit') - 12, end: at('summit') + 6, entityId: 'helsinki-summit-2018' },
    ]);
    // "Putin" inside the summit's name is not counted on its own.
    expect(s.positives).toBe(3);
    expect(s.found).toBe(2);
    expect(s.misses.map((m) => m.label.category)).toEqual(['surname']);
    expect(s.lookAlikes).toBe(1);
    expect(s.lookAlikesLinked).toBe(1);
    expect(s.falseLinks).toBe(1);
    expect(s.wrong[0]?.why).toBe('look-alike (namesake)');
  });

  it('a link to the wrong entity is a miss and a false link', () => {
    const s = scorePassage(text, labels, [{ start: at('Ryan', 3), end: at('Ryan', 3) + 4, entityId: 'meg-ryan' }]);
    expect(s.found).toBe(0);
    expect(s.falseLinks).toBe(1);
    expect(s.wrong[0]?.why).toBe('unlabelled');
  });
});
