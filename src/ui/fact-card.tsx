import { useState } from 'preact/hooks';
import type { EntityCard } from '../core/card-types.ts';
import { ContrastView } from './contrast-view.tsx';
import { entityDescription, entityName, entityRole } from './entity-text.ts';
import { formatDate } from './format.ts';
import { useLocale, type UiLocale } from './i18n.ts';
import { PollItem } from './poll-item.tsx';
import { QuoteList } from './quote-list.tsx';
import type { SourceOpener } from './source-ref.ts';
import { TimelineLink } from './timeline-link.tsx';

/** Props of {@link FactCard}. */
export interface FactCardProps {
  card: EntityCard;
  opener: SourceOpener;
  /** Unique within the document, so several cards (popup search results) can each be named. */
  idPrefix?: string;
  /** `dialog` for the hover card; `article` where the card is one result in a list. */
  role?: 'dialog' | 'article';
  /** Shows a close button when given. */
  onClose?: () => void;
  /** Quotes shown before "show more". */
  quoteLimit?: number;
}

const KIND_KEY: Record<EntityCard['entity']['kind'], string> = {
  person: 'cardKindPerson',
  organization: 'cardKindOrganization',
  event: 'cardKindEvent',
  place: 'cardKindPlace',
  topic: 'cardKindTopic',
};

/**
 * The line under the name: a person's role (the dataset's words, in Russian where curated),
 * or what kind of thing this is and when it happened, in the UI's language.
 */
export function subtitle(card: EntityCard, { t, lang }: UiLocale): string {
  const e = card.entity;
  const role = entityRole(e, lang);
  if (role) return role;
  const date = formatDate(e.date, lang);
  return date ? t('cardKindDated', t(KIND_KEY[e.kind]), date) : t(KIND_KEY[e.kind]);
}

/**
 * Everything the sources say about one entity: who or what it is, the polls by or about it,
 * and the quotes by or about it, each with its source. A person's card leads with their own
 * words; anything else leads with the figures.
 */
export function FactCard({ card, opener, idPrefix = 'fl', role = 'dialog', onClose, quoteLimit = 4 }: FactCardProps) {
  const [allQuotes, setAllQuotes] = useState(false);
  const locale = useLocale();
  const { t } = locale;
  const titleId = `${idPrefix}-title`;
  const { entity, polls, quotes } = card;
  const name = entityName(entity, locale.lang);
  const description = entityDescription(entity, locale.lang);
  const shown = allQuotes ? quotes : quotes.slice(0, quoteLimit);
  const pollSection = polls.length > 0 && (
    <section class="fl-section" aria-labelledby={`${idPrefix}-polls`} key="polls">
      <h3 class="fl-section-title" id={`${idPrefix}-polls`}>
        {polls.length === 1 ? t('cardPollTitle') : t('cardPollsTitle', String(polls.length))}
      </h3>
      <ul class="fl-list">
        {polls.map((p) => (
          <PollItem item={p} opener={opener} key={p.poll.id} />
        ))}
      </ul>
    </section>
  );
  const quoteSection = quotes.length > 0 && (
    <section class="fl-section" aria-labelledby={`${idPrefix}-quotes`} key="quotes">
      <h3 class="fl-section-title" id={`${idPrefix}-quotes`}>
        {quotes.length === 1 ? t('cardQuoteTitle') : t('cardQuotesTitle', String(quotes.length))}
      </h3>
      <QuoteList quotes={shown} opener={opener} />
      {shown.length < quotes.length && (
        <button type="button" class="fl-more" onClick={() => setAllQuotes(true)}>
          {t('cardShowMore', String(quotes.length - shown.length))}
        </button>
      )}
    </section>
  );
  return (
    <div class="fl-card" role={role} aria-labelledby={titleId} tabIndex={-1} lang={locale.lang}>
      <div class="fl-head">
        <h2 class="fl-title" id={titleId}>
          {name}
        </h2>
        {onClose && (
          <button type="button" class="fl-close" aria-label={t('cardClose')} onClick={onClose}>
            ×
          </button>
        )}
      </div>
      <p class="fl-role">
        {subtitle(card, locale)}
        <TimelineLink entityId={entity.id} name={name} />
      </p>
      {description && <p class="fl-desc">{description}</p>}
      {card.contrasts && <ContrastView contrasts={card.contrasts} opener={opener} idPrefix={idPrefix} />}
      {entity.kind === 'person' ? [quoteSection, pollSection] : [pollSection, quoteSection]}
      {polls.length === 0 && quotes.length === 0 && (
        <p class="fl-empty">{t('cardEmpty')}</p>
      )}
    </div>
  );
}
