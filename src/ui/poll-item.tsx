import type { CardPoll } from '../core/card-types.ts';
import { formatCount, formatSpan } from './format.ts';
import { PollChart } from './poll-chart.tsx';
import { SourceLink } from './source-link.tsx';
import type { SourceOpener } from './source-ref.ts';

/** Props of {@link PollItem}. */
export interface PollItemProps {
  item: CardPoll;
  opener: SourceOpener;
}

/** "Fieldwork 19–25 Jul 2018 · 1,600 respondents · face-to-face at home": what makes a figure weighable. */
export function pollMeta(item: CardPoll): string {
  const { poll } = item;
  const known: string[] = [];
  const missing: string[] = [];
  const span = formatSpan(poll.fieldworkStart, poll.fieldworkEnd);
  if (span) known.push(`Fieldwork ${span}`);
  else missing.push('fieldwork dates');
  if (poll.sampleSize) known.push(`${formatCount(poll.sampleSize)} respondents`);
  else missing.push('sample size');
  if (poll.method) known.push(poll.method);
  else missing.push('method');
  if (missing.length) {
    const list = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}` : missing[0]!;
    known.push(`${known.length ? list : list[0]!.toUpperCase() + list.slice(1)} not stated`);
  }
  return known.join(' · ');
}

/** The span of the source the poll's figures come from, so the link shows all of them at once. */
function passageOf(item: CardPoll) {
  const figs = item.poll.figures;
  if (figs.length === 0) return { sourceId: item.source.id, start: 0, end: 0 };
  return {
    sourceId: item.source.id,
    start: Math.min(...figs.map((f) => f.start)),
    end: Math.max(...figs.map((f) => f.end)),
  };
}

/**
 * One poll: who ran it, its figures as a chart, when and how it was taken, and its source.
 * A number without its fieldwork, sample and method is not worth showing, so they always come
 * together, and a missing one is said to be missing.
 */
export function PollItem({ item, opener }: PollItemProps) {
  const questions = [...new Set(item.poll.figures.map((f) => f.question.trim()).filter(Boolean))];
  return (
    <li class="fl-poll">
      <p class="fl-poll-title">{`${item.pollster.name} poll`}</p>
      {questions.map((q) => (
        <p class="fl-question" key={q}>
          {q}
        </p>
      ))}
      <PollChart figures={item.poll.figures} sourceText={item.source.text} />
      <p class="fl-meta">{pollMeta(item)}</p>
      <p class="fl-meta">
        <SourceLink source={item.source} passage={passageOf(item)} opener={opener} />
      </p>
    </li>
  );
}
