import type { CardQuote } from '../core/card-types.ts';
import { entityName } from './entity-text.ts';
import { formatDate } from './format.ts';
import { useLocale } from './i18n.ts';
import { SourceLink } from './source-link.tsx';
import type { SourceOpener } from './source-ref.ts';

/** Props of {@link QuoteList}. */
export interface QuoteListProps {
  quotes: CardQuote[];
  opener: SourceOpener;
}

/**
 * Quotes with who said them, when, and where it was reported. A quote the sources do not
 * attribute is labelled so; it is never shown as anyone's words.
 */
export function QuoteList({ quotes, opener }: QuoteListProps) {
  const { t, lang } = useLocale();
  return (
    <ul class="fl-list">
      {quotes.map(({ quote, speaker, source }) => {
        const when = formatDate(quote.date ?? source.published, lang);
        return (
          <li class="fl-quote" key={quote.id}>
            <blockquote class="fl-quote-text">
              {quote.text.split(/\n\s*\n/).map((para, i) => (
                <span class="fl-quote-para" key={i}>
                  {para.trim()}
                </span>
              ))}
            </blockquote>
            <p class="fl-attrib">
              {speaker ? <span class="fl-speaker">{entityName(speaker, lang)}</span> : <span>{t('cardUnattributed')}</span>}
              {when ? `, ${when}` : ''}
              {' · '}
              <SourceLink source={source} passage={{ sourceId: source.id, start: quote.start, end: quote.end }} opener={opener} />
            </p>
          </li>
        );
      })}
    </ul>
  );
}
