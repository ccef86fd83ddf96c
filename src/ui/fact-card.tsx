import { useState } from 'preact/hooks';
import type { EntityCard } from '../core/card-types.ts';
import { formatDate } from './format.ts';
import { PollItem } from './poll-item.tsx';
import { QuoteList } from './quote-list.tsx';
import type { SourceOpener } from './source-ref.ts';

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

const KIND_LABEL: Record<EntityCard['entity']['kind'], string> = {
  person: 'Person',
  organization: 'Organisation',
  event: 'Event',
  place: 'Place',
  topic: 'Topic',
};

/** The line under the name: a person's role, or what kind of thing this is and when it happened. */
export function subtitle(card: EntityCard): string {
  const e = card.entity;
  if (e.role) return e.role;
  const date = formatDate(e.date);
  return date ? `${KIND_LABEL[e.kind]}, ${date}` : KIND_LABEL[e.kind];
}

/**
 * Everything the sources say about one entity: who or what it is, the polls by or about it,
 * and the quotes by or about it, each with its source. A person's card leads with their own
 * words; anything else leads with the figures.
 */
export function FactCard({ card, opener, idPrefix = 'fl', role = 'dialog', onClose, quoteLimit = 4 }: FactCardProps) {
  const [allQuotes, setAllQuotes] = useState(false);
  const titleId = `${idPrefix}-title`;
  const { entity, polls, quotes } = card;
  const shown = allQuotes ? quotes : quotes.slice(0, quoteLimit);
  const pollSection = polls.length > 0 && (
    <section class="fl-section" aria-labelledby={`${idPrefix}-polls`} key="polls">
      <h3 class="fl-section-title" id={`${idPrefix}-polls`}>
        {polls.length === 1 ? 'Poll' : `Polls (${polls.length})`}
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
        {quotes.length === 1 ? 'Quote' : `Quotes (${quotes.length})`}
      </h3>
      <QuoteList quotes={shown} opener={opener} />
      {shown.length < quotes.length && (
        <button type="button" class="fl-more" onClick={() => setAllQuotes(true)}>
          {`Show ${quotes.length - shown.length} more`}
        </button>
      )}
    </section>
  );
  return (
    <div class="fl-card" role={role} aria-labelledby={titleId} tabIndex={-1}>
      <div class="fl-head">
        <h2 class="fl-title" id={titleId}>
          {entity.name}
        </h2>
        {onClose && (
          <button type="button" class="fl-close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        )}
      </div>
      <p class="fl-role">{subtitle(card)}</p>
      {entity.description && <p class="fl-desc">{entity.description}</p>}
      {entity.kind === 'person' ? [quoteSection, pollSection] : [pollSection, quoteSection]}
      {polls.length === 0 && quotes.length === 0 && (
        <p class="fl-empty">No poll or quote in the bundled sources concerns this yet.</p>
      )}
    </div>
  );
}
