import type { CardPoll } from '../core/card-types.ts';
import { entityName } from './entity-text.ts';
import { formatSpan } from './format.ts';
import { useLocale, type UiLocale } from './i18n.ts';
import { plural } from './plural.ts';
import { PollChart } from './poll-chart.tsx';
import { SourceLink } from './source-link.tsx';
import type { SourceOpener } from './source-ref.ts';

/** Props of {@link PollItem}. */
export interface PollItemProps {
  item: CardPoll;
  opener: SourceOpener;
}

/** "a, b and c" as the language lists things (British English has no serial comma). */
function listOf(items: string[], lang: string): string {
  return new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { type: 'conjunction' }).format(items);
}

/**
 * "Fieldwork 19–25 Jul 2018 · 1,600 respondents · face-to-face at home": what makes a figure
 * weighable. The method is the source's own words and stays untranslated.
 */
export function pollMeta(item: CardPoll, locale: UiLocale): string {
  const { t, lang } = locale;
  const { poll } = item;
  const known: string[] = [];
  const missing: string[] = [];
  const span = formatSpan(poll.fieldworkStart, poll.fieldworkEnd, lang);
  if (span) known.push(t('cardFieldwork', span));
  else missing.push(t('cardMissingFieldwork'));
  if (poll.sampleSize) known.push(plural(locale, 'cardRespondents', poll.sampleSize));
  else missing.push(t('cardMissingSample'));
  if (poll.method) known.push(poll.method);
  else missing.push(t('cardMissingMethod'));
  if (missing.length) {
    const said = t('cardNotStated', listOf(missing, lang));
    known.push(known.length ? said : said.charAt(0).toLocaleUpperCase(lang) + said.slice(1));
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
  const locale = useLocale();
  const questions = [...new Set(item.poll.figures.map((f) => f.question.trim()).filter(Boolean))];
  return (
    <li class="fl-poll">
      <p class="fl-poll-title">{locale.t('cardPollBy', entityName(item.pollster, locale.lang))}</p>
      {questions.map((q) => (
        <p class="fl-question" key={q}>
          {q}
        </p>
      ))}
      <PollChart figures={item.poll.figures} sourceText={item.source.text} />
      <p class="fl-meta">{pollMeta(item, locale)}</p>
      <p class="fl-meta">
        <SourceLink source={item.source} passage={passageOf(item)} opener={opener} />
      </p>
    </li>
  );
}
