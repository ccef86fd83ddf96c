import { describe, expect, test } from 'vitest';
import { formatCard } from '../../../src/cli/format-card.ts';
import { lookupEntity } from '../../../src/core/lookup.ts';
import { buildDataset } from '../../../src/pipeline/build-dataset.ts';

const dataset = buildDataset({ sourcesDir: 'data/sources', entitiesPath: 'data/entities.json', curationPath: 'data/curation.json' }).dataset;

describe('factlens lookup shows where sources differ', () => {
  test('the Helsinki summit: three questions side by side, each with its pollster, fieldwork, sample and method', () => {
    const out = formatCard(lookupEntity(dataset, 'helsinki-summit-2018')!);
    const block = out.slice(out.indexOf('Where sources differ:'));
    expect(block).toContain('Helsinki summit (2018): different questions, so not a disagreement');
    expect(block).toContain('    Levada Center, 2018-07-19 to 2018-07-25 (n=1600, door-to-door)\n      Q: Did the Helsinki summit improve or worsen relations with the US?\n      29%  Summit improved relations\n      4%  Summit worsened relations');
    expect(block).toContain('    VTsIOM, 2018-07-18 (n=1600, phone)\n      Q: How will Russia–US relations change after the Helsinki summit?\n      48%  Relations will stay the same\n      38%  Relations will improve');
    expect(block).toContain('    VTsIOM, fieldwork not stated\n      Q: Will the Helsinki summit improve Russia–US ties? (asked before the summit)\n      52%  Summit will not improve ties');
    expect(block).not.toMatch(/disagree by/);
    expect(block).toContain('  Statement, corrected, contradicted\n    Donald Trump: “I don’t see any reason why it would be Russia.”\n'
      + '    corrected: Donald Trump: “The sentence should have been: ‘I don’t see any reason why it wouldn’t be Russia’.”\n'
      + '    contradicted by Paul Ryan: “There is no question that Russia interfered in our elections.');
    expect(block.match(/why it would be Russia/g)).toHaveLength(1);
  });

  test('one question asked by two pollsters (a test-only relabelling of the seeds) prints the gap per answer', () => {
    const d = structuredClone(dataset);
    const f = d.polls.flatMap((p) => p.figures).find((x) => x.value === 38)!;
    Object.assign(f, { questionId: 'helsinki-summit-effect-on-relations', label: 'Summit improved relations' });
    const out = formatCard(lookupEntity(d, 'helsinki-summit-2018')!);
    expect(out).toContain('  Same question, they disagree by up to 9 points: Did the Helsinki summit improve or worsen relations with the US?\n'
      + '    Summit improved relations: Levada Center 29%, VTsIOM 38% (gap 9)\n    Summit worsened relations: Levada Center 4%, VTsIOM —\n');
  });

  test('a card without contrasts prints no contrast block', () => {
    expect(formatCard(lookupEntity(dataset, 'valery-fyodorov')!)).not.toContain('Where sources differ');
  });
});
