import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityCard } from '../core/card-types.ts';
import { FactCard } from '../ui/fact-card.tsx';
import { useT } from '../ui/i18n.ts';
import type { SourceOpener } from '../ui/source-ref.ts';

/** Props of {@link SearchPanel}. */
export interface SearchPanelProps {
  search: (query: string) => Promise<EntityCard[]>;
  opener: SourceOpener;
  /** Waits this long after typing stops; tests pass 0. */
  debounceMs?: number;
}

/**
 * Search over the whole dataset (names, aliases, quote text), with each result as a full
 * card: the reader gets the figures without a second click. Only the latest query's answer
 * is shown, however the answers arrive.
 */
export function SearchPanel({ search, opener, debounceMs = 150 }: SearchPanelProps) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<EntityCard[] | null>(null);
  const latest = useRef(0);
  const t = useT();
  useEffect(() => {
    const q = query.trim();
    const n = ++latest.current;
    if (!q) {
      setResults(null);
      return undefined;
    }
    const timer = setTimeout(() => {
      search(q).then(
        (r) => n === latest.current && setResults(r),
        () => n === latest.current && setResults([]),
      );
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [query, search, debounceMs]);
  return (
    <section class="search" aria-labelledby="search-title">
      <h2 id="search-title" class="section-title">
        {t('popupSearchTitle')}
      </h2>
      <input
        type="search"
        class="search-box"
        placeholder={t('popupSearchPlaceholder')}
        aria-label={t('popupSearchLabel')}
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      <div class="results" role="region" aria-live="polite" aria-label={t('popupResultsLabel')}>
        {results && results.length === 0 && <p class="note">{t('popupNoMatch', query.trim())}</p>}
        {results?.map((card, i) => (
          <FactCard key={card.entity.id} card={card} opener={opener} role="article" idPrefix={`r${i}`} quoteLimit={3} />
        ))}
      </div>
    </section>
  );
}
