import { threadQuotes } from '../core/contrast.ts';
import type { Contrast, ContrastSide, DifferentQuestionsContrast, SameQuestionContrast } from '../core/contrast-types.ts';
import { entityName } from './entity-text.ts';
import { formatNumber, formatSpan, formatValue } from './format.ts';
import { useLocale, type UiLocale } from './i18n.ts';
import { plural } from './plural.ts';
import { QuoteThreadView } from './contrast-quotes.tsx';
import type { SourceOpener } from './source-ref.ts';

/** Props of {@link ContrastView}. */
export interface ContrastViewProps {
  contrasts: readonly Contrast[];
  opener: SourceOpener;
  /** Unique within the document, as the card's own ids are. */
  idPrefix: string;
}

/** Poll methods the pipeline writes, with their catalog keys; anything else is shown as the data says it. */
const METHOD_KEYS: Record<string, string> = {
  phone: 'cardContrastMethodPhone',
  online: 'cardContrastMethodOnline',
  'door-to-door': 'cardContrastMethodDoorToDoor',
  'face-to-face': 'cardContrastMethodFaceToFace',
};

/**
 * One labelled fact of a side: the term is for assistive technology, the value speaks for
 * itself on screen. Terms and details sit directly in the list (no wrappers), which every
 * accessibility tree reads as pairs.
 */
function Fact({ label, value, cls }: { label: string; value: string; cls?: string }) {
  return (
    <>
      <dt class="fl-sr">{label}</dt>
      <dd class={cls}>{value}</dd>
    </>
  );
}

/**
 * One poll's side: who asked, when, how many and how, what exactly was asked, and what they
 * answered. A missing detail is said to be missing, never left out silently.
 */
function Side({ side, locale, withQuestion }: { side: ContrastSide; locale: UiLocale; withQuestion: boolean }) {
  const { t, lang } = locale;
  const { poll, pollster } = side.item;
  const methodKey = poll.method ? METHOD_KEYS[poll.method] : undefined;
  const method = poll.method ? (methodKey ? t(methodKey) : poll.method) : t('cardContrastNoMethod');
  return (
    <li class="fl-side">
      <dl class="fl-side-facts">
        <Fact label={t('cardContrastPollster')} value={entityName(pollster, lang)} cls="fl-side-who" />
        <Fact label={t('cardContrastFieldwork')} value={formatSpan(poll.fieldworkStart, poll.fieldworkEnd, lang) ?? t('cardContrastNoFieldwork')} />
        <Fact label={t('cardContrastSample')} value={poll.sampleSize ? plural(locale, 'cardRespondents', poll.sampleSize) : t('cardContrastNoSample')} />
        <Fact label={t('cardContrastMethod')} value={method} />
        {withQuestion && side.questions.map((q) => <Fact label={t('cardContrastQuestion')} value={q} cls="fl-side-question" key={q} />)}
      </dl>
      <ul class="fl-side-figures" aria-label={t('cardContrastAnswers')}>
        {side.figures.map((f, i) => (
          <li key={i}>
            <strong>{formatValue(f.value, f.unit, locale)}</strong> {f.label}
          </li>
        ))}
      </ul>
    </li>
  );
}

function Sides({ sides, labelledBy, locale, withQuestion }: { sides: ContrastSide[]; labelledBy: string; locale: UiLocale; withQuestion: boolean }) {
  return (
    <ul class="fl-sides" aria-labelledby={labelledBy}>
      {sides.map((s) => (
        <Side side={s} locale={locale} withQuestion={withQuestion} key={s.item.poll.id} />
      ))}
    </ul>
  );
}

function DifferentQuestions({ c, id, locale }: { c: DifferentQuestionsContrast; id: string; locale: UiLocale }) {
  return (
    <li class="fl-contrast">
      <h4 class="fl-contrast-title" id={id}>{locale.t('cardContrastDifferentTitle', entityName(c.subject, locale.lang))}</h4>
      <p class="fl-contrast-note">{locale.t('cardContrastDifferentNote')}</p>
      <Sides sides={c.sides} labelledBy={id} locale={locale} withQuestion />
    </li>
  );
}

function SameQuestion({ c, id, locale }: { c: SameQuestionContrast; id: string; locale: UiLocale }) {
  const { t, lang } = locale;
  const verdict = c.gap === null ? t('cardContrastNotComparable')
    : c.gap === 0 ? t('cardContrastAgree')
    : plural(locale, c.withinError ? 'cardContrastWithinError' : 'cardContrastDisagree', c.gap);
  return (
    <li class="fl-contrast">
      <h4 class="fl-contrast-title" id={id}>{verdict}</h4>
      <p class="fl-contrast-note">{t('cardContrastSameNote', c.question)}</p>
      <table class="fl-gaps">
        <caption class="fl-sr">{t('cardContrastGapsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cardContrastAnswer')}</th>
            {c.sides.map((s) => <th scope="col" key={s.item.poll.id}>{entityName(s.item.pollster, lang)}</th>)}
            <th scope="col">{t('cardContrastGap')}</th>
          </tr>
        </thead>
        <tbody>
          {c.answers.map((a) => (
            <tr key={a.label}>
              <th scope="row">{a.label}</th>
              {a.values.map((v, i) => <td key={i}>{v === null ? '—' : formatValue(v, a.unit, locale)}</td>)}
              <td>{a.gap === null ? '—' : formatNumber(a.gap, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Sides sides={c.sides} labelledBy={id} locale={locale} withQuestion={false} />
    </li>
  );
}

/**
 * Where the card's sources differ, side by side. Figures are called a disagreement only when
 * both polls asked one question; otherwise the card says the questions differ and shows each
 * wording beside its numbers, so a reader never sets one poll's answer against another's question.
 */
export function ContrastView({ contrasts, opener, idPrefix }: ContrastViewProps) {
  const locale = useLocale();
  if (contrasts.length === 0) return null;
  const titleId = `${idPrefix}-contrasts`;
  return (
    <section class="fl-section fl-contrasts" aria-labelledby={titleId}>
      <h3 class="fl-section-title" id={titleId}>{locale.t('cardContrastTitle')}</h3>
      <ul class="fl-list">
        {threadQuotes(contrasts).map((c, i) => {
          const id = `${idPrefix}-contrast-${i}`;
          if (c.kind === 'different-questions') return <DifferentQuestions c={c} id={id} locale={locale} key={id} />;
          if (c.kind === 'same-question') return <SameQuestion c={c} id={id} locale={locale} key={id} />;
          return <QuoteThreadView thread={c} id={id} opener={opener} key={id} />;
        })}
      </ul>
    </section>
  );
}
