// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Contrast } from '../../../src/core/contrast-types.ts';
import { lookupEntity } from '../../../src/core/lookup.ts';
import { buildDataset } from '../../../src/pipeline/build-dataset.ts';
import { ContrastView } from '../../../src/ui/contrast-view.tsx';
import { LocaleProvider, type UiLocale } from '../../../src/ui/i18n.ts';
import { viewerPath, type SourceOpener } from '../../../src/ui/source-ref.ts';
import { english, testLocale } from '../i18n/locales.ts';

const opener: SourceOpener = { href: (r) => `ext://id/${viewerPath(r)}` };
const dataset = buildDataset({ sourcesDir: 'data/sources', entitiesPath: 'data/entities.json', curationPath: 'data/curation.json' }).dataset;
const summit = lookupEntity(dataset, 'helsinki-summit-2018')!.contrasts!;
let root: HTMLElement;

function mount(contrasts: readonly Contrast[], locale: UiLocale = english): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  render(<LocaleProvider value={locale}><ContrastView contrasts={contrasts} opener={opener} idPrefix="t" /></LocaleProvider>, root);
  return root;
}

/** Each side's labelled facts as a screen reader pairs them: [term, definition]. */
const facts = (side: Element): string[][] => [...side.querySelectorAll('dl > dt')].map((dt) => {
  expect(dt.nextElementSibling!.localName).toBe('dd');
  return [dt.textContent!, dt.nextElementSibling!.textContent!];
});
const labelOf = (el: Element): string => el.ownerDocument.getElementById(el.getAttribute('aria-labelledby')!)!.textContent!;

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('ContrastView', () => {
  it('sets the Helsinki polls side by side as different questions, each side labelled in full', () => {
    const el = mount(summit);
    const section = el.querySelector('section')!;
    expect(labelOf(section)).toBe('Where sources differ');
    const group = el.querySelector('.fl-sides')!;
    expect(labelOf(group)).toBe('Helsinki summit (2018): different questions');
    expect(el.textContent).toContain('their figures do not contradict each other');
    expect(el.textContent).not.toMatch(/points apart|disagree/i);
    const sides = [...group.children];
    expect(sides.map(facts)).toEqual([
      [['Pollster', 'Levada Center'], ['Fieldwork', '19–25 Jul 2018'], ['Sample', '1,600 respondents'], ['Method', 'door-to-door'], ['Question', 'Did the Helsinki summit improve or worsen relations with the US?']],
      [['Pollster', 'VTsIOM'], ['Fieldwork', '18 Jul 2018'], ['Sample', '1,600 respondents'], ['Method', 'phone'], ['Question', 'How will Russia–US relations change after the Helsinki summit?']],
      [['Pollster', 'VTsIOM'], ['Fieldwork', 'Fieldwork dates not stated'], ['Sample', 'Sample not stated'], ['Method', 'Method not stated'], ['Question', 'Will the Helsinki summit improve Russia–US ties? (asked before the summit)']],
    ]);
    expect(sides.map((s) => s.querySelector('.fl-side-figures')!.getAttribute('aria-label'))).toEqual(['Answers', 'Answers', 'Answers']);
    expect(sides.map((s) => [...s.querySelectorAll('.fl-side-figures li')].map((li) => li.textContent))).toEqual([
      ['29% Summit improved relations', '4% Summit worsened relations'],
      ['48% Relations will stay the same', '38% Relations will improve'],
      ['52% Summit will not improve ties'],
    ]);
  });

  it('shows a statement once, then its correction and the contradiction, each with speaker and source link', () => {
    const el = mount(summit);
    const threads = [...el.querySelectorAll('ol.fl-pair')];
    expect(threads.map(labelOf)).toEqual(['A statement, its correction and a contradiction']);
    const steps = [...threads[0]!.querySelectorAll(':scope > li')];
    expect(steps.map((li) => [li.querySelector('.fl-pair-role')!.textContent, li.querySelector('.fl-speaker')?.textContent])).toEqual([
      ['Statement', 'Donald Trump'], ['Later corrected', 'Donald Trump'], ['Contradicted', 'Paul Ryan'],
    ]);
    expect(steps.map((li) => li.querySelector('blockquote')!.textContent!.slice(0, 40))).toEqual([
      'I don’t see any reason why it would be R', 'The sentence should have been: ‘I don’t ', 'There is no question that Russia interfe',
    ]);
    expect(threads[0]!.querySelectorAll('a.fl-source')).toHaveLength(3);
  });

  it('a statement answered only once is headed by that one kind', () => {
    const onlyCorrection = summit.filter((c) => c.kind !== 'contradiction');
    expect(labelOf(mount(onlyCorrection).querySelector('ol.fl-pair')!)).toBe('A statement and its correction');
    render(null, root);
    root.remove();
    const onlyContradiction = summit.filter((c) => c.kind !== 'correction');
    expect(labelOf(mount(onlyContradiction).querySelector('ol.fl-pair')!)).toBe('A statement and a contradiction');
  });

  it('one question asked by two pollsters becomes a table of answers with the gap', () => {
    const d = structuredClone(dataset);
    Object.assign(d.polls.flatMap((p) => p.figures).find((f) => f.value === 38)!, { questionId: 'helsinki-summit-effect-on-relations', label: 'Summit improved relations' });
    const el = mount(lookupEntity(d, 'helsinki-summit-2018')!.contrasts!.filter((c) => c.kind === 'same-question'));
    expect(el.querySelector('h4')!.textContent).toBe('Same question, answers up to 9 points apart');
    expect(el.querySelector('.fl-contrast-note')!.textContent).toBe('Same question: Did the Helsinki summit improve or worsen relations with the US?');
    const rows = [...el.querySelectorAll('table tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([['Answer', 'Levada Center', 'VTsIOM', 'Gap'], ['Summit improved relations', '29%', '38%', '9'], ['Summit worsened relations', '4%', '—', '—']]);
    expect([...el.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).toBe(true);
    // The question stands once, above the table, not again on every side.
    expect([...el.querySelectorAll('.fl-side dt')].map((dt) => dt.textContent)).not.toContain('Question');
  });

  it('says when the gap lies within sampling error, in the right plural in Russian', () => {
    const d = structuredClone(dataset);
    Object.assign(d.polls.flatMap((p) => p.figures).find((f) => f.value === 38)!, { questionId: 'helsinki-summit-effect-on-relations', label: 'Summit improved relations' });
    for (const p of d.polls) p.sampleSize = 100;
    const same = lookupEntity(d, 'helsinki-summit-2018')!.contrasts!.filter((c) => c.kind === 'same-question');
    expect(mount(same).querySelector('h4')!.textContent).toBe('Same question, answers within sampling error (up to 9 points apart)');
    render(null, root);
    root.remove();
    expect(mount(same, testLocale('ru')).querySelector('h4')!.textContent).toBe('Один вопрос, ответы в пределах статистической погрешности (разница до 9 пунктов)');
  });

  it('speaks Russian with the Russian catalog', () => {
    const el = mount(summit, testLocale('ru'));
    expect(el.querySelector('h3')!.textContent).toBe('Где источники расходятся');
    expect(el.querySelector('h4')!.textContent).toBe('Саммит в Хельсинки (2018): разные вопросы');
    const first = facts(el.querySelector('.fl-side')!);
    expect(first[0]).toEqual(['Социологическая служба', 'Левада-Центр']);
    expect(first[2]![1]).toMatch(/^1\s600 респондентов$/u);
    expect(first[3]).toEqual(['Метод', 'на дому у респондентов']);
    expect(el.textContent).toContain('Позже исправлено');
  });

  it('renders nothing without contrasts', () => {
    expect(mount([]).innerHTML).toBe('');
  });
});
