import { useEffect, useRef } from 'preact/hooks';
import type { Source } from '../core/dataset-schema.ts';
import { formatDate } from '../ui/format.ts';
import { useLocale } from '../ui/i18n.ts';
import { splitAt } from './viewer-params.ts';

/** Props of {@link SourceView}. */
export interface SourceViewProps {
  source: Source;
  passage: { start: number; end: number } | null;
  /** Where the highlighted passage is brought into view; a parameter so tests can watch it. */
  scrollIntoView?: (el: HTMLElement) => void;
}

const scrollDefault = (el: HTMLElement) => el.scrollIntoView({ block: 'center' });

/**
 * The cleaned article a card cites, with the cited passage highlighted and scrolled to, so a
 * reader can see the words in their context. The text goes in as text nodes: an article is
 * data, never markup.
 */
export function SourceView({ source, passage, scrollIntoView = scrollDefault }: SourceViewProps) {
  const { t, lang } = useLocale();
  const mark = useRef<HTMLElement>(null);
  const parts = splitAt(source.text, passage);
  useEffect(() => {
    if (mark.current) {
      scrollIntoView(mark.current);
      mark.current.focus({ preventScroll: true });
    }
  }, [source, passage?.start, passage?.end]);
  const meta = [source.publisher, formatDate(source.published, lang), source.language.toUpperCase()].filter(Boolean).join(' · ');
  return (
    <article class="source" aria-labelledby="source-title">
      <header>
        <h1 id="source-title">{source.title}</h1>
        <p class="meta">{meta}</p>
        {source.translated && (
          <p class="notice" role="note">
            {t('viewerTranslated')}
          </p>
        )}
        {passage && !parts && (
          <p class="notice" role="note">
            {t('viewerPassageMissing')}
          </p>
        )}
        {source.url && <p class="meta">{t('viewerOriginal', source.url)}</p>}
      </header>
      <div class="text">
        {parts ? (
          <>
            {parts[0]}
            <mark ref={mark} tabIndex={-1} aria-label={t('viewerCited')}>
              {parts[1]}
            </mark>
            {parts[2]}
          </>
        ) : (
          source.text
        )}
      </div>
    </article>
  );
}
