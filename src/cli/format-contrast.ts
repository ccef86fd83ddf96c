import type { CardPoll, CardQuote } from '../core/card-types.ts';
import { threadQuotes } from '../core/contrast.ts';
import type { Contrast, ContrastSide, DifferentQuestionsContrast, QuoteThread, SameQuestionContrast } from '../core/contrast-types.ts';
import type { Figure } from '../core/dataset-schema.ts';

const unitOf = (u: Figure['unit']): string => (u === 'percent' ? '%' : u === 'points' ? ' points' : '');
const oneLine = (s: string): string => s.replace(/\s+/g, ' ');

/** "Levada Center, 2018-07-19 to 2018-07-25 (n=1600, door-to-door)": a poll as the terminal names it. */
export function pollHeading(p: CardPoll): string {
  const { fieldworkStart: a, fieldworkEnd: b, sampleSize, method } = p.poll;
  const when = a ? `, ${a}${b && b !== a ? ` to ${b}` : ''}` : b ? `, ${b}` : ', fieldwork not stated';
  const how = [sampleSize ? `n=${sampleSize}` : '', method ?? ''].filter(Boolean).join(', ');
  return `${p.pollster.name}${when}${how ? ` (${how})` : ''}`;
}

function side(s: ContrastSide): string[] {
  return [
    `    ${pollHeading(s.item)}`,
    ...s.questions.map((q) => `      Q: ${q}`),
    ...s.figures.map((f) => `      ${f.value}${unitOf(f.unit)}  ${f.label}`),
  ];
}

const said = (q: CardQuote): string => `${q.speaker?.name ?? 'unattributed'}: “${oneLine(q.quote.text)}”`;

/** One contrast as terminal lines, saying first what kind of difference it is. */
function contrastLines(c: SameQuestionContrast | DifferentQuestionsContrast | QuoteThread): string[] {
  switch (c.kind) {
    case 'same-question': {
      const verdict = c.gap === null ? 'no answer given by both' : c.gap === 0 ? 'the answers agree'
        : c.withinError ? `the answers are within sampling error (up to ${c.gap} points apart)` : `they disagree by up to ${c.gap} points`;
      return [
        `  Same question, ${verdict}: ${c.question}`,
        ...c.answers.map((a) => `    ${a.label}: ${a.values.map((v, i) => `${c.sides[i]!.item.pollster.name} ${v === null ? '—' : `${v}${unitOf(a.unit)}`}`).join(', ')}${a.gap === null ? '' : ` (gap ${a.gap}${a.withinError ? ', within sampling error' : ''})`}`),
        ...c.sides.flatMap(side),
      ];
    }
    case 'different-questions':
      return [`  ${c.subject.name}: different questions, so not a disagreement`, ...c.sides.flatMap(side)];
    case 'thread':
      return [
        `  Statement${c.responses.some((r) => r.kind === 'correction') ? ', corrected' : ''}${c.responses.some((r) => r.kind === 'contradiction') ? ', contradicted' : ''}`,
        `    ${said(c.statement)}`,
        ...c.responses.map((r) => `    ${r.kind === 'correction' ? 'corrected:' : 'contradicted by'} ${said(r.response)}`),
      ];
  }
}

/** The "Where sources differ" block of `factlens lookup`; empty when the card has no contrast. */
export function formatContrasts(contrasts: readonly Contrast[] | undefined): string[] {
  if (!contrasts?.length) return [];
  return ['', 'Where sources differ:', ...threadQuotes(contrasts).flatMap(contrastLines)];
}
